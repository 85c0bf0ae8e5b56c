import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';

export const ROW_HEIGHT = 24;
export const HEAD_HEIGHT = 26;

interface GridVirtualizerOptions {
  count: number;
  hasMore: boolean;
  /** A batch is in flight, failed, or the user stopped: the loader row does not pull. */
  busy: boolean;
  resetKey: string;
  onLoadMore(): void;
}

/**
 * Rows in view plus a small overscan, at a fixed height. The loader row (index `count`) pulls
 * the next batch as soon as it is rendered: that is the backpressure of the listing.
 */
export function useGridVirtualizer({
  count,
  hasMore,
  busy,
  resetKey,
  onLoadMore,
}: GridVirtualizerOptions) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: count + (hasMore ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // The sticky header sits above the rows inside the same scroll container.
    scrollMargin: HEAD_HEIGHT,
    scrollPaddingStart: HEAD_HEIGHT,
  });
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetKey]);
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? -1;
  useEffect(() => {
    if (hasMore && !busy && lastIndex >= count) onLoadMore();
  }, [hasMore, busy, lastIndex, count, onLoadMore]);
  const pageRows = () =>
    Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_HEIGHT) - 2);
  return { scrollRef, virtualizer, items, pageRows };
}
