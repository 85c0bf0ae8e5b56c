import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Sizes and repetitions of one bench run; `--quick` shrinks them for development. */
export interface BenchOptions {
  runs: number;
  listKeys: number;
  partitionKeys: number;
  hostLagKeys: number;
  rendererKeys: number;
  soakKeys: number;
  filterItems: number;
  queryKeys: number;
  /** Events of the demo's million-event log stream read by the logs-events step. */
  logEvents: number;
  workDir: string;
  log(line: string): void;
}

export const benchOptions = (quick: boolean, log: (line: string) => void): BenchOptions => ({
  runs: quick ? 1 : 3,
  listKeys: quick ? 20_000 : 200_000,
  partitionKeys: quick ? 20_000 : 1_000_000,
  hostLagKeys: quick ? 50_000 : 1_000_000,
  rendererKeys: quick ? 50_000 : 1_000_000,
  soakKeys: quick ? 50_000 : 1_000_000,
  filterItems: quick ? 50_000 : 200_000,
  queryKeys: quick ? 50_000 : 1_000_000,
  logEvents: quick ? 50_000 : 1_000_000,
  workDir: mkdtempSync(join(tmpdir(), 'pagescope-bench-')),
  log,
});
