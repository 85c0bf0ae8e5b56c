import type { PageResult, ParsedInput } from '../../../../shared/contract';
import type { HandlerContext } from '../../handler-context';
import { openView } from '../../../paging/open-view';
import { resumeTokenOf } from '../../../paging/resume-of';
import { decodeCursor, encodeCursor, specKey } from '../../../paging/view-cursor';
import type { ViewSession, ViewSessions } from '../../../paging/view-sessions';
import { withMfaPrompter } from '../../../aws/mfa-prompts';

/** Pages a filtered batch may scan before it answers with fewer rows (and a cursor). */
const FILTERED_PAGE_BUDGET = 50;
const PLAIN_PAGE_BUDGET = 10;
const STATS_EVERY_MS = 250;

const openSession = async (input: ParsedInput<'view.page'>, key: string): Promise<ViewSession> => {
  const controller = new AbortController();
  const cursor = input.cursor ? decodeCursor(input.cursor, key) : null;
  try {
    const view = await openView(input.spec, cursor, { signal: controller.signal });
    return { view, controller, cursor: input.cursor ?? '', lastUsed: Date.now() };
  } catch (error) {
    controller.abort();
    throw error;
  }
};

/**
 * view.page: continue the view's session when the cursor is where it stands (its next page is
 * usually prefetched), else reopen the listing at the cursor's positions.
 */
export const viewPage =
  (sessions: ViewSessions) =>
  (input: ParsedInput<'view.page'>, context: HandlerContext): Promise<PageResult> =>
    withMfaPrompter(
      (prompt) => context.emit('mfa.prompt', prompt),
      async () => {
        const key = specKey(input.spec);
        const session =
          sessions.take(context.connectionId, key, input.cursor) ?? (await openSession(input, key));
        const abort = () => session.controller.abort();
        context.signal.addEventListener('abort', abort);
        const started = Date.now();
        // The first progress goes out at once, later ones at most every STATS_EVERY_MS.
        let lastStats = 0;
        const filtered = input.spec.filter !== null;
        try {
          const { listing, fanOut, pageSize } = session.view;
          const batch = await listing.nextBatch({
            target: pageSize,
            pageBudget: filtered ? FILTERED_PAGE_BUDGET : PLAIN_PAGE_BUDGET,
            onProgress: ({ pages, scanned, matched }) => {
              const now = Date.now();
              if (!filtered || now - lastStats < STATS_EVERY_MS) return;
              lastStats = now;
              context.emit('view.stats', {
                requestId: input.requestId,
                pages,
                scanned,
                matched,
                elapsedMs: now - started,
              });
            },
          });
          const nextCursor = listing.complete
            ? null
            : encodeCursor({ k: key, p: listing.plan.kind, s: listing.states() });
          if (nextCursor)
            sessions.put(context.connectionId, key, { ...session, cursor: nextCursor });
          else session.controller.abort();
          return {
            columns: listing.columns(),
            rows: batch.rows,
            scanned: batch.scanned,
            pages: batch.pages,
            nextCursor,
            resumeToken: resumeTokenOf(listing, fanOut),
            regionErrors: batch.regionErrors,
          };
        } catch (error) {
          session.controller.abort();
          throw error;
        } finally {
          context.signal.removeEventListener('abort', abort);
        }
      },
    );
