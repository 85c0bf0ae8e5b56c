import type {
  CloudWatchLogsClient,
  DescribeLogStreamsCommandInput,
} from '@aws-sdk/client-cloudwatch-logs';
import { loadSdk } from '../aws/service-sdks';
import { epochMs, logsInfo, logsPaging } from './logs-list';
import { asArray, field, type ResourceDescriptor } from './resource';

/** DescribeLogStreams: a log group's streams, in name order (limit 1..50). */
export const logsStreams: ResourceDescriptor<CloudWatchLogsClient, DescribeLogStreamsCommandInput> =
  {
    info: {
      ...logsInfo,
      kind: 'logs-streams',
      title: 'CloudWatch log streams',
      sidebarLabel: null,
      params: [{ name: 'logGroupName', required: true, label: 'Log group' }],
      keyColumn: 'logStreamName',
      filterExamples: [
        "starts_with(logStreamName, 'ecs/')",
        'lastEventTimestamp > `1709258000000`',
        "contains(logStreamName, 'web')",
      ],
      operation: 'DescribeLogStreams',
      iamAction: 'logs:DescribeLogStreams',
      cli: ['logs', 'describe-log-streams'],
      itemsPath: 'logStreams',
      child: {
        kind: 'logs-events',
        param: 'logStreamName',
        column: 'logStreamName',
        keepParams: true,
      },
      parent: 'logs-groups',
    },
    ...logsPaging(['logStreams'], 50),
    operation: 'logs:DescribeLogStreams',
    columns: [
      field({ id: 'logStreamName', label: 'Name', type: 'text', path: ['logStreamName'] }),
      { id: 'creationTime', label: 'Created', type: 'date', get: (s) => epochMs(s.creationTime) },
      {
        id: 'firstEventTimestamp',
        label: 'First event',
        type: 'date',
        get: (s) => epochMs(s.firstEventTimestamp),
      },
      {
        id: 'lastEventTimestamp',
        label: 'Last event',
        type: 'date',
        get: (s) => epochMs(s.lastEventTimestamp),
      },
    ],
    summaryBy: ['month'],
    baseInput: (p) => ({ logGroupName: p.logGroupName }),
    target: (p) => p.logGroupName ?? null,
    lookupInput: (key) => ({ logStreamNamePrefix: key }),
    send: async (client, input, signal) => {
      const { DescribeLogStreamsCommand } = await loadSdk('logs');
      return client.send(new DescribeLogStreamsCommand(input), { abortSignal: signal });
    },
    items: (page) => asArray(page.logStreams),
  };
