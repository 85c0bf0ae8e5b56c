import { resolve } from 'node:path';
import { ApiFailure } from '../../../shared/contract';
import { humanBytes, progressLine } from '../../engine/export/progress-line';
import { runExport } from '../../engine/export/run-export';
import type { Counts } from '../../engine/export/write-export';
import { writeControl, writeOut, type CliIo } from './cli-io';
import { filterWarningLines } from './filter-warning-lines';
import { DEFAULT_PARALLEL, parseViewArgs } from './options';
import { regionExit } from './region-exit';
import { UsageError } from './usage-error';
import { overridesOf, viewSpecFromArgs } from './view-spec-from-args';

export const exportUsage = `Usage: pagescope export RESOURCE --out FILE [the options of list]
       [--tsv] [--bom] [--no-header] [--no-formula-guard]

  Every row of the view goes to FILE, written as FILE.RANDOM.partial (0600) and renamed only
  when complete; a second export to a FILE still being written is refused.
  --tsv               tab-separated instead of comma-separated
  --bom               start with a UTF-8 byte order mark (for Excel)
  --no-header         no header row
  --no-formula-guard  keep text starting with = + - @ as is (by default it gets a leading ')
  --filter keeps the rows it selects. --query exports the rows as the app shows a page-mode view:
  each page's result, a projection's keys as columns (for the AWS CLI's merged result as CSV,
  use pagescope list --query Q --output csv).
  A progress line goes to stderr when stderr is a terminal.
`;

const exportOptions = {
  out: { type: 'string' },
  tsv: { type: 'boolean' },
  bom: { type: 'boolean' },
  'no-header': { type: 'boolean' },
  'no-formula-guard': { type: 'boolean' },
} as const;

type Values = Record<string, string | string[] | boolean | undefined>;

const csvOptionsOf = (v: Values) => ({
  header: v['no-header'] !== true,
  delimiter: v.tsv === true ? ('\t' as const) : (',' as const),
  bom: v.bom === true,
  formulaGuard: v['no-formula-guard'] !== true,
});

/** `pagescope export`: the app's export job on the command line, with the same atomic file. */
export const exportCommand = async (argv: string[], io: CliIo): Promise<number> => {
  const parsed = parseViewArgs(argv, exportOptions);
  if (parsed.help) {
    await writeOut(io.stdout, exportUsage);
    return 0;
  }
  const out = parsed.values.out as string | undefined;
  if (!out) throw new UsageError('Where to? Pass --out FILE.');
  const spec = await viewSpecFromArgs(parsed.view, io);
  await writeOut(io.stderr, filterWarningLines(spec));
  const args = parsed.view;
  const tty = (io.stderr as { isTTY?: boolean }).isTTY === true;
  const outcome = await runExport({
    spec,
    target: resolve(out),
    columns: [],
    scope: { kind: 'all' },
    csv: csvOptionsOf(parsed.values),
    signal: io.signal,
    parallel: args.parallel ?? DEFAULT_PARALLEL,
    overrides: overridesOf(args, spec),
    ...(tty
      ? { onProgress: (counts: Counts) => void writeControl(io.stderr, progressLine(counts)) }
      : {}),
    // On a terminal the progress line is open: end it so the message gets its own line.
    onRegionError: ({ region, error }) =>
      writeOut(
        io.stderr,
        `${tty ? '\n' : ''}pagescope: region ${region} skipped: ${error.message}\n`,
      ),
  });
  if (tty) await writeControl(io.stderr, '\r\x1b[K');
  const { rows, bytes } = outcome.counts;
  if (outcome.status === 'cancelled') {
    await writeOut(io.stderr, `pagescope: export cancelled; ${out} was not written.\n`);
    return 130;
  }
  if (outcome.status === 'failed') {
    await writeOut(
      io.stderr,
      `pagescope: ${rows} rows had been exported; ${out} was not written.\n`,
    );
    throw new ApiFailure(outcome.error);
  }
  await writeOut(io.stderr, `Exported ${rows} rows (${humanBytes(bytes)}) to ${out}\n`);
  return regionExit(outcome.regionErrors.map(({ error }) => error.code));
};
