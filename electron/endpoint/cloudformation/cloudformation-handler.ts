import type { ServiceHandler } from '../handle-request';
import { AwsError } from '../http/aws-error';
import { el, escapeXml, wrap } from '../http/xml';
import { queryPage } from '../query/query-page';
import { queryRegionGate } from '../query/query-region';
import { memberList, queryAction, queryDate, queryResponse } from '../query/query-response';
import { demoStacks, stackResources, type DemoStack, type DemoStackResource } from './stack-data';

const VERSION = '2010-05-15';

// DescribeStacks and ListStackResources take no page size: CloudFormation pages each by 100.
const PAGE = 100;

const validation = (message: string) => new AwsError(400, 'ValidationError', message);

const pairs = <T>(name: string, items: readonly T[], xml: (item: T) => string) =>
  memberList(name, items, xml);

const stackXml = (s: DemoStack): string =>
  el('StackId', s.stackId) +
  el('StackName', s.stackName) +
  el('Description', s.description ?? undefined) +
  pairs(
    'Parameters',
    s.parameters,
    (p) => el('ParameterKey', p.key) + el('ParameterValue', p.value),
  ) +
  el('CreationTime', queryDate(s.creationTime)) +
  el('LastUpdatedTime', s.lastUpdatedTime ? queryDate(s.lastUpdatedTime) : undefined) +
  '<RollbackConfiguration/>' +
  el('StackStatus', s.stackStatus) +
  el('StackStatusReason', s.stackStatusReason ?? undefined) +
  el('DisableRollback', false) +
  '<NotificationARNs/>' +
  pairs('Capabilities', s.capabilities, escapeXml) +
  pairs(
    'Outputs',
    s.outputs,
    (o) => el('OutputKey', o.key) + el('OutputValue', o.value) + el('Description', o.description),
  ) +
  pairs('Tags', s.tags, (t) => el('Key', t.key) + el('Value', t.value)) +
  el('EnableTerminationProtection', s.terminationProtection) +
  wrap('DriftInformation', el('StackDriftStatus', 'NOT_CHECKED'));

const resourceXml = (r: DemoStackResource): string =>
  el('LogicalResourceId', r.logicalResourceId) +
  el('PhysicalResourceId', r.physicalResourceId) +
  el('ResourceType', r.resourceType) +
  el('LastUpdatedTimestamp', queryDate(r.lastUpdatedTimestamp)) +
  el('ResourceStatus', r.resourceStatus) +
  el('ResourceStatusReason', r.resourceStatusReason ?? undefined) +
  wrap('DriftInformation', el('StackResourceDriftStatus', 'NOT_CHECKED'));

/** A stack by its name or its id (ARN), as every stack operation takes it. */
const findStack = (stacks: readonly DemoStack[], name: string): DemoStack => {
  const stack = stacks.find((s) => s.stackName === name || s.stackId === name);
  if (!stack) throw validation(`Stack with id ${name} does not exist`);
  return stack;
};

interface Call {
  form: URLSearchParams;
  region: string;
  stacks: readonly DemoStack[];
}

const page = <T>(call: Call, listing: string, items: readonly T[]) =>
  queryPage({
    items,
    listing: `cloudformation:${call.form.get('Action')}\n${call.region}\n${listing}`,
    marker: call.form.get('NextToken'),
    size: PAGE,
    badMarker: () => validation('Invalid NextToken.'),
  });

/** https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DescribeStacks.html */
const describeStacks = (call: Call): string => {
  const name = call.form.get('StackName');
  const stacks = name === null ? call.stacks : [findStack(call.stacks, name)];
  const { page: shown, next } = page(call, name ?? '', stacks);
  return memberList('Stacks', shown, stackXml) + el('NextToken', next ?? undefined);
};

/** https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ListStackResources.html */
const listStackResources = (call: Call): string => {
  const name = call.form.get('StackName');
  if (name === null) {
    throw validation(
      "1 validation error detected: Value null at 'stackName' failed to satisfy constraint: Member must not be null",
    );
  }
  const stack = findStack(call.stacks, name);
  const { page: shown, next } = page(call, stack.stackId, stackResources(stack));
  return (
    memberList('StackResourceSummaries', shown, resourceXml) + el('NextToken', next ?? undefined)
  );
};

const actions = { DescribeStacks: describeStacks, ListStackResources: listStackResources };

export const handleCloudFormation: ServiceHandler = ({ route, state }) => {
  if (!('form' in route)) {
    throw new AwsError(400, 'InvalidAction', 'CloudFormation speaks the Query protocol.');
  }
  const { action, run } = queryAction(actions, route.form, VERSION);
  queryRegionGate(route.region);
  const stacks = demoStacks(state.seed, route.region);
  return queryResponse(
    'cloudformation',
    action,
    run({ form: route.form, region: route.region, stacks }),
  );
};
