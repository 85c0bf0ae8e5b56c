import { cliTimestamp } from '../../../engine/filter/cli-timestamp';

/** Estimated bytes a document's values hold in memory, summed while they are converted. */
export interface SizeMeter {
  bytes: number;
}

// Rough V8 sizes: a string's header plus two bytes a character (its worst case), a boxed number,
// an array's header and slots, an object's header and a slot per property. An estimate on the
// safe side is all the bound on the merged result needs.
const STRING = 24;
const SCALAR = 8;
const CONTAINER = 32;
const SLOT = 8;
const PROPERTY = 24;

/**
 * A value of an SDK response as the AWS CLI's --query sees it: timestamps already turned into
 * the CLI's strings (the CLI does that while parsing, before the query runs, so
 * `LastModified >= '2024-01-01'` compares strings), members the response did not carry
 * (undefined) and the SDK's `$metadata` left out, as botocore's parsed dict has neither.
 */
export const cliValue = (value: unknown, meter?: SizeMeter): unknown => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    if (meter) meter.bytes += STRING + 2 * value.length;
    return value;
  }
  if (typeof value !== 'object') {
    if (meter) meter.bytes += SCALAR;
    return value;
  }
  if (value instanceof Date) return cliValue(cliTimestamp(value), meter);
  // A blob (DynamoDB's B) is printed in base64, as the AWS CLI prints bytes.
  if (value instanceof Uint8Array) return cliValue(Buffer.from(value).toString('base64'), meter);
  if (Array.isArray(value)) {
    if (meter) meter.bytes += CONTAINER + SLOT * value.length;
    return value.map((v) => cliValue(v, meter));
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const member = (value as Record<string, unknown>)[key];
    if (member === undefined || key === '$metadata') continue;
    if (meter) meter.bytes += PROPERTY;
    out[key] = cliValue(member, meter);
  }
  if (meter) meter.bytes += CONTAINER;
  return out;
};

/**
 * The keys botocore copies from the first page into the result (non_aggregate_keys), each set
 * even when the page lacks it (then null), as set_value_from_jmespath does.
 */
export const nonAggregatePart = (
  page: Record<string, unknown>,
  keys: readonly string[],
): Record<string, unknown> => Object.fromEntries(keys.map((key) => [key, cliValue(page[key])]));
