import type { ViewSpecInput } from '../../../../../shared/contract';
import { BIG_LOG_GROUP, BIG_LOG_STREAM } from '../../../../../electron/endpoint/data/log-groups';

/** The big stream's first event; event i falls in [FIRST + i s, FIRST + (i + 1) s). */
export const FIRST_EVENT = Date.UTC(2024, 2, 1);

/** The local endpoint's million-event stream, up to its first `events` events (by end time). */
export const bigStreamSpec = (events: number): ViewSpecInput => ({
  profile: 'local',
  region: 'us-east-1',
  resource: 'logs-events',
  params: {
    logGroupName: BIG_LOG_GROUP,
    logStreamName: BIG_LOG_STREAM,
    endTime: String(FIRST_EVENT + events * 1000 - 1),
  },
});
