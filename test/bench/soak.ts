import { join } from 'node:path';
import type { BenchOptions } from './bench-options';
import { demoEnv } from './demo-env';
import { startEndpoint } from '../../electron/endpoint/server';
import { absolute, atMost, type Measure } from './measure';
import { diffListings } from './row-diff';
import { runCommand } from './run-command';
import { seconds } from './timing';

const FAULT_RATE = 0.05;
const SEED = 11;

/** `export-parallel` is the app's export path: the ordered parallel listing, 16 partitions. */
type Mode = 'list' | 'export' | 'export-parallel';

const CLI = 'electron/hosts/cli/bin.mjs';

/** PageScope's CLI listing (stdout) or export (its atomic file) of demo-big to `out`. */
const runCli = (mode: Mode, url: string, out: string) => {
  const view = ['s3-objects', '--bucket', 'demo-big', '--endpoint-url', url];
  const args =
    mode === 'list'
      ? [CLI, 'list', ...view, '--output', 'csv']
      : [CLI, 'export', ...view, '--out', out, '--no-formula-guard'].concat(
          mode === 'export-parallel' ? ['--parallel', '16'] : [],
        );
  return runCommand(process.execPath, args, {
    env: demoEnv(),
    stdoutFile: mode === 'list' ? out : null,
  });
};

/**
 * One run against a fresh endpoint. The endpoint runs in this (otherwise idle) process rather than
 * its own, because its request log is the evidence that faults were really injected.
 */
const timedRun = async (o: BenchOptions, mode: Mode, faultRate: number, out: string) => {
  const endpoint = await startEndpoint({ objects: o.soakKeys, faultRate, seed: SEED });
  try {
    const took = await seconds(() => runCli(mode, endpoint.url, out));
    const requests = endpoint.requests();
    return {
      took,
      requests: requests.length,
      faults: requests.filter((r) => r.status !== 200).length,
    };
  } finally {
    await endpoint.stop();
  }
};

/**
 * `--soak`: list and export `soakKeys` keys through PageScope's CLI with 5% of requests failing
 * (throttling, 500s, dropped connections, slow answers, drawn at random), compare every row with
 * a fault-free run of the same command, and report rows lost and duplicated and the time cost.
 */
const soakOne = async (o: BenchOptions, mode: Mode): Promise<Measure[]> => {
  const clean = join(o.workDir, `soak-${mode}-clean.csv`);
  const faulty = join(o.workDir, `soak-${mode}-faulty.csv`);
  o.log(`soak-${mode}: ${o.soakKeys} keys fault-free, then at a ${FAULT_RATE * 100}% fault rate`);
  const cleanRun = await timedRun(o, mode, 0, clean);
  const faultyRun = await timedRun(o, mode, FAULT_RATE, faulty);
  const [cleanSeconds, faultySeconds] = [cleanRun.took, faultyRun.took];
  const diff = await diffListings(clean, faulty);
  if (diff.expected !== o.soakKeys) {
    throw new Error(
      `soak-${mode}: the fault-free run wrote ${diff.expected} rows, not ${o.soakKeys}`,
    );
  }
  const rows = `${diff.got} rows against ${diff.expected} fault-free (changed ${diff.changed}, out of order ${diff.outOfOrder}); ${faultyRun.faults} of ${faultyRun.requests} requests failed (5xx or dropped; slow answers not counted)`;
  const zero = atMost(0, 'rows');
  const cost = Math.round((faultySeconds / cleanSeconds) * 100) / 100;
  return [
    absolute(`soak-${mode}-rows-lost`, 'rows', zero, diff.lost, rows),
    absolute(`soak-${mode}-rows-duplicated`, 'rows', zero, diff.duplicated + diff.changed, rows),
    {
      name: `soak-${mode}-fault-time-cost`,
      value: cost,
      unit: '×',
      pagescope: Math.round(faultySeconds * 100) / 100,
      anchor: Math.round(cleanSeconds * 100) / 100,
      figureUnit: 's',
      target: 'report',
      met: null,
      note: `one run each at seed ${SEED}; PageScope = with ${FAULT_RATE * 100}% faults, anchor = fault-free; value = faulty / fault-free`,
    },
  ];
};

export const soakList = (o: BenchOptions) => soakOne(o, 'list');
export const soakExport = (o: BenchOptions) => soakOne(o, 'export');
export const soakExportParallel = (o: BenchOptions) => soakOne(o, 'export-parallel');
