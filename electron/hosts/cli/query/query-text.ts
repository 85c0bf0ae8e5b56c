import { cliValue, nonAggregatePart } from './cli-document';
import { formatText } from './cli-text';
import type { QueryRun } from './query-output';

/**
 * --query with text output, as the AWS CLI's TextFormatter runs it (awscli/formatter.py): on
 * each page's result keys (set to null when the page lacks one; the first page also carries the
 * non-aggregate keys), each result printed as awscli/text.py prints it; then, when MaxItems
 * stopped the listing, the query once more on `{"NextToken": {"NextToken": token}}`.
 */
export const writeQueryText = async (run: QueryRun): Promise<void> => {
  const { resultKeys, nonAggregateKeys = [] } = run.resource;
  let first = true;
  for await (const page of run.pages) {
    const doc = first ? nonAggregatePart(page, nonAggregateKeys) : {};
    first = false;
    for (const key of resultKeys) doc[key] = cliValue(page[key]);
    await run.write(formatText(run.query.search(doc)));
  }
  const token = run.resumeToken();
  if (token) await run.write(formatText(run.query.search({ NextToken: { NextToken: token } })));
};
