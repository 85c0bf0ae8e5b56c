import type {
  CloudFormationClient,
  ListStackResourcesCommandInput,
} from '@aws-sdk/client-cloudformation';
import { loadSdk } from '../aws/service-sdks';
import { type ResourceDescriptor, asArray, field, iso } from './resource';

/** ListStackResources: the resources of one stack (pages of 100, with no page size). */
export const cloudFormationStackResources: ResourceDescriptor<
  CloudFormationClient,
  ListStackResourcesCommandInput
> = {
  info: {
    kind: 'cloudformation-stack-resources',
    title: 'Stack resources',
    service: 'cloudformation',
    serviceTitle: 'AWS CloudFormation',
    sidebarLabel: null,
    regional: true,
    global: false,
    params: [{ name: 'stackName', required: true, label: 'Stack name' }],
    keyColumn: 'LogicalResourceId',
    filterExamples: [
      "ResourceType == 'AWS::Lambda::Function'",
      "starts_with(ResourceType, 'AWS::IAM::')",
      "ResourceStatus != 'CREATE_COMPLETE'",
    ],
    operation: 'ListStackResources',
    iamAction: 'cloudformation:ListStackResources',
    cli: ['cloudformation', 'list-stack-resources'],
    itemsPath: 'StackResourceSummaries',
    child: null,
    parent: 'cloudformation-stacks',
    folders: false,
    alternate: null,
    listsRegions: false,
  },
  service: 'cloudformation',
  operation: 'cloudformation:ListStackResources',
  inputTokens: ['NextToken'],
  outputTokens: ['NextToken'],
  limitKey: null,
  resultKeys: ['StackResourceSummaries'],
  moreResultsKey: null,
  defaultPageSize: 100,
  minPageSize: 1,
  columns: [
    field({
      id: 'LogicalResourceId',
      label: 'Logical ID',
      type: 'text',
      path: ['LogicalResourceId'],
    }),
    field({
      id: 'PhysicalResourceId',
      label: 'Physical ID',
      type: 'text',
      path: ['PhysicalResourceId'],
    }),
    field({ id: 'ResourceType', label: 'Type', type: 'text', path: ['ResourceType'] }),
    field({ id: 'ResourceStatus', label: 'Status', type: 'state', path: ['ResourceStatus'] }),
    field({
      id: 'LastUpdatedTimestamp',
      label: 'Updated',
      type: 'date',
      path: ['LastUpdatedTimestamp'],
    }),
    field({
      id: 'ResourceStatusReason',
      label: 'Reason',
      type: 'text',
      path: ['ResourceStatusReason'],
    }),
  ],
  summaryBy: ['ResourceType', 'ResourceStatus'],
  baseInput: (params) => ({ StackName: params.stackName }),
  target: (params) => params.stackName ?? null,
  send: async (client, input, signal) => {
    const { ListStackResourcesCommand } = await loadSdk('cloudformation');
    return client.send(new ListStackResourcesCommand(input), { abortSignal: signal });
  },
  items(page) {
    const items = asArray(page.StackResourceSummaries);
    for (const item of items) item.LastUpdatedTimestamp = iso(item.LastUpdatedTimestamp);
    return items;
  },
};
