import type { ApiError } from './api-error';
import type { ViewParamName } from './view-spec';

/** How a cell's value is to be shown; the value itself stays raw (exact bytes, ISO dates). */
export type ColumnType = 'text' | 'number' | 'bytes' | 'date' | 'state' | 'tags' | 'bool';

export interface Column {
  id: string;
  label: string;
  type: ColumnType;
  /**
   * Where the cell sits in the listing's item (`['State', 'Name']`) when the cell is that value
   * unchanged. The renderer rebuilds items from such cells to filter loaded rows with the
   * engine's semantics; a column without a path (a tag, a derived value) cannot be filtered so.
   */
  path?: string[];
}

/** Rows cross the boundary as compact arrays of cells in column order, never as SDK objects. */
export type Cell = string | number | boolean | null;
export type Row = Cell[];

export interface RegionError {
  region: string;
  error: ApiError;
}

/**
 * What of an item filter the service does itself: a key prefix the filter implies, and the
 * service's own filters (EC2's Filter.N). The filter still runs on every item.
 */
export interface PushedDown {
  /** The Prefix sent instead of the view's own, or null. */
  prefix: string | null;
  /** The service's filters, as the AWS CLI's `--filters Name=...,Values=...` writes them. */
  filters: { name: string; values: string[] }[];
}

export interface PageResult {
  columns: Column[];
  rows: Row[];
  /** Items examined to produce this batch (more than rows.length when a filter is on). */
  scanned: number;
  /** SDK pages fetched for this batch. */
  pages: number;
  /** Opaque position to pass back for the next batch; null when the listing is complete. */
  nextCursor: string | null;
  /** botocore-format NextToken when MaxItems stopped the listing, for "Continue" and the CLI. */
  resumeToken: string | null;
  /** Regions that failed in an all-regions view; the others are still listed. */
  regionErrors: RegionError[];
  /** What of the view's filter the service did itself; null when nothing. */
  pushedDown: PushedDown | null;
}

export interface ParamInfo {
  name: ViewParamName;
  required: boolean;
  label: string;
  /**
   * The AWS CLI's option for it where that is not `--` and the name in kebab case (FilterLogEvents
   * takes a list of streams: --log-stream-names).
   */
  awsFlag?: string;
}

/** How a row of one resource opens a view of another: a bucket's row opens its objects. */
export interface ChildView {
  kind: string;
  /** The child's parameter the row fills in ... */
  param: ParamInfo['name'];
  /** ... from this column of the row. */
  column: string;
  /**
   * The child also keeps the parameters of the view the row is in, those it declares: a log
   * stream's row opens its events, which need the stream's group too.
   */
  keepParams?: boolean;
}

/**
 * Everything the renderer knows of a resource kind, from the engine's catalog
 * (electron/engine/resources): the renderer names no resource or AWS operation itself.
 */
export interface ResourceInfo {
  kind: string;
  title: string;
  service: string;
  /** The service as the sidebar heads its group: 'Amazon S3'. */
  serviceTitle: string;
  /** The sidebar entry's accessible name; null for resources opened from another's rows. */
  sidebarLabel: string | null;
  /** Regional resources can be listed in one region or in all of them. */
  regional: boolean;
  /**
   * A global service's resource (IAM, Route 53): one endpoint answers for every region, so the
   * view has no region to choose.
   */
  global: boolean;
  params: ParamInfo[];
  columns: Column[];
  /** Column id that names a row (Key, InstanceId, ...), used for details and selection. */
  keyColumn: string;
  filterExamples: string[];
  /** The API operation that lists it: 'ListObjectsV2'. */
  operation: string;
  /** The IAM action an AccessDenied of that operation names: 's3:ListBucket'. */
  iamAction: string;
  /**
   * The AWS CLI's words for the operation, after `aws`: ['s3api', 'list-objects-v2'], then any
   * options that fix the listing's input as the engine sends it (IAM's `--scope Local`;
   * `--owners self`, without which describe-images lists every public image too).
   */
  cli: [string, string, ...string[]];
  /** JMESPath from a raw page to the items, as the AWS CLI's --query sees a page. */
  itemsPath: string;
  /** What a row opens; null when rows open the details panel. */
  child: ChildView | null;
  /** The resource whose rows open this one (s3-objects: s3-buckets); null at the top. */
  parent: string | null;
  /** Listed by folder (S3's CommonPrefixes): folder rows open themselves. */
  folders: boolean;
  /**
   * The other listing of the same place, behind a toggle button (objects and their versions):
   * its label, and whether this resource is the toggle's pressed side.
   */
  alternate: { kind: string; label: string; pressed: boolean } | null;
  /** The listing of the account's regions, which an all-regions AWS CLI loop asks first. */
  listsRegions: boolean;
}
