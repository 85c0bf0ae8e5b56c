/** Milliseconds since the epoch, both ends included (FilterLogEvents' startTime and endTime). */
export interface TimeRange {
  from: number;
  to: number;
}

/**
 * A listing's time range cut into up to `count` neighbouring slices that cover it exactly: the
 * first starts where the range starts, the last ends where it ends, and each cut falls inside
 * the span where events were seen, evenly by time. Events of one millisecond stay in one slice,
 * so the slices listed one after another give the events in the service's own order (by
 * timestamp first). Without a span, or one outside the range, the range stays whole.
 */
export const timeSlices = (
  range: TimeRange,
  events: TimeRange | null,
  count: number,
): TimeRange[] => {
  if (!events || count <= 1) return [range];
  const low = Math.max(range.from, events.from);
  const high = Math.min(range.to, events.to);
  if (low > high) return [range];
  const span = high - low + 1;
  const n = Math.min(count, span);
  const slices: TimeRange[] = [];
  let from = range.from;
  for (let k = 1; k < n; k += 1) {
    const cut = low + Math.floor((k * span) / n);
    if (cut <= from) continue;
    slices.push({ from, to: cut - 1 });
    from = cut;
  }
  slices.push({ from, to: range.to });
  return slices;
};
