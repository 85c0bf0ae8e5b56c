import type { ResourceInfo } from '../../../shared/contract';
import type { ResourceDescriptor } from './resource';

/**
 * The paginator model CloudWatch Logs' Describe* and FilterLogEvents share (botocore: input and
 * output token nextToken, limit_key limit), and the catalog fields of its resources.
 */
export const logsPaging = (resultKeys: readonly string[], maxPageSize: number) =>
  ({
    service: 'logs',
    inputTokens: ['nextToken'],
    outputTokens: ['nextToken'],
    limitKey: 'limit',
    resultKeys,
    moreResultsKey: null,
    defaultPageSize: maxPageSize,
    minPageSize: 1,
  }) satisfies Partial<ResourceDescriptor>;

export const logsInfo = {
  service: 'logs',
  serviceTitle: 'Amazon CloudWatch Logs',
  regional: true,
  global: false,
  folders: false,
  alternate: null,
  listsRegions: false,
} satisfies Partial<ResourceInfo>;

let minute = NaN;
let minutePrefix = '';

const digits = (count: number, width: number): readonly string[] =>
  Array.from({ length: count }, (_, n) => String(n).padStart(width, '0'));
// A time's seconds and its milliseconds with the zone, looked up rather than formatted: two
// small strings made and padded per time were most of the cost of a logs row's cells.
const SECONDS = digits(60, 2);
const MILLIS = digits(1000, 3).map((ms) => `.${ms}Z`);

/**
 * CloudWatch Logs' times are milliseconds since the epoch; cells show them as ISO 8601 UTC.
 * Events come in time order, so the text up to the minute is kept from the last one: a listing
 * of a million events formats two dates a row.
 */
export const epochMs = (value: unknown): string | null => {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) return null;
  const at = Math.floor(value / 60_000);
  if (at !== minute) {
    const iso = new Date(value).toISOString();
    // Years outside 0000-9999 are written with a sign and six digits: not kept.
    if (iso.length !== 24) return iso;
    minute = at;
    minutePrefix = iso.slice(0, 17);
    return iso;
  }
  const rest = value - at * 60_000;
  return minutePrefix + SECONDS[Math.floor(rest / 1000)]! + MILLIS[rest % 1000]!;
};
