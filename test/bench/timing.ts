import { performance } from 'node:perf_hooks';

export const median = (values: readonly number[]): number => {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The p-th percentile (0..100) by nearest rank. */
export const percentile = (values: readonly number[], p: number): number => {
  if (values.length === 0) throw new Error('percentile of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
};

/** Wall time of one call, in seconds. */
export const seconds = async (work: () => Promise<unknown>): Promise<number> => {
  const start = performance.now();
  await work();
  return (performance.now() - start) / 1000;
};

export type Outcome = { ok: true; seconds: number } | { ok: false; error: string };

/**
 * Runs every contender once per round, `runs` rounds, so that the machine's drift (other load,
 * warm caches) spreads over all of them instead of favouring whoever ran last. A contender that
 * fails is not run again and reports its error; the others still get their medians.
 */
export const sideBySide = async <K extends string>(
  runs: number,
  contenders: Partial<Record<K, () => Promise<unknown>>>,
): Promise<Partial<Record<K, Outcome>>> => {
  const names = (Object.keys(contenders) as K[]).filter((n) => contenders[n] !== undefined);
  const times = new Map<K, number[]>(names.map((n) => [n, []]));
  const failed = new Map<K, string>();
  for (let round = 0; round < runs; round++) {
    for (const name of names.filter((n) => !failed.has(n))) {
      try {
        times.get(name)!.push(await seconds(contenders[name]!));
      } catch (error) {
        failed.set(name, error instanceof Error ? error.message : String(error));
      }
    }
  }
  const outcome = (name: K): Outcome => {
    const error = failed.get(name);
    return error === undefined
      ? { ok: true, seconds: median(times.get(name)!) }
      : { ok: false, error };
  };
  return Object.fromEntries(names.map((n) => [n, outcome(n)])) as Partial<Record<K, Outcome>>;
};
