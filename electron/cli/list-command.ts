import { ALL_REGIONS } from '../../shared/contract';
import { withMfaPrompter } from '../aws/mfa-prompts';
import { listRows } from '../paging/list-rows';
import { writeOut, type CliIo } from './cli-io';
import { filterWarningLines } from './filter-warning-lines';
import { askMfaOnTerminal } from './mfa-terminal';
import { runQueryListing } from './query/query-listing';
import { DEFAULT_PARALLEL, parseViewArgs, partitionsOf } from './options';
import { createRowWriter, outputFormats } from './row-writers';
import { viewSpecFromArgs } from './view-spec-from-args';

export const listUsage = `Usage: pagescope list RESOURCE [--profile P] [--region R | --all-regions]
       [--endpoint-url URL] [--bucket B] [--prefix X] [--delimiter D]
       [--filter EXPR | --query EXPR] [--page-size N] [--max-items N]
       [--starting-token T] [--parallel N] [--output ${outputFormats.join('|')}]

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
  --parallel N   a flat s3-objects listing (no --delimiter, no --query) as N key ranges at
                 once (1-64), rows still in S3's key order; its NextToken resumes in PageScope
                 only. Default: ${DEFAULT_PARALLEL} for a whole listing, none with --max-items (so
                 its NextToken also resumes in the AWS CLI and boto3)
  Rows stream to stdout (default --output jsonl); when --max-items stops the listing,
  "NextToken: TOKEN" goes to stderr (pass it back with --starting-token).
`;

/** Exit code of a run whose only failures were regions that are not enabled: 0. */
const regionExit = (codes: string[]): number =>
  codes.every((c) => c === 'REGION_NOT_ENABLED') ? 0 : 1;

/** `pagescope list`: stream every row of a view to stdout. Returns the exit code. */
export const listCommand = async (argv: string[], io: CliIo): Promise<number> => {
  const parsed = parseViewArgs(argv, { output: { type: 'string', short: 'o' } });
  if (parsed.help) {
    await writeOut(io.stdout, listUsage);
    return 0;
  }
  const format = (parsed.values.output as string | undefined) ?? 'jsonl';
  const writer = createRowWriter(format);
  const args = parsed.view;
  const spec = await viewSpecFromArgs(args, io);
  await writeOut(io.stderr, filterWarningLines(spec));
  const overrides = {
    ...(args.endpointUrl ? { endpointUrl: args.endpointUrl } : {}),
    ...(spec.region !== ALL_REGIONS ? { region: spec.region } : {}),
  };
  if (args.filter?.mode === 'page') {
    const outcome = await withMfaPrompter(askMfaOnTerminal(io), () =>
      runQueryListing(spec, format, io, overrides),
    );
    if (outcome.resumeToken) await writeOut(io.stderr, `NextToken: ${outcome.resumeToken}\n`);
    return regionExit(outcome.skippedRegions);
  }
  const failedRegions: string[] = [];
  let resumeToken: string | null = null;
  await withMfaPrompter(askMfaOnTerminal(io), async () => {
    const rows = listRows(spec, {
      signal: io.signal,
      overrides,
      ...partitionsOf(args),
    });
    for await (const batch of rows) {
      await writeOut(io.stdout, writer.write(batch.columns, batch.rows));
      for (const { region, error } of batch.regionErrors) {
        failedRegions.push(error.code);
        await writeOut(io.stderr, `pagescope: region ${region} skipped: ${error.message}\n`);
      }
      resumeToken = batch.resumeToken;
    }
  });
  await writeOut(io.stdout, writer.end());
  if (resumeToken) await writeOut(io.stderr, `NextToken: ${resumeToken}\n`);
  return regionExit(failedRegions);
};
