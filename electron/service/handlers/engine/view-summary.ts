import type { ParsedInput, Summary } from '../../../../shared/contract';
import type { HandlerContext } from '../../handler-context';
import { createThrottle } from '../../../engine/progress/progress-throttle';
import { SUMMARY_PARALLEL, summarizeView } from '../../../engine/summary/summarize-view';

/**
 * view.summary: the view's summary, folded while the engine lists it, with the summary so far
 * pushed at most 4 times a second. Cancelling the call (or closing the window) stops the
 * listing.
 */
export const viewSummary = async (
  input: ParsedInput<'view.summary'>,
  context: HandlerContext<Summary>,
): Promise<Summary> => {
  const progress = createThrottle<() => Summary>({
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
};
