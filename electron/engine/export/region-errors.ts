import type { RegionError } from '../../../shared/contract';
import type { RowBatch } from '../paging/list-rows';

/**
 * Passes a listing's batches on and hands each region error to `onError`: an all-regions export
 * completes without a region that failed (as the view does), and says which one it lacks.
 */
export async function* tapRegionErrors(
  batches: AsyncIterable<RowBatch>,
  onError: (error: RegionError) => void | Promise<void>,
): AsyncGenerator<RowBatch> {
  for await (const batch of batches) {
    for (const error of batch.regionErrors) await onError(error);
    yield batch;
  }
}
