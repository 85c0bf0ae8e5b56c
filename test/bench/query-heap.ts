import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchOptions } from './bench-options';
import { demoEnv } from './demo-env';
import { withEndpoint } from './endpoint-process';
import { absolute, atMost, type Measure } from './measure';
import { runCommand } from './run-command';

/**
 * `--query 'length(Contents)' --output json` over a whole bucket: the AWS CLI builds the merged
 * result of every page before it applies the query; PageScope counts page by page, so its heap
 * stays that of a few pages whatever the bucket's size. Peak heap sampled in the CLI process.
 */
export const queryHeap = async (o: BenchOptions): Promise<Measure[]> =>
  withEndpoint({ objects: o.queryKeys }, async (url) => {
    const heapFile = join(o.workDir, 'query-heap');
    const outFile = join(o.workDir, 'query.out');
    const probe = join('test', 'bench', 'heap-probe.mjs');
    const args = ['--import', `./${probe}`, 'electron/hosts/cli/bin.mjs', 'list', 's3-objects'];
    args.push('--bucket', 'demo-big', '--endpoint-url', url);
    args.push('--query', 'length(Contents)', '--output', 'json');
    const env = demoEnv({ PAGESCOPE_HEAP_FILE: heapFile });
    await runCommand(process.execPath, args, { env, stdoutFile: outFile });
    const printed = (await readFile(outFile, 'utf8')).trim();
    if (printed !== String(o.queryKeys)) {
      throw new Error(`printed ${printed.slice(0, 80)}, not ${o.queryKeys}`);
    }
    const peakMb = Number(await readFile(heapFile, 'utf8')) / 1024 / 1024;
    return [
      absolute(
        'query-whole-1m-heap-mb',
        'MB',
        atMost(100, 'MB'),
        peakMb,
        `${o.queryKeys} keys, --query 'length(Contents)' --output json printed ${printed}; peak V8 heap of the CLI process`,
      ),
    ];
  });
