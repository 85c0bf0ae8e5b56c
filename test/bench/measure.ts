/**
 * One row of the bench table. `value` is null when the measure could not be taken; `note` then
 * says why (an anchor not installed, a mode PageScope does not have yet), never a made-up figure.
 */
export interface Measure {
  name: string;
  value: number | null;
  unit: string;
  /** PageScope's own figure (seconds for ratios, else the value itself). */
  pagescope: number | null;
  /** The anchor's figure in the same unit as `pagescope`, or null when there is no anchor. */
  anchor: number | null;
  figureUnit: string;
  target: string;
  met: boolean | null;
  note: string;
}

export interface Target {
  text: string;
  holds(value: number): boolean;
}

export const atLeast = (n: number, unit = '×'): Target => ({
  text: `≥ ${n}${unit === '×' ? '×' : ` ${unit}`}`,
  holds: (v) => v >= n,
});

export const atMost = (n: number, unit = '×'): Target => ({
  text: `≤ ${n}${unit === '×' ? '×' : ` ${unit}`}`,
  holds: (v) => v <= n,
});

const round = (n: number) => Math.round(n * 100) / 100;

/** A ratio measure: anchor time / PageScope time, both in seconds. */
export const ratio = (
  name: string,
  target: Target,
  times: { pagescope: number; anchor: number },
  note: string,
): Measure => {
  const value = round(times.anchor / times.pagescope);
  return {
    name,
    value,
    unit: '×',
    pagescope: round(times.pagescope),
    anchor: round(times.anchor),
    figureUnit: 's',
    target: target.text,
    met: target.holds(value),
    note,
  };
};

/** An absolute measure of PageScope alone, optionally beside a reference figure. */
export const absolute = (
  name: string,
  unit: string,
  target: Target,
  value: number,
  note: string,
  anchor: number | null = null,
): Measure => ({
  name,
  value: round(value),
  unit,
  pagescope: round(value),
  anchor: anchor === null ? null : round(anchor),
  figureUnit: unit,
  target: target.text,
  met: target.holds(value),
  note,
});

/** A measure that could not be taken, with the reason. */
export const notMeasured = (name: string, unit: string, target: Target, why: string): Measure => ({
  name,
  value: null,
  unit,
  pagescope: null,
  anchor: null,
  figureUnit: unit,
  target: target.text,
  met: null,
  note: why,
});
