import { useEffect, useRef } from 'react';
import type { Chart } from 'chart.js';
import type { SummaryGrouping } from '../../../shared/contract';
import { groupName } from './summary-text';

interface SummaryChartProps {
  grouping: SummaryGrouping;
  /** Bars of total size where the view has sizes, else of counts. */
  bySize: boolean;
}

/** Bars a chart draws at most: the largest groups; the table beside it lists every one. */
const MAX_BARS = 20;

/**
 * One grouping as horizontal bars, drawn by Chart.js on a canvas: small (its bar chart alone is
 * registered), maintained, and fast at the few dozen bars shown. It is loaded only when a
 * summary is opened, so the grid's bundle does not carry it. The canvas is an image with a
 * text alternative; the table beside it is the accessible form of the same numbers.
 */
export function SummaryChart({ grouping, bySize }: SummaryChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);
  const groups = grouping.groups.slice(0, MAX_BARS);
  const labels = groups.map((g) => groupName(g.value));
  const values = groups.map((g) => (bySize ? (g.size ?? 0) : g.count));

  useEffect(() => {
    let disposed = false;
    void import('./bar-chart').then(({ drawBars }) => {
      if (disposed || !canvas.current) return;
      if (chart.current) {
        chart.current.data.labels = labels;
        chart.current.data.datasets[0]!.data = values;
        chart.current.update('none');
        return;
      }
      chart.current = drawBars(canvas.current, labels, values, bySize);
    });
    return () => {
      disposed = true;
    };
  });

  useEffect(
    () => () => {
      chart.current?.destroy();
      chart.current = null;
    },
    [],
  );

  const described = `${grouping.label}: ${groups.length} largest groups by ${bySize ? 'size' : 'count'}`;
  return (
    <div className="summary-chart" style={{ height: `${Math.max(2, groups.length) * 22 + 24}px` }}>
      <canvas ref={canvas} role="img" aria-label={described} />
    </div>
  );
}
