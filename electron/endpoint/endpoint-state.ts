import { demoEc2Resources, type DemoEc2Resources } from './data/ec2-resources';
import { CredentialStore } from './auth/credential-store';
import { demoBuckets, type DemoBucket } from './data/demo-buckets';
import { demoReservations, type DemoReservation } from './data/ec2-instances';
import { DEMO_REGIONS } from './data/ec2-regions';
import { demoLogGroups, type DemoLogGroup } from './data/log-groups';
import { demoTables, type DemoTable } from './data/dynamodb-tables';
import { demoLambdaFunctions, type DemoFunction } from './data/lambda-functions';
import { demoHostedZones, type DemoHostedZone } from './data/route53-zones';
import { withExtraBuckets, type ExtraBucket } from './extra-buckets';
import { FaultPlan, type ScriptedFault } from './faults/fault-plan';

export interface RequestRecord {
  service: string;
  operation: string;
  bucket: string | null;
  region: string;
  /** The HTTP status sent; 0 when the connection was dropped on purpose mid-response. */
  status: number;
  /** The request's path and query string as sent, for tests that check what was asked. */
  url: string;
}

export interface StateOptions {
  latencyMs: number;
  faultRate: number;
  seed: number;
  objects: number;
  faults: readonly ScriptedFault[];
  buckets?: readonly ExtraBucket[];
}

/** Everything one running endpoint knows: its data, sessions, fault plan and request log. */
export class EndpointState {
  readonly buckets: ReadonlyMap<string, DemoBucket>;
  readonly store = new CredentialStore();
  readonly faults: FaultPlan;
  readonly log: RequestRecord[] = [];
  latencyMs: number;
  private readonly reservationsByRegion = new Map<string, DemoReservation[]>();
  private readonly resourcesByRegion = new Map<string, DemoEc2Resources>();
  private readonly logGroupsByRegion = new Map<string, DemoLogGroup[]>();
  private readonly tablesByRegion = new Map<string, DemoTable[]>();
  private readonly functionsByRegion = new Map<string, DemoFunction[]>();
  private zones: DemoHostedZone[] | null = null;

  /** The seed every service's demo data derives from. */
  get seed(): number {
    return this.options.seed;
  }

  constructor(private readonly options: StateOptions) {
    this.buckets = withExtraBuckets(
      demoBuckets(options.seed, options.objects),
      options.seed,
      options.buckets ?? [],
    );
    this.faults = new FaultPlan(options.seed, options.faultRate, options.faults);
    this.latencyMs = options.latencyMs;
  }

  /** A region's VPCs, subnets, security groups, volumes and snapshots, made on first use. */
  ec2Resources(region: string): DemoEc2Resources {
    let found = this.resourcesByRegion.get(region);
    if (!found) {
      const index = DEMO_REGIONS.findIndex((candidate) => candidate.name === region);
      const seed = (this.options.seed ^ Math.imul(index + 211, 0x85ebca6b)) >>> 0;
      found = demoEc2Resources(seed, region, this.reservations(region));
      this.resourcesByRegion.set(region, found);
    }
    return found;
  }

  /** A region's reservations, generated on first use (a few thousand at most). */
  reservations(region: string): DemoReservation[] {
    let found = this.reservationsByRegion.get(region);
    if (!found) {
      const index = DEMO_REGIONS.findIndex((candidate) => candidate.name === region);
      const count = index < 0 ? 0 : DEMO_REGIONS[index]!.instances;
      const seed = (this.options.seed ^ Math.imul(index + 101, 0x9e3779b1)) >>> 0;
      found = demoReservations(seed, region, count);
      this.reservationsByRegion.set(region, found);
    }
    return found;
  }

  /** A region's CloudWatch Logs groups and streams (their events are computed when read). */
  logGroups(region: string): DemoLogGroup[] {
    let found = this.logGroupsByRegion.get(region);
    if (!found) this.logGroupsByRegion.set(region, (found = demoLogGroups(this.seed, region)));
    return found;
  }

  /** A region's DynamoDB tables (their items are computed when read). */
  dynamoDbTables(region: string): DemoTable[] {
    let found = this.tablesByRegion.get(region);
    if (!found) this.tablesByRegion.set(region, (found = demoTables(this.seed, region)));
    return found;
  }

  /** A region's Lambda functions, made on first use. */
  lambdaFunctions(region: string): DemoFunction[] {
    let found = this.functionsByRegion.get(region);
    if (!found) {
      found = demoLambdaFunctions(this.options.seed, region);
      this.functionsByRegion.set(region, found);
    }
    return found;
  }

  /** The account's Route 53 hosted zones with their record sets (global), made on first use. */
  hostedZones(): DemoHostedZone[] {
    this.zones ??= demoHostedZones(this.options.seed);
    return this.zones;
  }
}
