import { startEndpoint } from '../../electron/endpoint/server';
import type { AnchorVersions } from './anchors/anchor-presence';
import { AWS_CLI } from './anchors/anchor-presence';
import type { BenchOptions } from './bench-options';
import { demoEnv } from './demo-env';
import { absolute, notMeasured, type Measure } from './measure';
import { runCommand } from './run-command';

const NAME = 'prefix-pushdown-requests';
const PREFIX = 'logs/2024/03/';

/**
 * Requests a filtered listing of demo-big makes when its filter names a folder
 * (`starts_with(Key, 'logs/2024/03/')`): PageScope's sequential listing against the AWS CLI
 * listing that folder itself with `--prefix`, on one endpoint that counts ListObjectsV2 calls.
 * Equal means the filter was pushed down to S3 whole; the bucket's own page count is the cost
 * without push-down. The endpoint runs in this process: a count, unlike a time, is not skewed.
 */
export const prefixPushdown = async (
  o: BenchOptions,
  versions: AnchorVersions,
): Promise<Measure[]> => {
  if (!versions.awsCli) {
    const target = { text: '= the AWS CLI with --prefix', holds: () => false };
    return [notMeasured(NAME, 'requests', target, 'AWS CLI not installed')];
  }
  const endpoint = await startEndpoint({ port: 0, objects: o.queryKeys });
  try {
    const listCalls = async (run: () => Promise<void>) => {
      const before = endpoint.requests().length;
      await run();
      return endpoint
        .requests()
        .slice(before)
        .filter((r) => r.operation === 'ListObjectsV2').length;
    };
    const env = demoEnv();
    const args = ['electron/hosts/cli/bin.mjs', 'list', 's3-objects', '--bucket', 'demo-big'];
    args.push('--endpoint-url', endpoint.url, '--parallel', '1', '--output', 'csv');
    const ours = await listCalls(() =>
      runCommand(process.execPath, [...args, '--filter', `starts_with(Key, '${PREFIX}')`], {
        env,
        stdoutFile: null,
      }),
    );
    const theirs = await listCalls(() =>
      runCommand(
        AWS_CLI,
        [
          's3api',
          'list-objects-v2',
          '--bucket',
          'demo-big',
          '--prefix',
          PREFIX,
          '--endpoint-url',
          endpoint.url,
        ],
        {
          env,
          stdoutFile: null,
        },
      ),
    );
    const whole = Math.ceil(o.queryKeys / 1000);
    return [
      absolute(
        NAME,
        'requests',
        { text: `= ${theirs} (the AWS CLI with --prefix)`, holds: (v) => v === theirs },
        ours,
        `starts_with(Key, '${PREFIX}') over ${o.queryKeys} keys, sequential: PageScope ${ours} ListObjectsV2 requests, the AWS CLI listing --prefix ${PREFIX} itself ${theirs}; without push-down ${whole}`,
        theirs,
      ),
    ];
  } finally {
    await endpoint.stop();
  }
};
