import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { formatBytes, formatInteger } from '../table/format';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const accent = (): string =>
  getComputedStyle(document.documentElement).getPropertyValue('--accent').trim() || '#2f6fde';

/** A horizontal bar chart of one grouping, in the theme's accent colour, without animation. */
export const drawBars = (
  canvas: HTMLCanvasElement,
  labels: string[],
  values: number[],
  bySize: boolean,
): Chart<'bar'> =>
  new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets: [{ data: values, backgroundColor: accent() }] },
    options: {
      indexAxis: 'y',
      animation: false,
      maintainAspectRatio: false,
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (item) =>
              bySize ? formatBytes(Number(item.raw)) : `${formatInteger(Number(item.raw))} rows`,
          },
        },
      },
      scales: {
        // Every group's name, not every other one.
        y: { ticks: { autoSkip: false } },
        x: {
          ticks: {
            callback: (value) =>
              bySize ? formatBytes(Number(value)) : formatInteger(Number(value)),
          },
        },
      },
    },
  });
