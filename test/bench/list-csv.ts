import { join } from 'node:path';
import type { BenchOptions } from './bench-options';
import { AWS_CLI, PYTHON, type AnchorVersions } from './anchors/anchor-presence';
import { demoEnv } from './demo-env';
import { withEndpoint } from './endpoint-process';
import { countLines } from './file-lines';
import { atLeast, notMeasured, ratio, type Measure, type Target } from './measure';
import { runCommand } from './run-command';
import { sideBySide, type Outcome } from './timing';

const BUCKET = 'demo-big';

type Name = 'pagescope' | 'awsCli' | 'boto3' | 'sdk';

/** Each contender's command, its output file and how to count the rows it wrote. */
const contenders = (url: string, dir: string) => {
  const env = demoEnv();
  const file = (n: Name) => join(dir, `list-${n}.out`);
  const node = (args: string[], out: string | null) =>
    runCommand(process.execPath, args, { env, stdoutFile: out });
  return {
    files: file,
    run: {
      pagescope: () =>
        node(
          ['electron/hosts/cli/bin.mjs', 'list', 's3-objects', '--bucket', BUCKET].concat([
            '--endpoint-url',
            url,
            '--output',
            'csv',
          ]),
          file('pagescope'),
        ),
      awsCli: () =>
        runCommand(
          AWS_CLI,
          [
            's3api',
            'list-objects-v2',
            '--bucket',
            BUCKET,
            '--endpoint-url',
            url,
            '--output',
            'text',
          ],
          { env, stdoutFile: file('awsCli') },
        ),
      boto3: () =>
        runCommand(PYTHON, ['test/bench/anchors/boto3_export.py', url, BUCKET, file('boto3')], {
          env,
          stdoutFile: null,
        }),
      sdk: () =>
        node(
          [
            '--import',
            'tsx',
            'test/bench/anchors/sdk-paginator-export.ts',
            url,
            BUCKET,
            file('sdk'),
          ],
          null,
        ),
    } satisfies Record<Name, () => Promise<void>>,
  };
};

/** Rows each output holds: a header line for the CSVs, one CONTENTS line per key for the CLI. */
const rowsWritten = (name: Name, path: string) =>
  name === 'awsCli' ? countLines(path, 'CONTENTS') : countLines(path).then((n) => n - 1);

const labels: Record<Exclude<Name, 'pagescope'>, [string, string, Target]> = {
  awsCli: ['list-csv-vs-aws-cli', 'AWS CLI', atLeast(5)],
  boto3: ['list-csv-vs-boto3', 'boto3', atLeast(5)],
  sdk: ['list-csv-vs-sdk-paginator', 'SDK v3 paginator', atLeast(2)],
};

/**
 * List demo-big at `listKeys` keys to CSV: PageScope's CLI against the AWS CLI, the boto3
 * paginator export and a plain SDK v3 paginator loop, each in its own process, same endpoint.
 */
export const listCsv = async (o: BenchOptions, versions: AnchorVersions): Promise<Measure[]> =>
  withEndpoint({ objects: o.listKeys }, async (url) => {
    const c = contenders(url, o.workDir);
    const installed: Partial<Record<Name, () => Promise<void>>> = { pagescope: c.run.pagescope };
    if (versions.awsCli) installed.awsCli = c.run.awsCli;
    if (versions.boto3) installed.boto3 = c.run.boto3;
    installed.sdk = c.run.sdk;
    o.log(`list-csv: ${o.listKeys} keys, ${o.runs} run(s) of ${Object.keys(installed).join(', ')}`);
    const times: Partial<Record<Name, Outcome>> = await sideBySide(o.runs, installed);
    const checked = async (name: Name): Promise<Outcome | undefined> => {
      const t = times[name];
      if (!t?.ok) return t;
      const rows = await rowsWritten(name, c.files(name));
      return rows === o.listKeys
        ? t
        : { ok: false, error: `wrote ${rows} rows, not ${o.listKeys}` };
    };
    const ps = await checked('pagescope');
    return Promise.all(
      (Object.keys(labels) as Exclude<Name, 'pagescope'>[]).map(async (name) => {
        const [measure, label, target] = labels[name];
        const anchor = await checked(name);
        if (!ps?.ok) return notMeasured(measure, '×', target, `PageScope failed: ${ps?.error}`);
        if (!anchor) return notMeasured(measure, '×', target, `${label} not installed`);
        if (!anchor.ok)
          return notMeasured(measure, '×', target, `${label} failed: ${anchor.error}`);
        const rate = (t: number) => `${Math.round(o.listKeys / t / 1000)}k keys/s`;
        const note = `${o.listKeys} keys to CSV, median of ${o.runs}, each in its own process (start-up included); PageScope CLI ${rate(ps.seconds)}, ${label} ${rate(anchor.seconds)}`;
        return ratio(measure, target, { pagescope: ps.seconds, anchor: anchor.seconds }, note);
      }),
    );
  });
