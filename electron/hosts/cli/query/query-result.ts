import { getHeapStatistics } from 'node:v8';
import { cliValue } from './cli-document';
import { FullResult } from './full-result';
import { writeValue, type QueryRun } from './query-output';
import type { QueryWriter } from './query-writers';
import { rootFields } from './root-fields';
import { streamPlanOf, type StreamPlan } from './stream-plan';

const GIB = 1024 ** 3;

/** 1 GB of estimated size, or a third of the heap where the heap is smaller than 3 GB. */
export const fullResultLimit = (): number => Math.min(GIB, getHeapStatistics().heap_size_limit / 3);

/** A query that maps or counts the result key's list: one page in memory at a time. */
const streamed = async (run: QueryRun, writer: QueryWriter, plan: StreamPlan): Promise<void> => {
  let seen = false;
  let count = 0;
  for await (const page of run.pages) {
    const list = page[plan.key];
    if (list === null || list === undefined) continue;
    seen = true;
    const result = run.query.search({ [plan.key]: cliValue(list) });
    if (plan.kind === 'count') count += typeof result === 'number' ? result : 0;
    else if (Array.isArray(result)) await run.write(result.map((e) => writer.element(e)).join(''));
  }
  // No page had the key: the merged result lacks it too, and the query says what that gives.
  if (!seen) return writeValue(run, writer, run.query.search({}));
  if (plan.kind === 'count') return writeValue(run, writer, count);
  await run.write(writer.endList());
};

/** Any other query: on the merged result, holding only the result keys it reads. */
const merged = async (run: QueryRun, writer: QueryWriter): Promise<void> => {
  const result = new FullResult({
    resultKeys: run.resource.resultKeys,
    nonAggregateKeys: run.resource.nonAggregateKeys ?? [],
    keep: rootFields(run.query.expression.ast),
    limitBytes: fullResultLimit(),
  });
  for await (const page of run.pages) result.add(page);
  await writeValue(run, writer, run.query.search(result.result(run.resumeToken())));
};

/**
 * --query with json, jsonl or csv output: the expression applied to the merged result of every
 * page, as the AWS CLI's json output applies it to botocore's build_full_result(). Queries that
 * only map or count the result key's list get the same result page by page.
 */
export const writeQueryResult = (run: QueryRun, writer: QueryWriter): Promise<void> => {
  // Only a list result key streams page by page; a summed count needs the merged result.
  const summed = run.resource.summedResultKeys ?? [];
  const lists = run.resource.resultKeys.filter((key) => !summed.includes(key));
  const plan = streamPlanOf(run.query.expression.ast, lists);
  return plan ? streamed(run, writer, plan) : merged(run, writer);
};
