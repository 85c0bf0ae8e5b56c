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

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

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
  return `${minutePrefix}${pad(Math.floor(rest / 1000), 2)}.${pad(rest % 1000, 3)}Z`;
};
