import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { anchorVersions } from './anchors/anchor-presence';
import { benchOptions, type BenchOptions } from './bench-options';
import { ec2AllRegions } from './ec2-all-regions';
import { useDemoCredentials } from './engine-listing';
import { firstRow } from './first-row';
import { hostLag } from './host-lag';
import { listCsv } from './list-csv';
import { describeMachine } from './machine';
import type { Measure } from './measure';
import { formatTable } from './table';

/**
 * `npm run bench [-- --json] [-- --soak] [-- --quick] [-- --only a,b]`: starts the local endpoint
 * in its own process and measures PageScope beside its anchors. The table (or, with --json, one
 * JSON object) goes to stdout; progress goes to stderr.
 */
const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    soak: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
  strict: true,
});

type Step = (
  o: BenchOptions,
  versions: Awaited<ReturnType<typeof anchorVersions>>,
) => Promise<Measure[]>;

const steps: Record<string, Step> = {
  'list-csv': listCsv,
  'ec2-all-regions': ec2AllRegions,
  'first-row': firstRow,
  'host-lag': hostLag,
};

const main = async () => {
  const options = benchOptions(values.quick, (line) => process.stderr.write(`bench: ${line}\n`));
  useDemoCredentials();
  const versions = await anchorVersions();
  const chosen = values.only?.split(',') ?? Object.keys(steps);
  const measures: Measure[] = [];
  try {
    for (const name of chosen) {
      const step = steps[name];
      if (!step)
        throw new Error(`unknown measure ${name}; one of ${Object.keys(steps).join(', ')}`);
      measures.push(...(await step(options, versions)));
    }
  } finally {
    rmSync(options.workDir, { recursive: true, force: true });
  }
  const out = values.json
    ? `${JSON.stringify({ measures })}\n`
    : formatTable(measures, describeMachine(versions));
  process.stdout.write(out);
};

main().catch((error: unknown) => {
  process.stderr.write(
    `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
