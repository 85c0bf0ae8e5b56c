import { randomUUID } from 'node:crypto';
import type { Identity } from '../auth/credential-store';
import type { DemoReservation } from '../data/ec2-instances';
import type { DemoEc2Resources } from '../data/ec2-resources';
import { describeList } from './describe-list';
import { securityGroupList, snapshotList, subnetList, volumeList, vpcList } from './resource-xml';
import { DEMO_REGIONS, isEnabled } from '../data/ec2-regions';
import { AwsError } from '../http/aws-error';
import type { EndpointResponse } from '../http/endpoint-response';
import { XML_DECLARATION } from '../http/xml';
import { describeImages } from './describe-images';
import { describeInstances } from './describe-instances';
import { describeRegions } from './describe-regions';

export interface Ec2Call {
  form: URLSearchParams;
  region: string;
  identity: Identity;
  reservations: (region: string) => DemoReservation[];
  /** The region's VPCs, subnets, security groups, volumes and snapshots. */
  resources: (region: string) => DemoEc2Resources;
}

const EC2_NS = 'http://ec2.amazonaws.com/doc/2016-11-15/';

/** Sessions of a role named for it cannot call EC2: the demo's UnauthorizedOperation. */
const deniedEc2 = (identity: Identity): boolean =>
  identity.kind === 'session' && /no-ec2/i.test(identity.roleName);

const regionGate = (name: string): void => {
  const region = DEMO_REGIONS.find((candidate) => candidate.name === name);
  if (!region)
    throw new AwsError(
      401,
      'AuthFailure',
      'AWS was not able to validate the provided access credentials',
    );
  if (!isEnabled(region)) {
    throw new AwsError(
      403,
      'OptInRequired',
      `You are not subscribed to this service in ${name}. Enable the region first.`,
    );
  }
};

const actions: Record<string, (call: Ec2Call) => string> = {
  DescribeInstances: (call) =>
    describeInstances(call.form, call.region, call.reservations(call.region)),
  DescribeRegions: (call) => describeRegions(call.form),
  // Tokens are bound to the region and the operation: one operation's token is refused by another.
  DescribeVpcs: (call) =>
    describeList(call.form, `${call.region}/vpcs`, call.resources(call.region).vpcs, vpcList),
  DescribeSubnets: (call) =>
    describeList(
      call.form,
      `${call.region}/subnets`,
      call.resources(call.region).subnets,
      subnetList,
    ),
  DescribeSecurityGroups: (call) =>
    describeList(
      call.form,
      `${call.region}/security-groups`,
      call.resources(call.region).securityGroups,
      securityGroupList,
    ),
  DescribeVolumes: (call) =>
    describeList(
      call.form,
      `${call.region}/volumes`,
      call.resources(call.region).volumes,
      volumeList,
    ),
  // The demo account owns every snapshot it has: Owner self lists them all.
  DescribeSnapshots: (call) =>
    describeList(
      call.form,
      `${call.region}/snapshots`,
      call.resources(call.region).snapshots,
      snapshotList,
    ),
  DescribeImages: (call) =>
    describeImages(call.form, call.region, call.resources(call.region).images),
};

/** EC2 Query protocol. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/Query-Requests.html */
export const handleEc2 = (call: Ec2Call): EndpointResponse => {
  const action = call.form.get('Action') ?? '';
  const run = actions[action];
  if (!run)
    throw new AwsError(
      400,
      'InvalidAction',
      `The action ${action} is not valid for this web service.`,
    );
  regionGate(call.region);
  if (deniedEc2(call.identity)) {
    throw new AwsError(
      403,
      'UnauthorizedOperation',
      'You are not authorized to perform this operation.',
    );
  }
  if (call.form.get('DryRun') === 'true') {
    throw new AwsError(
      412,
      'DryRunOperation',
      'Request would have succeeded, but DryRun flag is set.',
    );
  }
  const body = run(call);
  return {
    status: 200,
    headers: { 'content-type': 'text/xml;charset=UTF-8' },
    body: `${XML_DECLARATION}<${action}Response xmlns="${EC2_NS}"><requestId>${randomUUID()}</requestId>${body}</${action}Response>`,
  };
};
