import { isWholeLogEventsListing, logEventsCsv } from '../../engine/log-events-csv/log-events-csv';
import { listRows } from '../../engine/paging/list-rows';
import { SLICES_AT_ONCE } from '../../engine/paging/time-sliced/log-events-source';
import { isTerminal, writeOut, writeReleased, type CliIo } from './cli-io';
import { filterWarningLines } from './filter-warning-lines';
import { runQueryListing } from './query/query-listing';
import { DEFAULT_PARALLEL, parseViewArgs, partitionsOf } from './options';
import { createRowWriter, outputFormats } from './row-writers';
import { overridesOf, viewSpecFromArgs } from './view-spec-from-args';
import { regionExit } from './region-exit';
import { UsageError } from './usage-error';
import { sortListing } from '../../engine/sort/sort-listing';
import { tapRegionErrors } from '../../engine/export/region-errors';
import { resourceInfos } from '../../engine/resources/registry';
import { paramFlag } from '../../../shared/contract';

/** One line per resource of the catalog: its kind, then its parameters' options. */
const resourceParamLines = (): string => {
  const infos = resourceInfos();
  const width = Math.max(...infos.map((info) => info.kind.length));
  return infos
    .map((info) => {
      const params = info.params.map((p) => {
        const option = `${paramFlag(p.name)} ${p.name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
        return p.required ? option : `[${option}]`;
      });
      return `  ${info.kind.padEnd(width)}  ${params.join(' ')}`.trimEnd();
    })
    .join('\n');
};

/**
 * Rows --sort-by keeps in memory (about 40 MB of S3 rows); a longer listing is sorted in runs
 * of this many on disk and merged.
 */
const SORT_MEMORY_ROWS = 100_000;

export const listUsage = `Usage: pagescope list RESOURCE [--profile P] [--region R | --all-regions]
       [--endpoint-url URL] [the resource's parameters (below)]
       [--filter EXPR | --query EXPR] [--column EXPR]... [--page-size N] [--max-items N]
       [--starting-token T] [--parallel N] [--output ${outputFormats.join('|')}]
       [--no-formula-guard]

  --filter EXPR  JMESPath over the items (a bare predicate means [?EXPR]); rows as usual
  --query EXPR   JMESPath as the AWS CLI's --query, printed as the CLI prints it:
                 json, jsonl, csv: over the merged result of all pages (the result keys' lists
                   joined, e.g. Contents; NextToken when --max-items stops); jsonl writes a
                   list's elements one a line, csv a list of objects (header: the first's
                   keys), of lists or of scalars
                 text: on each page (and on {"NextToken": {"NextToken": T}} when --max-items
                   stops), as the CLI does
                 --all-regions: every region's pages as one listing, in region name order
                 Maps and filters of a result key (Contents[?Size > \`9\`].Key) and length()
                 of one run page by page; other queries keep the result keys they read, up
                 to 1 GB (beyond: use --output text or --filter)
  --sort-by COL  every row in the order of one column (as the app's grid sorts: numbers by
                 value, text in natural order, empty cells last); --descending reverses it.
                 Past 100,000 rows it sorts in runs on disk and merges them
  --column EXPR  one more column (repeatable): JMESPath over each item (VpcId,
                 Placement.Tenancy) or tag:KEY for a tag's value; named path:EXPR or tag:KEY
  --parallel N   a flat s3-objects listing (no --delimiter, no --query) as N key ranges at
                 once (1-64), logs-events as up to ${SLICES_AT_ONCE} time slices at once, rows still in
                 the service's order; its NextToken resumes in PageScope only. Default:
                 ${DEFAULT_PARALLEL} for a whole listing, none with --max-items (so its NextToken
                 also resumes in the AWS CLI and boto3)
  --no-formula-guard  --output csv (with or without --query): keep text starting with = + - @ tab or CR as is (by
                 default such cells, header cells included, get a leading ' so that a
                 spreadsheet shows them rather than running them)
  On a terminal, control characters in values and messages are shown escaped (\\r,
  \\x1b); piped or redirected output is written byte for byte.
  Rows stream to stdout (default --output jsonl); when --max-items stops the listing,
  "NextToken: TOKEN" goes to stderr (pass it back with --starting-token).

Resources and their parameters (named as the AWS CLI names them):
${resourceParamLines()}
`;

/** `pagescope list`: stream every row of a view to stdout. Returns the exit code. */
export const listCommand = async (argv: string[], io: CliIo): Promise<number> => {
  const parsed = parseViewArgs(argv, {
    output: { type: 'string', short: 'o' },
    'sort-by': { type: 'string' },
    descending: { type: 'boolean' },
    'no-formula-guard': { type: 'boolean' },
  });
  if (parsed.help) {
    await writeOut(io.stdout, listUsage);
    return 0;
  }
  const format = (parsed.values.output as string | undefined) ?? 'jsonl';
  const formulaGuard = parsed.values['no-formula-guard'] !== true;
  const writer = createRowWriter(format, { terminal: isTerminal(io.stdout), formulaGuard });
  const args = parsed.view;
  const spec = await viewSpecFromArgs(args, io);
  await writeOut(io.stderr, filterWarningLines(spec));
  const overrides = overridesOf(args, spec);
  const sortBy = parsed.values['sort-by'] as string | undefined;
  if (sortBy !== undefined && args.filter?.mode === 'page') {
    throw new UsageError('--sort-by sorts rows: use it with --filter, not --query (sort_by()).');
  }
  if (parsed.values.descending === true && sortBy === undefined) {
    throw new UsageError('--descending goes with --sort-by COLUMN.');
  }
  if (args.filter?.mode === 'page') {
    const outcome = await runQueryListing(spec, format, io, overrides, formulaGuard);
    if (outcome.resumeToken) await writeOut(io.stderr, `NextToken: ${outcome.resumeToken}\n`);
    return regionExit(outcome.skippedRegions);
  }
  if (format === 'csv' && !isTerminal(io.stdout) && !sortBy && isWholeLogEventsListing(spec)) {
    const csv = logEventsCsv(spec, {
      signal: io.signal,
      overrides,
      parallel: partitionsOf(args).parallel ?? 1,
      formulaGuard,
    });
    for await (const bytes of csv) await writeReleased(io.stdout, bytes);
    return 0;
  }
  const failedRegions: string[] = [];
  let resumeToken: string | null = null;
  const listed = tapRegionErrors(
    listRows(spec, { signal: io.signal, overrides, ...partitionsOf(args) }),
    async ({ region, error }) => {
      failedRegions.push(error.code);
      await writeOut(io.stderr, `pagescope: region ${region} skipped: ${error.message}\n`);
    },
  );
  const tokens = async function* () {
    for await (const batch of listed) {
      resumeToken = batch.resumeToken;
      yield batch;
    }
  };
  const rows = sortBy
    ? sortListing(tokens(), {
        column: sortBy,
        descending: parsed.values.descending === true,
        memoryRows: SORT_MEMORY_ROWS,
      })
    : tokens();
  for await (const batch of rows) {
    await writeOut(io.stdout, writer.write(batch.columns, batch.rows));
  }
  await writeOut(io.stdout, writer.end());
  if (resumeToken) await writeOut(io.stderr, `NextToken: ${resumeToken}\n`);
  return regionExit(failedRegions);
};
