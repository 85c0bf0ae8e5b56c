import { join } from 'node:path';
import {
  BIG_LOG_EVENTS,
  BIG_LOG_GROUP,
  BIG_LOG_STREAM,
} from '../../electron/endpoint/data/log-groups';
import type { BenchOptions } from './bench-options';
import { AWS_CLI, type AnchorVersions } from './anchors/anchor-presence';
import { demoEnv } from './demo-env';
import { withEndpoint } from './endpoint-process';
import { countLines } from './file-lines';
import { atLeast, notMeasured, ratio, type Measure } from './measure';
import { runCommand } from './run-command';
import { sideBySide, type Outcome } from './timing';

const NAME = 'logs-events-1m-csv-vs-aws-cli';
/** The big stream's first event; event i falls in [FIRST + i s, FIRST + (i + 1) s). */
const FIRST = Date.UTC(2024, 2, 1);

/**
 * The million-event stream to CSV: `pagescope list logs-events --output csv` against
 * `aws logs filter-log-events --output text` over the same stream on the same endpoint (run in
 * its own process, as `npm run endpoint`), each in its own process, start-up included. Both ask
 * for the first `logEvents` events by time range (--end-time), so --quick reads fewer.
 */
export const logsEventsCsv = async (
  o: BenchOptions,
  versions: AnchorVersions,
): Promise<Measure[]> =>
  withEndpoint({ objects: 1_000 }, async (url) => {
    const events = Math.min(o.logEvents, BIG_LOG_EVENTS);
    const range = ['--end-time', String(FIRST + events * 1000 - 1)];
    const where = [
      '--region',
      'us-east-1',
      '--endpoint-url',
      url,
      '--log-group-name',
      BIG_LOG_GROUP,
    ];
    const ourFile = join(o.workDir, 'logs-events.csv');
    const awsFile = join(o.workDir, 'logs-events-aws.txt');
    const env = demoEnv();
    const run = {
      pagescope: () =>
        runCommand(
          process.execPath,
          ['electron/hosts/cli/bin.mjs', 'list', 'logs-events', ...where].concat([
            '--log-stream-name',
            BIG_LOG_STREAM,
            ...range,
            '--output',
            'csv',
          ]),
          { env, stdoutFile: ourFile },
        ),
      awsCli: () =>
        runCommand(
          AWS_CLI,
          ['logs', 'filter-log-events', ...where].concat([
            '--log-stream-names',
            BIG_LOG_STREAM,
            ...range,
            '--output',
            'text',
          ]),
          { env, stdoutFile: awsFile },
        ),
    };
    o.log(`logs-events: ${events} events, ${o.runs} run(s)`);
    const times: Partial<Record<keyof typeof run, Outcome>> = await sideBySide(
      o.runs,
      versions.awsCli ? run : { pagescope: run.pagescope },
    );
    const ours = times.pagescope!;
    if (!ours.ok) return [notMeasured(NAME, '×', atLeast(5), `PageScope failed: ${ours.error}`)];
    const rows = (await countLines(ourFile)) - 1;
    if (rows !== events) throw new Error(`PageScope wrote ${rows} rows, not ${events}`);
    const theirs = times.awsCli;
    if (!theirs) return [notMeasured(NAME, '×', atLeast(5), 'AWS CLI not installed')];
    if (!theirs.ok) return [notMeasured(NAME, '×', atLeast(5), `AWS CLI failed: ${theirs.error}`)];
    const printed = await countLines(awsFile, 'EVENTS');
    if (printed !== events) throw new Error(`the AWS CLI printed ${printed} events, not ${events}`);
    const rate = (t: number) => `${Math.round(events / t / 1000)}k events/s`;
    return [
      ratio(
        NAME,
        atLeast(5),
        { pagescope: ours.seconds, anchor: theirs.seconds },
        `${events} events of one stream (pages of up to 1 MB), median of ${o.runs}, each in its own process; PageScope CLI ${rate(ours.seconds)}, AWS CLI ${rate(theirs.seconds)}`,
      ),
    ];
  });
