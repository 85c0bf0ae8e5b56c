import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchOptions } from './bench-options';
import { AWS_CLI, type AnchorVersions } from './anchors/anchor-presence';
import { demoEnv } from './demo-env';
import { withEndpoint } from './endpoint-process';
import { absolute, atLeast, atMost, notMeasured, ratio, type Measure } from './measure';
import { runCommand } from './run-command';
import { sideBySide } from './timing';

const SPEED = 'summary-1m-vs-aws-cli-summarize';
const HEAP = 'summary-1m-heap-mb';

/**
 * The V8 old space a summary is given in the heap run. Left alone, V8 lets collectable garbage
 * (parsed pages already folded) grow to twice the live set before it collects; under this cap
 * it collects sooner, and a summary that held more than this would fail with an out-of-memory
 * error instead of finishing.
 */
const OLD_SPACE_MB = 48;

/**
 * A whole bucket's count and total size: `pagescope summarize` (which also groups by storage
 * class, folder and month and keeps the largest and oldest keys) against the AWS CLI's
 * `aws s3 ls --recursive --summarize`, each its own process on the same endpoint, timed without
 * any memory flag; then one more PageScope run under an old-space cap, whose peak V8 heap is
 * the heap figure.
 */
export const summarySpeed = async (o: BenchOptions, versions: AnchorVersions): Promise<Measure[]> =>
  withEndpoint({ objects: o.queryKeys }, async (url) => {
    const heapFile = join(o.workDir, 'summary-heap');
    const ourFile = join(o.workDir, 'summary.json');
    const awsFile = join(o.workDir, 'summary-aws.txt');
    const summarize = [
      'electron/hosts/cli/bin.mjs',
      'summarize',
      's3-objects',
      '--bucket',
      'demo-big',
    ];
    summarize.push('--endpoint-url', url, '--output', 'json');
    const pagescope = () =>
      runCommand(process.execPath, summarize, { env: demoEnv(), stdoutFile: ourFile });
    const awsCli = () =>
      runCommand(
        AWS_CLI,
        ['s3', 'ls', 's3://demo-big', '--recursive', '--summarize', '--endpoint-url', url],
        { env: demoEnv(), stdoutFile: awsFile },
      );
    o.log(`summary: ${o.queryKeys} keys, ${o.runs} run(s)`);
    const times = await sideBySide(o.runs, versions.awsCli ? { pagescope, awsCli } : { pagescope });
    const ours = times.pagescope!;
    if (!ours.ok) {
      return [
        notMeasured(SPEED, '×', atLeast(5), `PageScope failed: ${ours.error}`),
        notMeasured(HEAP, 'MB', atMost(60, 'MB'), `PageScope failed: ${ours.error}`),
      ];
    }
    const summary = JSON.parse(await readFile(ourFile, 'utf8')) as {
      count: number;
      totalSize: number;
    };
    if (summary.count !== o.queryKeys) throw new Error(`summarised ${summary.count} keys`);
    const capped = [
      `--max-old-space-size=${OLD_SPACE_MB}`,
      '--import',
      './test/bench/heap-probe.mjs',
    ];
    await runCommand(process.execPath, [...capped, ...summarize], {
      env: demoEnv({ PAGESCOPE_HEAP_FILE: heapFile }),
      stdoutFile: null,
    });
    const peak = Number(await readFile(heapFile, 'utf8'));
    const heap = absolute(
      HEAP,
      'MB',
      atMost(60, 'MB'),
      peak / 1024 / 1024,
      `${o.queryKeys} keys summarised (count, size, 3 groupings, top 10 largest and oldest, 8 key ranges at once); peak V8 heap of the CLI process, finished under a ${OLD_SPACE_MB} MB old-space cap`,
    );
    const theirs = times.awsCli;
    if (!theirs) return [notMeasured(SPEED, '×', atLeast(5), 'AWS CLI not installed'), heap];
    if (!theirs.ok)
      return [notMeasured(SPEED, '×', atLeast(5), `AWS CLI failed: ${theirs.error}`), heap];
    const printed = await readFile(awsFile, 'utf8');
    const objects = /Total Objects: (\d+)/.exec(printed)?.[1];
    const size = /Total Size: (\d+)/.exec(printed)?.[1];
    if (Number(objects) !== summary.count || Number(size) !== summary.totalSize) {
      throw new Error(
        `the AWS CLI counted ${objects} keys, ${size} bytes; PageScope ${summary.count}, ${summary.totalSize}`,
      );
    }
    return [
      ratio(
        SPEED,
        atLeast(5),
        { pagescope: ours.seconds, anchor: theirs.seconds },
        `${o.queryKeys} keys, same count and total size, median of ${o.runs}, each in its own process`,
      ),
      heap,
    ];
  });
