import type { ParsedInput, Summary } from '../../../../shared/contract';
import type { HandlerContext } from '../../handler-context';
import { withMfaPrompter } from '../../../engine/aws/mfa-prompts';
import { createThrottle } from '../../../engine/export/progress-throttle';
import { SUMMARY_PARALLEL, summarizeView } from '../../../engine/summary/summarize-view';

/**
 * view.summary: the view's summary, folded while the engine lists it, with the summary so far
 * pushed at most every 250 ms. Cancelling the call (or closing the window) stops the listing.
 */
export const viewSummary = (
  input: ParsedInput<'view.summary'>,
  context: HandlerContext<Summary>,
): Promise<Summary> =>
  withMfaPrompter(
    (prompt) => context.emit('mfa.prompt', prompt),
    async () => {
      const progress = createThrottle<() => Summary>({
        intervalMs: 250,
        emit: (current) => context.progress(current()),
      });
      try {
        return await summarizeView(input.spec, {
          ...(input.by && input.by.length > 0 ? { by: input.by } : {}),
          depth: input.depth,
          top: input.top,
          signal: context.signal,
          parallel: SUMMARY_PARALLEL,
          onProgress: progress.update,
        });
      } finally {
        progress.stop();
      }
    },
  );
