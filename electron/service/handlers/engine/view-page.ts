import type { PageResult, ParsedInput, ViewStats } from '../../../../shared/contract';
import type { HandlerContext } from '../../handler-context';
import { openView } from '../../../engine/paging/open-view';
import { createThrottle } from '../../../engine/progress/progress-throttle';
import { resumeTokenOf } from '../../../engine/paging/resume-of';
import { decodeCursor, encodeCursor, specKey } from '../../../engine/paging/view-cursor';
import type { ViewSession, ViewSessions } from '../../../engine/paging/view-sessions';

/** Pages a filtered batch may scan before it answers with fewer rows (and a cursor). */
const FILTERED_PAGE_BUDGET = 50;
const PLAIN_PAGE_BUDGET = 10;

type Input = ParsedInput<'view.page'>;

/**
 * Requests a search makes at once: an item filter over a whole listing reads the ordered
 * parallel listing where there is one (S3 key ranges, log event time slices; rows still in the
 * service's order), as a filter may have to scan every item before it finds a screenful. Plain views stay on one cursor, whose first page arrives soonest, and so
 * do views with MaxItems or a starting token, whose NextTokens the AWS CLI must read.
 */
const SEARCH_PARALLEL = 16;

const searchParallel = (spec: Input['spec']): { parallel?: number } =>
  spec.filter?.mode === 'item' &&
  spec.filter.expression.trim() !== '' &&
  spec.maxItems === undefined &&
  spec.startingToken === undefined
    ? { parallel: SEARCH_PARALLEL }
    : {};

const openSession = async (input: Input, key: string): Promise<ViewSession> => {
  const controller = new AbortController();
  const cursor = input.cursor ? decodeCursor(input.cursor, key) : null;
  try {
    const view = await openView(input.spec, cursor, {
      signal: controller.signal,
      ...searchParallel(input.spec),
    });
    return { view, controller, cursor: input.cursor ?? '', lastUsed: Date.now() };
  } catch (error) {
    controller.abort();
    throw error;
  }
};

interface ScanStats {
  pages: number;
  scanned: number;
  matched: number;
}

/**
 * Live counts while a filtered batch scans, throttled as every progress is; the caller stops it
 * when the batch is answered, so no count arrives after its page.
 */
const statsThrottle = (context: HandlerContext<ViewStats>) => {
  const started = Date.now();
  return createThrottle<ScanStats>({
    emit: ({ pages, scanned, matched }) =>
      context.progress({ pages, scanned, matched, elapsedMs: Date.now() - started }),
  });
};

const nextPage = async (
  session: ViewSession,
  input: Input,
  key: string,
  context: HandlerContext<ViewStats>,
): Promise<{ result: PageResult; cursor: string | null }> => {
  const { listing, fanOut, pageSize } = session.view;
  const stats = input.spec.filter ? statsThrottle(context) : null;
  const batch = await listing
    .nextBatch({
      target: pageSize,
      pageBudget: input.spec.filter ? FILTERED_PAGE_BUDGET : PLAIN_PAGE_BUDGET,
      ...(stats ? { onProgress: stats.update } : {}),
    })
    .finally(() => stats?.stop());
  const cursor = listing.complete
    ? null
    : encodeCursor({ k: key, p: listing.plan.kind, s: listing.states() });
  const result: PageResult = {
    columns: listing.columns(),
    rows: batch.rows,
    scanned: batch.scanned,
    pages: batch.pages,
    nextCursor: cursor,
    resumeToken: resumeTokenOf(listing, fanOut),
    regionErrors: batch.regionErrors,
    pushedDown: session.view.pushedDown,
  };
  return { result, cursor };
};

/**
 * view.page: continue the view's session when the cursor is where it stands (its next page is
 * usually prefetched), else reopen the listing at the cursor's positions. Cancelling the
 * request aborts the session's SDK calls and drops it; its cursor still works later.
 */
export const viewPage =
  (sessions: ViewSessions) =>
  async (input: Input, context: HandlerContext<ViewStats>): Promise<PageResult> => {
    const key = specKey(input.spec);
    const session =
      sessions.take(context.connectionId, key, input.cursor) ?? (await openSession(input, key));
    const abort = () => session.controller.abort();
    context.signal.addEventListener('abort', abort);
    try {
      const { result, cursor } = await nextPage(session, input, key, context);
      if (cursor) sessions.put(context.connectionId, key, { ...session, cursor });
      else session.controller.abort();
      return result;
    } catch (error) {
      session.controller.abort();
      throw error;
    } finally {
      context.signal.removeEventListener('abort', abort);
    }
  };
