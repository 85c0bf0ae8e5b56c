import type { Cell, Column, ResourceInfo, ViewParams } from '../../../shared/contract';
import type { ServerFilterModel } from '../filter/server-filters';
import type { ServiceName } from '../aws/service-sdks';

/** A raw SDK response page, as the JMESPath filter and the paginator model see it. */
export type RawPage = Record<string, unknown>;

/** An item of a listing (an S3 object, an instance), normalised to JSON (dates as ISO strings). */
export type Item = Record<string, unknown>;

export type { ServiceName };

/** One cell of the resource's default columns, read from an item. */
export interface ColumnDef extends Column {
  get(item: Item): Cell;
}

/**
 * Everything every layer needs of one resource kind, declared once: what the renderer learns
 * (`info`: titles, where it sits in the sidebar, the AWS CLI's words, the IAM action, how rows
 * open), and what the engine lists it by. The paginator fields mirror botocore's paginator model
 * (input_token, output_token, limit_key, result_key, more_results) so resume tokens match the
 * AWS CLI's; see shared/reference/botocore-tokens.md. C and I are the SDK client and the
 * command's input, so `send` keeps the SDK's types; the registry holds descriptors erased to
 * `ResourceDescriptor` (any client, any input object).
 */
export interface ResourceDescriptor<C = unknown, I extends object = object> {
  info: Omit<ResourceInfo, 'columns'>;
  service: ServiceName;
  /** The operation, as error messages name it: "s3:ListObjectsV2". */
  operation: string;
  inputTokens: readonly string[];
  /** Parallel to inputTokens. */
  outputTokens: readonly string[];
  limitKey: string | null;
  /** The first is the primary key: only it counts toward MaxItems, as in botocore. */
  resultKeys: readonly string[];
  /**
   * Result keys whose value is a number, not a list (DynamoDB's Count, ScannedCount): botocore's
   * build_full_result sums them across pages. None when absent.
   */
  summedResultKeys?: readonly string[];
  /**
   * Keys botocore copies from the first page into a merged result (non_aggregate_keys), which
   * the AWS CLI's --query sees beside the result keys. None when absent.
   */
  nonAggregateKeys?: readonly string[];
  moreResultsKey: string | null;
  /**
   * The field by which the service orders the primary results, when it promises an order (S3
   * lists keys in order): each page must go on from the last (paging/key-advance.ts). Strict
   * when no two results share it.
   */
  orderedBy?: { field: string; strict: boolean };
  defaultPageSize: number;
  /**
   * Without a page size asked for, send no limit key, as the AWS CLI does: DynamoDB's Scan then
   * ends a page at 1 MB only, so both tools' pages, and so their tokens' truncation amounts,
   * count from the same items.
   */
  omitDefaultPageSize?: boolean;
  minPageSize: number;
  columns: readonly ColumnDef[];
  /**
   * Fields every item has, by which a filter's result is known to be an item rather than a value
   * it selected, when the key column is computed rather than a field (a record set's Name and
   * Type). The key column's id when absent.
   */
  itemFields?: readonly string[];
  /**
   * What a summary groups by when not told: column ids, `month` (of the date column) and
   * `folder` (of the key). An all-regions summary adds Region.
   */
  summaryBy: readonly string[];
  /**
   * The item field the operation's Prefix input narrows (S3's Key): an item filter that implies
   * a prefix of it (`starts_with(Key, 'logs/')`) lists only that prefix. None when absent.
   */
  prefixField?: string;
  /** Equalities the operation's own filter input can test (EC2's Filter.N), for push-down. */
  serverFilters?: ServerFilterModel;
  /** The operation's fixed input from the view's parameters (Bucket, Prefix, ...). */
  baseInput(params: ViewParams): Partial<I>;
  /** What an error message names as the target: the bucket, or null. */
  target(params: ViewParams): string | null;
  /** Sends one request of the operation; the cursor owns tokens, retries and aborts. */
  send(client: C, input: I, signal: AbortSignal): Promise<object>;
  /** Extra input that narrows a listing to the item with this key (view.item), if any. */
  lookupInput?(key: string): Partial<I>;
  /** The page's items in display order (flattens reservations, turns prefixes into folders). */
  items(page: RawPage): Item[];
}

export const columnInfo = (defs: readonly ColumnDef[]): Column[] =>
  defs.map(({ id, label, type, path }) => (path ? { id, label, type, path } : { id, label, type }));

const valueAt = (item: Item, path: readonly string[]): unknown => {
  let value: unknown = item;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Item)[key];
  }
  return value;
};

/** A column that shows the item's value at `path` as it is (a string, or a number for `num`). */
export const field = (
  column: Column & { path: string[] },
  cell: (value: unknown) => Cell = text,
): ColumnDef => ({ ...column, get: (item) => cell(valueAt(item, column.path)) });

export const text = (value: unknown): string | null =>
  typeof value === 'string' ? value : value === undefined || value === null ? null : String(value);

export const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);

export const bool = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);

/** SDK dates become ISO 8601 UTC strings so filters compare them and cells stay JSON. */
export const iso = (value: unknown): string | null =>
  value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : null;

export const asArray = (value: unknown): Item[] => (Array.isArray(value) ? (value as Item[]) : []);

/** The parameters of every listing inside a bucket (objects, versions). */
export const bucketListingParams: ResourceInfo['params'] = [
  { name: 'bucket', required: true, label: 'Bucket' },
  { name: 'prefix', required: false, label: 'Prefix' },
  { name: 'delimiter', required: false, label: 'Delimiter (/ for folders)' },
];
