import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { PageResult, ViewSpecInput } from '../../../shared/contract';
import { useClient } from '../../api/client-context';
import { ApiCallError, unwrap } from '../../api/unwrap';
import { createLiveStats } from '../status/live-stats';
import { createRowStore, type RowStore } from './row-store';

/** A view's pages are cached per spec and per refresh: Refresh starts a new listing. */
export const viewQueryKey = (spec: ViewSpecInput | null, generation: number) =>
  ['view.page', spec, generation] as const;

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
 * call on the main side so its SDK calls stop.
 */
export function useViewPages(spec: ViewSpecInput | null) {
  const client = useClient();
  const queryClient = useQueryClient();
  /** The live counts of the batch in flight, for the status bar. */
  const [liveStats] = useState(createLiveStats);
  const [generation, setGeneration] = useState(0);
  const query = useInfiniteQuery({
    queryKey: viewQueryKey(spec, generation),
    enabled: spec !== null,
    initialPageParam: null as string | null,
    getNextPageParam: (last: PageResult) => last.nextCursor,
    // Pages are appended, never refetched; comparing a million rows deeply buys nothing.
    structuralSharing: false,
    gcTime: 30_000,
    queryFn: async ({ pageParam, signal }) => {
      liveStats.reset();
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
    () => void queryClient.cancelQueries({ queryKey: viewQueryKey(spec, generation) }),
    [queryClient, spec, generation],
  );
  const refresh = useCallback(() => {
    // The old listing (maybe a million rows) is dropped at once rather than cached.
    queryClient.removeQueries({ queryKey: viewQueryKey(spec, generation) });
    setGeneration((g) => g + 1);
  }, [queryClient, spec, generation]);
  return { query, pages: pages ?? [], store, liveStats, cancel, refresh, generation };
}

export type ViewPages = ReturnType<typeof useViewPages>;
