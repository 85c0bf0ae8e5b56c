import { describe, expect, it } from 'vitest';
import { logEvent } from '../../../../electron/endpoint/data/log-events';
import {
  BIG_LOG_GROUP,
  demoLogGroups,
  type DemoLogGroup,
  type DemoLogStream,
} from '../../../../electron/endpoint/data/log-groups';
import { JsonInput } from '../../../../electron/endpoint/json/json-input';
import { filterLogEvents } from '../../../../electron/endpoint/logs/filter-log-events';

const big = demoLogGroups(1, 'us-east-1').find((g) => g.name === BIG_LOG_GROUP)!;

/** A group of one stream whose name is not ASCII: its UTF-8 is longer than its string. */
const wide: DemoLogGroup = {
  ...big,
  name: '/demo/wide',
  streams: [{ ...big.streams[0]!, name: 'app/ünïcødé-€-🙂', events: 10_000 }],
};

const page = (group: DemoLogGroup, params: Record<string, unknown>) => {
  const body = filterLogEvents(new JsonInput(params, 'X'), 'us-east-1', () => group);
  return Buffer.from(body).toString('utf8');
};

/**
 * The events of one page as JSON.stringify writes them, cut where the strings' lengths pass 1 MB:
 * what the byte writer must equal.
 */
const expectedEvents = (stream: DemoLogStream, from: number, keep: (m: string) => boolean) => {
  const events: string[] = [];
  let size = 0;
  for (let i = from; i < stream.events && events.length < 10_000; i++) {
    const { timestamp, message, ingestionTime, eventId } = logEvent(stream, i);
    if (!keep(message)) continue;
    const json = JSON.stringify({
      logStreamName: stream.name,
      timestamp,
      message,
      ingestionTime,
      eventId,
    });
    if (size + json.length + 1 > 1_048_576 && events.length > 0) break;
    events.push(json);
    size += json.length + 1;
  }
  return `{"events":[${events.join(',')}],"searchedLogStreams":[]`;
};

const tokenOf = (body: string) => /"nextToken":"([^"]+)"/.exec(body)?.[1];

describe('FilterLogEvents pages', () => {
  it('equal the JSON of their events, cut at 1 MB of string length, over a non-ASCII name', () => {
    const first = page(wide, { logGroupName: wide.name });
    const events = expectedEvents(wide.streams[0]!, 0, () => true);
    expect(first.startsWith(events)).toBe(true);
    const count = events.split('"eventId"').length - 1;
    expect(count).toBeGreaterThan(1000);
    expect(count).toBeLessThan(10_000);
    const second = page(wide, { logGroupName: wide.name, nextToken: tokenOf(first) });
    expect(second.startsWith(expectedEvents(wide.streams[0]!, count, () => true))).toBe(true);
  });

  it('keep only the events whose message matches the pattern', () => {
    const body = page(wide, { logGroupName: wide.name, filterPattern: 'ERROR -timeout' });
    const keep = (m: string) => m.includes('ERROR') && !m.includes('timeout');
    expect(body.startsWith(expectedEvents(wide.streams[0]!, 0, keep))).toBe(true);
    expect(tokenOf(body)).toBeUndefined();
  });

  it('resume the million-event stream where the token left it', () => {
    const first = page(big, { logGroupName: BIG_LOG_GROUP, limit: 3 });
    const second = page(big, { logGroupName: BIG_LOG_GROUP, limit: 3, nextToken: tokenOf(first) });
    const expected = expectedEvents(big.streams[0]!, 3, () => true)
      .split('},{')
      .slice(0, 3);
    expect(second.startsWith(`${expected.join('},{')}}]`)).toBe(true);
  });
});
