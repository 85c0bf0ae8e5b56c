import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { anchorVersions } from './anchors/anchor-presence';
import { benchOptions } from './bench-options';
import { useDemoCredentials } from './engine-listing';
import { describeMachine } from './machine';
import type { Measure } from './measure';
import { benchSteps, soakSteps } from './steps';
import { formatTable } from './table';

/**
 * `npm run bench [-- --json] [-- --soak] [-- --quick] [-- --only step,step]`: starts the local
 * endpoint in its own process and measures PageScope beside its anchors. The table (or, with
 * --json, exactly one JSON object) goes to stdout; progress goes to stderr. --quick shrinks the
 * sizes and runs for development; the figures it prints are not the bench's.
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

const main = async () => {
  const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
  const options = benchOptions(values.quick, log);
  useDemoCredentials();
  const versions = await anchorVersions();
  const all = { ...benchSteps, ...soakSteps };
  const chosen = values.only?.split(',') ?? Object.keys(values.soak ? soakSteps : benchSteps);
  const measures: Measure[] = [];
  try {
    for (const name of chosen) {
      const step = all[name];
      if (!step) throw new Error(`unknown step ${name}; one of ${Object.keys(all).join(', ')}`);
      try {
        measures.push(...(await step.run(options, versions)));
      } catch (error) {
        // One broken measure must not hide the others: each of its rows says what went wrong.
        const why = `failed: ${error instanceof Error ? error.message : String(error)}`;
        log(`${name} ${why}`);
        measures.push(
          ...step.measures.map(([m, unit]) => ({
            name: m,
            value: null,
            unit,
            pagescope: null,
            anchor: null,
            figureUnit: unit,
            target: '',
            met: null,
            note: why,
          })),
        );
      }
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
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
