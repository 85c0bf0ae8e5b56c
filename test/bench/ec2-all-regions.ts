import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import type { BenchOptions } from './bench-options';
import { BENCH_REGION } from './demo-env';
import { withEndpoint } from './endpoint-process';
import { drainView } from './engine-listing';
import { atMost, notMeasured, type Measure } from './measure';
import { sideBySide } from './timing';

const NAME = 'ec2-all-regions-vs-slowest';
const LATENCY_MS = 300;
const target = atMost(1.5);

/** The regions the account has enabled, as the endpoint's DescribeRegions answers. */
const enabledRegions = async (endpoint: string): Promise<string[]> => {
  const client = new EC2Client({ endpoint, region: BENCH_REGION });
  const { Regions } = await client.send(new DescribeRegionsCommand({}));
  client.destroy();
  return (Regions ?? []).flatMap((r) => (r.RegionName ? [r.RegionName] : []));
};

/**
 * EC2 instances in all regions at 300 ms per request, against each enabled region alone: the
 * fan-out's wall time over the slowest single region's (1.0 would be perfect overlap).
 */
export const ec2AllRegions = async (o: BenchOptions): Promise<Measure[]> =>
  withEndpoint({ objects: 0, latencyMs: LATENCY_MS }, async (url) => {
    const regions = await enabledRegions(url);
    o.log(`${NAME}: all regions vs ${regions.join(', ')}, ${o.runs} run(s)`);
    const expected = new Map<string, number>();
    const contender = (region: string) => async () => {
      const { rows } = await drainView({ region, resource: 'ec2-instances' }, url);
      if ((expected.get(region) ?? rows) !== rows) throw new Error(`${region}: rows changed`);
      expected.set(region, rows);
    };
    const times = await sideBySide(
      o.runs,
      Object.fromEntries(['all', ...regions].map((r) => [r, contender(r)])),
    );
    const failed = Object.entries(times).find(([, t]) => !t?.ok);
    if (failed)
      return [notMeasured(NAME, '×', target, `${failed[0]}: ${JSON.stringify(failed[1])}`)];
    const single = regions.map((r) => ({ region: r, s: times[r]!.ok ? times[r]!.seconds : 0 }));
    const slowest = single.reduce((a, b) => (b.s > a.s ? b : a));
    const all = times.all!.ok ? times.all!.seconds : 0;
    const singleRows = regions.reduce((n, r) => n + (expected.get(r) ?? 0), 0);
    if (singleRows !== expected.get('all')) {
      return [
        notMeasured(
          NAME,
          '×',
          target,
          `all regions listed ${expected.get('all')} rows, the regions alone ${singleRows}`,
        ),
      ];
    }
    const value = Math.round((all / slowest.s) * 100) / 100;
    return [
      {
        name: NAME,
        value,
        unit: '×',
        pagescope: Math.round(all * 100) / 100,
        anchor: Math.round(slowest.s * 100) / 100,
        figureUnit: 's',
        target: target.text,
        met: target.holds(value),
        note: `${expected.get('all')} instances in ${regions.length} regions at ${LATENCY_MS} ms/request, median of ${o.runs}; PageScope = all regions, anchor = slowest single region (${slowest.region}); value = all / slowest`,
      },
    ];
  });
