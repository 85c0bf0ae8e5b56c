import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchOptions } from './bench-options';
import { demoEnv } from './demo-env';
import { withEndpoint } from './endpoint-process';
import { countLines } from './file-lines';
import { absolute, type Measure } from './measure';
import { runCommand } from './run-command';
import { seconds } from './timing';

/**
 * Every key of demo-big, largest first: `pagescope list --sort-by Size --descending` to CSV, in
 * its own process, start-up included, with its peak V8 heap (the sort keeps 100,000 rows in
 * memory and merges runs from disk past that).
 */
export const sortAll = async (o: BenchOptions): Promise<Measure[]> =>
  withEndpoint({ objects: o.queryKeys }, async (url) => {
    const heapFile = join(o.workDir, 'sort-heap');
    const outFile = join(o.workDir, 'sorted.csv');
    const args = ['--import', './test/bench/heap-probe.mjs', 'electron/hosts/cli/bin.mjs', 'list'];
    args.push('s3-objects', '--bucket', 'demo-big', '--endpoint-url', url);
    args.push('--sort-by', 'Size', '--descending', '--output', 'csv');
    o.log(`sort-all: ${o.queryKeys} keys`);
    const time = await seconds(() =>
      runCommand(process.execPath, args, {
        env: demoEnv({ PAGESCOPE_HEAP_FILE: heapFile }),
        stdoutFile: outFile,
      }),
    );
    const rows = (await countLines(outFile)) - 1;
    if (rows !== o.queryKeys) throw new Error(`sorted ${rows} rows, not ${o.queryKeys}`);
    const heapMb = Number(await readFile(heapFile, 'utf8')) / 1024 / 1024;
    return [
      absolute(
        'sort-all-1m-s',
        's',
        { text: 'reported', holds: () => true },
        time,
        `${o.queryKeys} keys listed and sorted by Size to CSV, one run, start-up included; peak V8 heap ${Math.round(heapMb)} MB`,
        null,
      ),
    ];
  });
