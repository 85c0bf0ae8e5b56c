import type { CloudWatchLogsClient, LogStream } from '@aws-sdk/client-cloudwatch-logs';
import type { ViewParams } from '../../../../shared/contract';
import { loadSdk } from '../../aws/service-sdks';
import { isAbort } from '../../errors/to-api-error';
import type { TimeRange } from './time-slices';

const spanOf = (streams: readonly LogStream[]): TimeRange | null => {
  let from = Infinity;
  let to = -Infinity;
  for (const s of streams) {
    if (typeof s.firstEventTimestamp === 'number') from = Math.min(from, s.firstEventTimestamp);
    if (typeof s.lastEventTimestamp === 'number') to = Math.max(to, s.lastEventTimestamp);
  }
  return from <= to ? { from, to } : null;
};

/**
 * When the listed events likely happened, from DescribeLogStreams: the stream's first and last
 * event times, or for a whole group those of its 50 most recently written streams. It only
 * decides where time slices are cut, never what is listed (the first and last slices reach the
 * listing's own ends), so a stale lastEventTimestamp (CloudWatch updates it eventually) or an
 * older stream outside the 50 costs evenness, not events. Null when it cannot be known,
 * logs:DescribeLogStreams denied included: the listing then stays whole.
 */
export const eventTimeSpan = async (
  client: CloudWatchLogsClient,
  params: ViewParams,
  signal: AbortSignal,
): Promise<TimeRange | null> => {
  const { DescribeLogStreamsCommand } = await loadSdk('logs');
  const stream = params.logStreamName;
  const input =
    stream === undefined
      ? { logGroupName: params.logGroupName, orderBy: 'LastEventTime' as const, descending: true }
      : { logGroupName: params.logGroupName, logStreamNamePrefix: stream };
  try {
    const page = await client.send(new DescribeLogStreamsCommand({ ...input, limit: 50 }), {
      abortSignal: signal,
    });
    const streams = page.logStreams ?? [];
    return spanOf(
      stream === undefined ? streams : streams.filter((s) => s.logStreamName === stream),
    );
  } catch (error) {
    if (signal.aborted || isAbort(error)) throw error;
    return null;
  }
};
