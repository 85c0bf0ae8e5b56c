import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PageSource } from '../../../../../electron/engine/paging/page-source';
import type { LogEvent } from '../../../../../electron/engine/paging/time-sliced/event-after-token';
import { timeSlicedEvents } from '../../../../../electron/engine/paging/time-sliced/time-sliced-events';
import type { TimeRange } from '../../../../../electron/engine/paging/time-sliced/time-slices';

/** Events in FilterLogEvents' order: by timestamp, many in one millisecond, ids unique. */
const eventsArb = fc
  .array(fc.integer({ min: 1_000, max: 1_060 }), { maxLength: 120 })
  .map((times) =>
    [...times].sort((a, b) => a - b).map((timestamp, i) => ({ timestamp, eventId: `e${i}` })),
  );

/**
 * FilterLogEvents over `events`: pages of `pageSize`, with an empty page (and a nextToken) every
 * third call, as the service may answer. A token is "offset,call": never the same twice.
 */
const fakeService =
  (events: LogEvent[], pageSize: number, asked: TimeRange[]) =>
  (slice: TimeRange): PageSource => {
    asked.push(slice);
    const inSlice = events.filter(
      (e) => (e.timestamp as number) >= slice.from && (e.timestamp as number) <= slice.to,
    );
    return async (tokens) => {
      await new Promise((resolve) => setImmediate(resolve));
      const [offset, call] = tokens ? String(tokens.nextToken).split(',').map(Number) : [0, 0];
      const empty = call! % 3 === 1;
      const to = empty ? offset! : Math.min(inSlice.length, offset! + pageSize);
      return {
        events: inSlice.slice(offset, to),
        ...(to < inSlice.length ? { nextToken: `${to},${call! + 1}` } : {}),
      };
    };
  };

const all = async (gen: AsyncGenerator<LogEvent[]>): Promise<LogEvent[]> => {
  const out: LogEvent[] = [];
  for await (const batch of gen) out.push(...batch);
  return out;
};

describe('timeSlicedEvents', () => {
  it('gives every event in order, or every event after a resume position, however sliced', async () => {
    await fc.assert(
      fc.asyncProperty(
        eventsArb,
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 3 }),
        fc.option(fc.nat(), { nil: null }),
        fc.boolean(),
        async (events, pageSize, slices, concurrency, ahead, resumeAt, widens) => {
          const after = resumeAt === null || events.length === 0 ? null : resumeAt % events.length;
          const asked: TimeRange[] = [];
          const got = await all(
            timeSlicedEvents({
              open: fakeService(events, pageSize, asked),
              span: async () =>
                events.length > 0
                  ? { from: events[0]!.timestamp as number, to: events.at(-1)!.timestamp as number }
                  : null,
              range: { from: 0, to: 5_000 },
              after:
                after === null
                  ? null
                  : {
                      timestamp: events[after]!.timestamp as number,
                      eventId: events[after]!.eventId as string,
                    },
              slices,
              concurrency,
              ahead,
              // Every wait widens the listing, or none does (the fake answers at once).
              ...(widens ? { slowWaitMs: -1 } : {}),
              signal: new AbortController().signal,
            }),
          );
          expect(got).toEqual(after === null ? events : events.slice(after + 1));
          expect(asked.length).toBeLessThanOrEqual(slices);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('asks one request at a time while pages come fast, and several slices at once once they do not', async () => {
    const events = Array.from({ length: 400 }, (_, i) => ({
      timestamp: 1_000 + i,
      eventId: `e${i}`,
    }));
    const inFlightAtMost = async (slowWaitMs: number | undefined) => {
      let now = 0;
      let most = 0;
      const service = fakeService(events, 10, []);
      const got = await all(
        timeSlicedEvents({
          open: (slice) => {
            const source = service(slice);
            return async (tokens, signal) => {
              most = Math.max(most, (now += 1));
              try {
                return await source(tokens, signal);
              } finally {
                now -= 1;
              }
            };
          },
          span: async () => ({ from: 1_000, to: 1_399 }),
          range: { from: 0, to: 5_000 },
          after: null,
          slices: 16,
          concurrency: 4,
          ahead: 8,
          ...(slowWaitMs === undefined ? {} : { slowWaitMs }),
          signal: new AbortController().signal,
        }),
      );
      expect(got).toEqual(events);
      return most;
    };
    expect(await inFlightAtMost(undefined)).toBe(1);
    // A slice asks page after page: requests at once are the slices at once.
    expect(await inFlightAtMost(-1)).toBe(4);
  });

  it('keeps every event of the millisecond when the resume event itself is gone', async () => {
    const events = [
      { timestamp: 5, eventId: 'a' },
      { timestamp: 7, eventId: 'b' },
      { timestamp: 7, eventId: 'c' },
      { timestamp: 9, eventId: 'd' },
    ];
    const got = await all(
      timeSlicedEvents({
        open: fakeService(events, 1, []),
        span: async () => ({ from: 5, to: 9 }),
        range: { from: 0, to: 100 },
        after: { timestamp: 7, eventId: 'expired' },
        slices: 4,
        concurrency: 2,
        ahead: 1,
        signal: new AbortController().signal,
      }),
    );
    expect(got).toEqual(events.slice(1));
  });

  it('stops every slice when aborted, and rethrows a slice failure in order', async () => {
    const controller = new AbortController();
    let requests = 0;
    const gen = timeSlicedEvents({
      open: (slice) => async () => {
        requests += 1;
        if (slice.from > 0) throw new Error(`slice at ${slice.from} failed`);
        return { events: [{ timestamp: 0, eventId: 'x' }], nextToken: `n${requests}` };
      },
      span: async () => ({ from: 0, to: 99 }),
      range: { from: 0, to: 99 },
      after: null,
      slices: 4,
      concurrency: 4,
      ahead: 2,
      signal: controller.signal,
    });
    expect((await gen.next()).value).toHaveLength(1);
    controller.abort();
    await expect(gen.next()).rejects.toThrow();
    const before = requests;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(requests).toBe(before);
  });
});
