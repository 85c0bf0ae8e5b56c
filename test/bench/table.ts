import type { Measure } from './measure';

const cell = (n: number | null, unit: string) => (n === null ? '—' : `${n} ${unit}`.trim());

const met = (m: Measure) => (m.met === null ? 'n/a' : m.met ? 'yes' : 'NO');

/** The bench's one table, in Markdown so it can be pasted into the README as printed. */
export const formatTable = (measures: readonly Measure[], machine: readonly string[]): string => {
  const header = ['measure', 'value', 'PageScope', 'anchor', 'target', 'met?'];
  const rows = measures.map((m) => [
    m.name,
    cell(m.value, m.unit),
    cell(m.pagescope, m.figureUnit),
    cell(m.anchor, m.figureUnit),
    m.target,
    met(m),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const notes = measures.map((m) => `- ${m.name}: ${m.note}`);
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    ...notes,
    '',
    ...machine.map((l) => `- ${l}`),
    '',
  ].join('\n');
};
