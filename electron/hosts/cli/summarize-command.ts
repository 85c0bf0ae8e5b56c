import { SUMMARY_PARALLEL, summarizeView } from '../../engine/summary/summarize-view';
import { writeOut, type CliIo } from './cli-io';
import { filterWarningLines } from './filter-warning-lines';
import { parseViewArgs, positiveInt } from './options';
import { summaryFormats, writeSummary } from './summary-writers';
import { regionExit } from './region-exit';
import { UsageError } from './usage-error';
import { overridesOf, viewSpecFromArgs } from './view-spec-from-args';

export const summarizeUsage = `Usage: pagescope summarize RESOURCE [the options of list]
       [--by F[,F...]] [--top N] [--depth D] [--output ${summaryFormats.join('|')}]

  Counts and sizes of every row of the view (its --filter applied), computed while listing:
  memory grows with the number of groups, not of rows.
  --by F     group by a column (StorageClass, State, Type, AZ, Region, ...), an added
             --column (tag:team), month (of the date column) or folder (of the key);
             default: the resource's own groupings
  --top N    how many of the largest and oldest rows to list (default 10)
  --depth D  the folder level folder groups at, as du --max-depth (default 1)
  --output   text (default), json (the whole summary) or csv (one row per group)
`;

const summarizeOptions = {
  by: { type: 'string', multiple: true },
  top: { type: 'string' },
  depth: { type: 'string' },
  output: { type: 'string', short: 'o' },
} as const;

/** `pagescope summarize`: a view's totals and groups, on the same engine as list. */
export const summarizeCommand = async (argv: string[], io: CliIo): Promise<number> => {
  const parsed = parseViewArgs(argv, summarizeOptions);
  if (parsed.help) {
    await writeOut(io.stdout, summarizeUsage);
    return 0;
  }
  const args = parsed.view;
  if (args.filter?.mode === 'page') {
    throw new UsageError('summarize takes --filter (items), not --query.');
  }
  if (args.maxItems !== undefined || args.startingToken !== undefined) {
    throw new UsageError(
      'summarize covers the whole view: --max-items and --starting-token do not apply.',
    );
  }
  const format = (parsed.values.output as string | undefined) ?? 'text';
  if (!(summaryFormats as readonly string[]).includes(format)) {
    throw new UsageError(
      `--output must be one of ${summaryFormats.join(', ')}, not ${JSON.stringify(format)}.`,
    );
  }
  const by = (parsed.values.by as unknown as string[] | undefined)
    ?.flatMap((b) => b.split(','))
    .map((b) => b.trim())
    .filter((b) => b !== '');
  const spec = await viewSpecFromArgs(args, io);
  await writeOut(io.stderr, filterWarningLines(spec));
  const skipped: string[] = [];
  const summary = await summarizeView(spec, {
    ...(by && by.length > 0 ? { by } : {}),
    top: positiveInt('top', parsed.values.top as string | undefined) ?? 10,
    depth: positiveInt('depth', parsed.values.depth as string | undefined) ?? 1,
    signal: io.signal,
    overrides: overridesOf(args, spec),
    parallel: args.parallel ?? SUMMARY_PARALLEL,
    onRegionError: async ({ region, error }) => {
      skipped.push(error.code);
      await writeOut(io.stderr, `pagescope: region ${region} skipped: ${error.message}\n`);
    },
  });
  await writeOut(io.stdout, writeSummary(format, summary));
  return regionExit(skipped);
};
