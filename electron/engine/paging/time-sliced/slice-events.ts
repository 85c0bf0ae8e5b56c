import type { RawPage } from '../../resources/resource';
import type { PageSource } from '../page-source';
import type { TokenValues } from '../resume-token';
import { TokenCycleGuard } from '../token-cycle';
import { positionOf, type EventPosition, type LogEvent } from './event-after-token';

const eventsOf = (page: RawPage): LogEvent[] =>
  Array.isArray(page.events) ? (page.events as LogEvent[]) : [];

/** One time slice's pages, one after another, through a page source asking for that slice. */
export async function* slicePages(
  source: PageSource,
  signal: AbortSignal,
): AsyncGenerator<RawPage> {
  const cycle = new TokenCycleGuard('logs:FilterLogEvents');
  let tokens: TokenValues | null = null;
  for (;;) {
    const page: RawPage = await source(tokens, signal);
    yield page;
    const token = page.nextToken;
    if (typeof token !== 'string') return;
    cycle.see(token);
    tokens = { nextToken: token };
  }
}

/** One time slice's events, page after page, through a page source asking for that slice. */
export async function* sliceEvents(
  source: PageSource,
  signal: AbortSignal,
): AsyncGenerator<LogEvent[]> {
  for await (const page of slicePages(source, signal)) {
    const events = eventsOf(page);
    // FilterLogEvents may answer a page without events and a nextToken: nothing to hand on.
    if (events.length > 0) yield events;
  }
}

/** The events of `held` (all at the position's millisecond) that come after the position. */
const afterInMillisecond = (held: LogEvent[], p: EventPosition): LogEvent[] => {
  const at = held.findIndex((e) => positionOf(e).eventId === p.eventId);
  // The event itself is gone (expired): nothing of that millisecond is known to be given.
  return at === -1 ? held : held.slice(at + 1);
};

/**
 * The events of a listing that starts at the position's millisecond, from right after that
 * event: events of the same millisecond come in the service's order, so those up to and
 * including the event were given already.
 */
export async function* eventsAfter(
  events: AsyncGenerator<LogEvent[]>,
  p: EventPosition,
): AsyncGenerator<LogEvent[]> {
  let held: LogEvent[] = [];
  for await (const batch of events) {
    const past = batch.findIndex((e) => positionOf(e).timestamp > p.timestamp);
    if (past === -1) {
      held = held.concat(batch);
      continue;
    }
    const out = afterInMillisecond(held.concat(batch.slice(0, past)), p).concat(batch.slice(past));
    if (out.length > 0) yield out;
    yield* events;
    return;
  }
  const rest = afterInMillisecond(held, p);
  if (rest.length > 0) yield rest;
}
