import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  ApiFailure,
  type PageResult,
  type ParsedInput,
  type SortOrder,
  type SortProgress,
  type ViewSpec,
} from '../../../../shared/contract';
import type { HandlerContext } from '../../handler-context';
import { createThrottle } from '../../../engine/progress/progress-throttle';
import { specKey } from '../../../engine/paging/view-cursor';
import type { StoredSession, ViewSessions } from '../../../engine/paging/view-sessions';
import { SortedView } from '../../../engine/sort/sorted-view';

type Input = ParsedInput<'view.sorted'>;

/** A sorted view kept between two view.sorted calls: its sorted rows (or runs on disk). */
export interface SortedSession extends StoredSession {
  sorted: SortedView;
}

/** Key ranges read at once: a sort must read every row before its first, so read them fast. */
const SORT_PARALLEL = 16;

const sortedKey = (spec: ViewSpec, sort: SortOrder): string =>
  createHash('sha256')
    .update(JSON.stringify([specKey(spec), sort.column, sort.descending]))
    .digest('base64url')
    .slice(0, 16);

const cursorSchema = z.object({ k: z.string(), o: z.number().int().nonnegative() }).strict();

const encodeCursor = (key: string, offset: number): string =>
  Buffer.from(JSON.stringify({ k: key, o: offset }), 'utf8').toString('base64url');

/** The rows already given out by the sorted view the cursor belongs to. */
const offsetOf = (cursor: string, key: string): number => {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // Not ours: answered below.
  }
  const result = cursorSchema.safeParse(parsed);
  if (!result.success) throw ApiFailure.of('BAD_TOKEN', 'The cursor is not one PageScope made.');
  if (result.data.k !== key) {
    throw ApiFailure.of('BAD_TOKEN', 'The cursor belongs to another sorted view; sort it again.');
  }
  return result.data.o;
};

const openSession = (spec: ViewSpec, sort: SortOrder): SortedSession => {
  const controller = new AbortController();
  const plain = spec.maxItems === undefined && spec.startingToken === undefined;
  const sorted = new SortedView(spec, sort, {
    signal: controller.signal,
    ...(plain ? { parallel: SORT_PARALLEL } : {}),
  });
  // However the session ends (evicted, cancelled, done), its runs on disk go with it.
  controller.signal.addEventListener('abort', () => void sorted.close(), { once: true });
  return { sorted, controller, cursor: '', lastUsed: Date.now() };
};

/**
 * view.sorted: every row of a view in one column's order, a batch at a time. The first call
 * reads the whole listing (reporting the rows read) and sorts it, spilling sorted runs to disk
 * past a memory bound; later calls continue from the session, or re-sort and skip to a cursor
 * whose session is gone. Cancelling a call that is still reading stops the listing.
 */
export const viewSorted =
  (sessions: ViewSessions<SortedSession>) =>
  async (input: Input, context: HandlerContext<SortProgress>): Promise<PageResult> => {
    const key = sortedKey(input.spec, input.sort);
    const offset = input.cursor === null ? 0 : offsetOf(input.cursor, key);
    const session =
      sessions.take(context.connectionId, key, input.cursor) ?? openSession(input.spec, input.sort);
    const started = Date.now();
    const progress = createThrottle<{ read: number; runs: number }>({
      intervalMs: 250,
      emit: (reading) => context.progress({ ...reading, elapsedMs: Date.now() - started }),
    });
    const cancel = () => session.controller.abort();
    context.signal.addEventListener('abort', cancel, { once: true });
    session.sorted.onReading = progress.update;
    try {
      if (session.sorted.offset < offset) await session.sorted.skip(offset - session.sorted.offset);
      const pageSize = input.spec.pageSize ?? 1000;
      const { columns, rows } = await session.sorted.next(pageSize);
      const nextCursor = session.sorted.more ? encodeCursor(key, session.sorted.offset) : null;
      if (nextCursor) {
        session.cursor = nextCursor;
        sessions.put(context.connectionId, key, session);
      } else {
        session.controller.abort();
      }
      return {
        columns,
        rows,
        scanned: rows.length,
        pages: 0,
        nextCursor,
        resumeToken: null,
        regionErrors: [],
        pushedDown: null,
      };
    } catch (error) {
      session.controller.abort();
      throw error;
    } finally {
      progress.stop();
      session.sorted.onReading = null;
      context.signal.removeEventListener('abort', cancel);
    }
  };
