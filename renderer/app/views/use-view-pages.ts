import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type {
  PageResult,
  SortOrder,
  SortProgress,
  ViewSpecInput,
  ViewStats,
} from '../../../shared/contract';
import { useClient } from '../../api/client-context';
import { ApiCallError, unwrap } from '../../api/unwrap';
import { createLiveValue } from '../common/live-value';
import { createRowStore, type RowStore } from './row-store';

/**
 * A view's pages are cached per spec, per refresh (Refresh starts a new listing) and per order:
 * a view sorted whole by the engine is another sequence of pages.
 */
export const viewQueryKey = (
  spec: ViewSpecInput | null,
  generation: number,
  sortAll: SortOrder | null,
) => ['view.page', spec, generation, sortAll] as const;

/** Cancellation is never an error the user should see (STYLE.md rule 4). */
export const visibleError = (error: unknown): ApiCallError | Error | null => {
  if (!error) return null;
  if (error instanceof ApiCallError) return error.apiError.code === 'CANCELLED' ? null : error;
  if (error instanceof Error && error.name === 'CancelledError') return null;
  return error instanceof Error ? error : new Error(String(error));
};

/**
 * A view's pages as one infinite query: each page is one `view.page` batch pulled with the
 * previous batch's cursor. Aborting the query (view left, "Load all" cancelled) cancels the
 * call on the main side so its SDK calls stop. With `sortAll`, the pages are every row of the
 * view in that order (view.sorted), the first once the engine has read and sorted them all.
 */
export function useViewPages(spec: ViewSpecInput | null, sortAll: SortOrder | null = null) {
  const client = useClient();
  const queryClient = useQueryClient();
  /** The live counts of the batch in flight, for the status bar. */
  const [liveStats] = useState(createLiveValue<ViewStats>);
  /** How far a sort of the whole view has read, until its first batch. */
  const [sortReading] = useState(createLiveValue<SortProgress>);
  const [generation, setGeneration] = useState(0);
  const query = useInfiniteQuery({
    queryKey: viewQueryKey(spec, generation, sortAll),
    enabled: spec !== null,
    initialPageParam: null as string | null,
    getNextPageParam: (last: PageResult) => last.nextCursor,
    // Pages are appended, never refetched; comparing a million rows deeply buys nothing.
    structuralSharing: false,
    gcTime: 30_000,
    queryFn: async ({ pageParam, signal }) => {
      liveStats.reset();
      if (sortAll) {
        sortReading.reset();
        return unwrap(
          client['view.sorted'](
            { spec: spec!, sort: sortAll, cursor: pageParam },
            { signal, onProgress: sortReading.publish },
          ),
        );
      }
      return unwrap(
        client['view.page'](
          { spec: spec!, cursor: pageParam },
          { signal, onProgress: liveStats.publish },
        ),
      );
    },
  });
  const pages = query.data?.pages;
  const store: RowStore = useMemo(() => createRowStore(pages ?? []), [pages]);
  const cancel = useCallback(
    () => void queryClient.cancelQueries({ queryKey: viewQueryKey(spec, generation, sortAll) }),
    [queryClient, spec, generation, sortAll],
  );
  const refresh = useCallback(() => {
    // The old listing (maybe a million rows) is dropped at once rather than cached.
    queryClient.removeQueries({ queryKey: viewQueryKey(spec, generation, sortAll) });
    setGeneration((g) => g + 1);
  }, [queryClient, spec, generation, sortAll]);
  return { query, pages: pages ?? [], store, liveStats, sortReading, cancel, refresh, generation };
}

export type ViewPages = ReturnType<typeof useViewPages>;
