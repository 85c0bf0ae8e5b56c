import { between, hex, pick, unit } from './hash';

export interface DemoInstance {
  instanceId: string;
  imageId: string;
  state: { code: number; name: string };
  instanceType: string;
  availabilityZone: string;
  launchTime: Date;
  privateIpAddress?: string;
  publicIpAddress?: string;
  privateDnsName: string;
  publicDnsName: string;
  subnetId?: string;
  vpcId?: string;
  keyName: string;
  architecture: string;
  amiLaunchIndex: number;
  tags: ReadonlyArray<{ key: string; value: string }>;
}

export interface DemoReservation {
  reservationId: string;
  instances: DemoInstance[];
}

// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_InstanceState.html
const STATES = [
  ...Array<[number, string]>(70).fill([16, 'running']),
  ...Array<[number, string]>(20).fill([80, 'stopped']),
  [0, 'pending'],
  [0, 'pending'],
  [0, 'pending'],
  [64, 'stopping'],
  [64, 'stopping'],
  [32, 'shutting-down'],
  [48, 'terminated'],
  [48, 'terminated'],
  [48, 'terminated'],
  [48, 'terminated'],
] as const;
const TYPES = [
  't3.micro',
  't3.small',
  't3.medium',
  'm5.large',
  'm5.xlarge',
  'c5.2xlarge',
  'r5.large',
  't4g.small',
  'm7g.large',
];
const TEAMS = ['platform', 'data', 'web', 'ml', 'payments'];
const ROLES = ['api', 'worker', 'db', 'cache', 'batch', 'bastion'];
const ENVIRONMENTS = ['prod', 'prod', 'staging', 'dev'];
const EPOCH = Date.UTC(2025, 5, 1);
const HOUR_MS = 3_600_000;

const ipv4 = (first: number, seed: number, stream: number, id: number): string =>
  `${first}.${between(seed, stream, id, 0, 255)}.${between(seed, stream + 1, id, 0, 255)}.${between(seed, stream + 2, id, 1, 254)}`;

const tagsOf = (
  seed: number,
  id: number,
  team: string,
  environment: string,
): DemoInstance['tags'] => {
  if (unit(seed, 60, id) < 0.1) return [];
  const tags = [
    { key: 'Environment', value: environment },
    { key: 'team', value: team },
  ];
  if (unit(seed, 61, id) < 0.9) {
    tags.unshift({
      key: 'Name',
      value: `${team}-${pick(seed, 62, id, ROLES)}-${String(id % 1000).padStart(3, '0')}`,
    });
  }
  return tags;
};

/** Instance `id` of a reservation launched with the given shared settings. */
const instanceOf = (
  seed: number,
  region: string,
  id: number,
  shared: { type: string; az: string; launch: Date; team: string; env: string; index: number },
): DemoInstance => {
  const [code, name] = pick(seed, 50, id, STATES);
  const live = name !== 'terminated';
  const privateIp = live ? ipv4(10, seed, 51, id) : undefined;
  const publicIp =
    name === 'running' && unit(seed, 54, id) < 0.6
      ? ipv4(pick(seed, 55, id, [3, 18, 34, 54]), seed, 56, id)
      : undefined;
  const internal = region === 'us-east-1' ? 'ec2.internal' : `${region}.compute.internal`;
  const external =
    region === 'us-east-1' ? 'compute-1.amazonaws.com' : `${region}.compute.amazonaws.com`;
  return {
    instanceId: `i-${hex(seed, 57, id, 17)}`,
    imageId: `ami-${hex(seed, 58, id % 12, 17)}`,
    state: { code, name },
    instanceType: shared.type,
    availabilityZone: shared.az,
    launchTime: shared.launch,
    privateIpAddress: privateIp,
    publicIpAddress: publicIp,
    privateDnsName: privateIp ? `ip-${privateIp.replaceAll('.', '-')}.${internal}` : '',
    publicDnsName: publicIp ? `ec2-${publicIp.replaceAll('.', '-')}.${external}` : '',
    subnetId: live ? `subnet-${hex(seed, 59, id % 6, 17)}` : undefined,
    vpcId: live ? `vpc-${hex(seed, 63, id % 2, 17)}` : undefined,
    keyName: `${shared.team}-key`,
    architecture: /g\./.test(shared.type) ? 'arm64' : 'x86_64',
    amiLaunchIndex: shared.index,
    tags: tagsOf(seed, id, shared.team, shared.env),
  };
};

/** A region's instances grouped into reservations of 1..4, as launched together. */
export const demoReservations = (
  seed: number,
  region: string,
  count: number,
): DemoReservation[] => {
  const reservations: DemoReservation[] = [];
  for (let made = 0, r = 0; made < count; r++) {
    const size = Math.min(count - made, between(seed, 70, r, 1, 4));
    const shared = {
      type: pick(seed, 71, r, TYPES),
      az: `${region}${pick(seed, 72, r, ['a', 'b', 'c'])}`,
      launch: new Date(EPOCH - between(seed, 73, r, 1, 3 * 365 * 24) * HOUR_MS),
      team: pick(seed, 74, r, TEAMS),
      env: pick(seed, 75, r, ENVIRONMENTS),
      index: 0,
    };
    const instances = Array.from({ length: size }, (_, i) =>
      instanceOf(seed, region, made + i, { ...shared, index: i }),
    );
    reservations.push({ reservationId: `r-${hex(seed, 76, r, 17)}`, instances });
    made += size;
  }
  return reservations;
};
