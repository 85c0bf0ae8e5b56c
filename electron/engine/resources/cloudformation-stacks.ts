import type {
  CloudFormationClient,
  DescribeStacksCommandInput,
} from '@aws-sdk/client-cloudformation';
import { loadSdk } from '../aws/service-sdks';
import { type ResourceDescriptor, asArray, bool, field, iso, text, type Item } from './resource';

/** The tags as one JSON object, as the Tags column shows them. */
const tagObject = (item: Item): string | null => {
  const tags = asArray(item.Tags);
  return tags.length === 0
    ? null
    : JSON.stringify(Object.fromEntries(tags.map((t) => [text(t.Key) ?? '', text(t.Value) ?? ''])));
};

/** DescribeStacks: a region's stacks (CloudFormation pages them by 100, with no page size). */
export const cloudFormationStacks: ResourceDescriptor<
  CloudFormationClient,
  DescribeStacksCommandInput
> = {
  info: {
    kind: 'cloudformation-stacks',
    title: 'CloudFormation stacks',
    service: 'cloudformation',
    serviceTitle: 'AWS CloudFormation',
    sidebarLabel: 'CloudFormation stacks',
    regional: true,
    global: false,
    params: [],
    keyColumn: 'StackName',
    filterExamples: [
      "StackStatus == 'UPDATE_ROLLBACK_COMPLETE'",
      "ends_with(StackStatus, '_FAILED')",
      "contains(StackName, '-prod-')",
    ],
    operation: 'DescribeStacks',
    iamAction: 'cloudformation:DescribeStacks',
    cli: ['cloudformation', 'describe-stacks'],
    itemsPath: 'Stacks',
    child: { kind: 'cloudformation-stack-resources', param: 'stackName', column: 'StackName' },
    parent: null,
    folders: false,
    alternate: null,
    listsRegions: false,
  },
  service: 'cloudformation',
  operation: 'cloudformation:DescribeStacks',
  inputTokens: ['NextToken'],
  outputTokens: ['NextToken'],
  limitKey: null,
  resultKeys: ['Stacks'],
  moreResultsKey: null,
  defaultPageSize: 100,
  minPageSize: 1,
  columns: [
    field({ id: 'StackName', label: 'Stack name', type: 'text', path: ['StackName'] }),
    field({ id: 'StackStatus', label: 'Status', type: 'state', path: ['StackStatus'] }),
    field({ id: 'CreationTime', label: 'Created', type: 'date', path: ['CreationTime'] }),
    field({ id: 'LastUpdatedTime', label: 'Updated', type: 'date', path: ['LastUpdatedTime'] }),
    field({ id: 'Description', label: 'Description', type: 'text', path: ['Description'] }),
    field(
      {
        id: 'TerminationProtection',
        label: 'Termination protection',
        type: 'bool',
        path: ['EnableTerminationProtection'],
      },
      bool,
    ),
    field({ id: 'StackStatusReason', label: 'Reason', type: 'text', path: ['StackStatusReason'] }),
    { id: 'Tags', label: 'Tags', type: 'tags', get: tagObject },
    field({ id: 'StackId', label: 'Stack ID', type: 'text', path: ['StackId'] }),
  ],
  summaryBy: ['StackStatus', 'month'],
  baseInput: () => ({}),
  target: () => null,
  lookupInput: (key) => ({ StackName: key }),
  send: async (client, input, signal) => {
    const { DescribeStacksCommand } = await loadSdk('cloudformation');
    return client.send(new DescribeStacksCommand(input), { abortSignal: signal });
  },
  items(page) {
    const items = asArray(page.Stacks);
    for (const item of items) {
      item.CreationTime = iso(item.CreationTime);
      if (item.LastUpdatedTime !== undefined) item.LastUpdatedTime = iso(item.LastUpdatedTime);
      if (item.DeletionTime !== undefined) item.DeletionTime = iso(item.DeletionTime);
    }
    return items;
  },
};
