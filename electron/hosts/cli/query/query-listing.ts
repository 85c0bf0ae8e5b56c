import type { ViewSpec } from '../../../../shared/contract';
import type { ProfileOverrides } from '../../../engine/aws/resolve-profile';
import { listPages, type PageListing } from '../../../engine/paging/list-pages';
import type { RawPage } from '../../../engine/resources/resource';
import { writeOut, type CliIo } from '../cli-io';
import { compileQuery } from './compile-query';
import { writeQueryResult } from './query-result';
import { writeQueryText } from './query-text';
import { createQueryWriter } from './query-writers';

export interface QueryOutcome {
  /** The NextToken when --max-items stopped the listing. */
  resumeToken: string | null;
  /** Codes of the regions an all-regions listing skipped. */
  skippedRegions: string[];
}

/** The pages of a listing; a skipped region goes to stderr as the row listing reports it. */
async function* pagesOf(
  listing: PageListing,
  io: CliIo,
  skipped: string[],
): AsyncGenerator<RawPage> {
  for await (const event of listing.events) {
    if (event.type === 'page') {
      yield event.page;
      continue;
    }
    skipped.push(event.error.code);
    await writeOut(
      io.stderr,
      `pagescope: region ${event.region} skipped: ${event.error.message}\n`,
    );
  }
}

/**
 * `pagescope list --query`: the AWS CLI's --query over the view's raw pages, printed as the CLI
 * prints it (text: page by page; json, jsonl, csv: the merged result's value).
 */
export const runQueryListing = async (
  spec: ViewSpec,
  format: string,
  io: CliIo,
  overrides: ProfileOverrides,
  formulaGuard: boolean,
): Promise<QueryOutcome> => {
  const query = compileQuery(spec.filter!.expression);
  const writer = format === 'text' ? null : createQueryWriter(format, formulaGuard);
  const listing = await listPages(spec, { signal: io.signal, overrides });
  const skipped: string[] = [];
  const run = {
    pages: pagesOf(listing, io, skipped),
    query,
    resource: listing.resource,
    write: (text: string) => writeOut(io.stdout, text),
    resumeToken: listing.resumeToken,
  };
  await (writer ? writeQueryResult(run, writer) : writeQueryText(run));
  return { resumeToken: listing.resumeToken(), skippedRegions: skipped };
};
