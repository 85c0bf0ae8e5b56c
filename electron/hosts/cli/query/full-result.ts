import type { RawPage } from '../../../engine/resources/resource';
import { UsageError } from '../usage-error';
import { cliValue, nonAggregatePart, type SizeMeter } from './cli-document';
import type { RootFields } from './root-fields';

export interface FullResultOptions {
  /** The paginator's result keys (botocore's result_key), merged across pages. */
  resultKeys: readonly string[];
  /** Keys botocore takes from the first page as they are (non_aggregate_keys). */
  nonAggregateKeys: readonly string[];
  /** The result keys the query can read; the others are not kept. */
  keep: RootFields;
  /** Estimated bytes the kept values may hold before the listing stops with an error. */
  limitBytes: number;
}

const GIB = 1024 ** 3;

const tooLarge = (limitBytes: number): UsageError =>
  new UsageError(
    `--query needs the merged result of every page in memory, and it grew past the ${
      limitBytes >= GIB
        ? `${(limitBytes / GIB).toFixed(1)} GB`
        : `${Math.round(limitBytes / 2 ** 20)} MB`
    } it may use. Use --output text (the query runs on each page), --filter (item by item), a ` +
      'query that streams (a projection or filter over the result key, or length() of one), ' +
      'or a smaller listing (--prefix, --max-items).',
  );

/**
 * The AWS CLI's document for --query with json output: botocore's
 * PageIterator.build_full_result(). Each result key's lists are concatenated across pages
 * (a page without it is skipped, so a key no page had stays absent), every other key of the pages
 * is dropped except the non-aggregate keys of the first page (present, as null, even when
 * missing), and MaxItems' resume token goes in as `NextToken`.
 */
export class FullResult {
  private readonly doc: Record<string, unknown> = {};
  private firstPage: Record<string, unknown> | null = null;
  private readonly meter: SizeMeter = { bytes: 0 };

  constructor(private readonly o: FullResultOptions) {}

  add(page: RawPage): void {
    this.firstPage ??= nonAggregatePart(page, this.o.nonAggregateKeys);
    for (const key of this.o.resultKeys) {
      if (page[key] === null || page[key] === undefined) continue;
      if (this.o.keep !== 'all' && !this.o.keep.has(key)) continue;
      this.merge(key, cliValue(page[key], this.meter));
      if (this.meter.bytes > this.o.limitBytes) throw tooLarge(this.o.limitBytes);
    }
  }

  result(resumeToken: string | null): Record<string, unknown> {
    Object.assign(this.doc, this.firstPage);
    if (resumeToken !== null) this.doc.NextToken = resumeToken;
    return this.doc;
  }

  private merge(key: string, value: unknown): void {
    const existing = this.doc[key];
    if (existing === undefined || existing === null) this.doc[key] = value;
    else if (Array.isArray(existing) && Array.isArray(value))
      for (const v of value) existing.push(v);
    else if (typeof existing === typeof value && typeof value !== 'object') {
      // A number or string result key is summed or concatenated, as botocore does.
      this.doc[key] = (existing as number) + (value as number);
    }
  }
}
