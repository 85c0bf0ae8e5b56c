import type {
  CloudWatchLogsClient,
  DescribeLogGroupsCommandInput,
} from '@aws-sdk/client-cloudwatch-logs';
import { loadSdk } from '../aws/service-sdks';
import { epochMs, logsInfo, logsPaging } from './logs-list';
import { asArray, field, num, text, type ResourceDescriptor } from './resource';

/** DescribeLogGroups: a region's log groups, in name order (limit 1..50). */
export const logsGroups: ResourceDescriptor<CloudWatchLogsClient, DescribeLogGroupsCommandInput> = {
  info: {
    ...logsInfo,
    kind: 'logs-groups',
    title: 'CloudWatch log groups',
    sidebarLabel: 'Log groups',
    params: [],
    keyColumn: 'logGroupName',
    filterExamples: [
      "starts_with(logGroupName, '/aws/lambda/')",
      'retentionInDays == `30`',
      'storedBytes > `20000`',
    ],
    operation: 'DescribeLogGroups',
    iamAction: 'logs:DescribeLogGroups',
    cli: ['logs', 'describe-log-groups'],
    itemsPath: 'logGroups',
    child: { kind: 'logs-streams', param: 'logGroupName', column: 'logGroupName' },
    parent: null,
  },
  ...logsPaging(['logGroups'], 50),
  operation: 'logs:DescribeLogGroups',
  columns: [
    field({ id: 'logGroupName', label: 'Name', type: 'text', path: ['logGroupName'] }),
    { id: 'creationTime', label: 'Created', type: 'date', get: (g) => epochMs(g.creationTime) },
    field(
      {
        id: 'retentionInDays',
        label: 'Retention (days)',
        type: 'number',
        path: ['retentionInDays'],
      },
      num,
    ),
    field({ id: 'storedBytes', label: 'Stored', type: 'bytes', path: ['storedBytes'] }, num),
    field({ id: 'logGroupClass', label: 'Class', type: 'text', path: ['logGroupClass'] }, text),
  ],
  summaryBy: ['retentionInDays', 'logGroupClass', 'month'],
  baseInput: () => ({}),
  target: () => null,
  lookupInput: (key) => ({ logGroupNamePrefix: key }),
  send: async (client, input, signal) => {
    const { DescribeLogGroupsCommand } = await loadSdk('logs');
    return client.send(new DescribeLogGroupsCommand(input), { abortSignal: signal });
  },
  items: (page) => asArray(page.logGroups),
};
