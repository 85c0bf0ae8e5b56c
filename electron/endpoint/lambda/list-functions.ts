import type { DemoFunction } from '../data/lambda-functions';
import { AwsError } from '../http/aws-error';
import { decodePageToken, encodePageToken } from '../http/page-token';

type Query = ReadonlyArray<readonly [string, string]>;

// "ListFunctions returns a maximum of 50 items in each response, even if you set the number
// higher"; the model bounds MaxItems to 1..10000.
// https://docs.aws.amazon.com/lambda/latest/api/API_ListFunctions.html
const PAGE_MAX = 50;
const MODEL_MAX = 10_000;

const param = (query: Query, name: string): string | null =>
  query.findLast(([key]) => key === name)?.[1] ?? null;

const pageSize = (raw: string | null): number => {
  if (raw === null) return PAGE_MAX;
  const value = /^-?\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= 1 && value <= MODEL_MAX)) {
    throw new AwsError(
      400,
      'ValidationException',
      `1 validation error detected: Value '${raw}' at 'maxItems' failed to satisfy constraint: Member must have value ${value < 1 ? 'greater than or equal to 1' : `less than or equal to ${MODEL_MAX}`}`,
    );
  }
  return Math.min(value, PAGE_MAX);
};

/** ListFunctions: a page of the region's functions, and an opaque NextMarker bound to it. */
export const listFunctions = (
  query: Query,
  region: string,
  functions: readonly DemoFunction[],
): { Functions: DemoFunction[]; NextMarker?: string } => {
  const max = pageSize(param(query, 'MaxItems'));
  const scope = `${region}/lambda/ListFunctions`;
  const marker = param(query, 'Marker');
  const start = marker === null || marker === '' ? 0 : decodePageToken(scope, marker);
  if (start === null) {
    throw new AwsError(400, 'InvalidParameterValueException', `Invalid marker: ${marker}`);
  }
  const end = Math.min(functions.length, start + max);
  const page = functions.slice(start, end);
  return end < functions.length
    ? { Functions: page, NextMarker: encodePageToken(scope, end) }
    : { Functions: page };
};
