import { ApiFailure } from '../../../shared/contract';
import { decodeBotoToken, type BotoToken } from './resume-token';

const KEY = 'pagescope_regions';

/**
 * botocore's format has no room for several regions, so an all-regions resume token is base64
 * of {"pagescope_regions": {region: botocore token, or null when that region is complete}}.
 */
export const encodeRegionsToken = (regions: Record<string, string | null>): string =>
  Buffer.from(JSON.stringify({ [KEY]: regions }), 'utf8').toString('base64');

export const decodeRegionsToken = (
  token: string,
  inputTokens: readonly string[],
): Record<string, BotoToken | null> => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8'));
  } catch {
    parsed = null;
  }
  const regions = (parsed as Record<string, unknown> | null)?.[KEY];
  if (typeof regions !== 'object' || regions === null || Array.isArray(regions)) {
    throw ApiFailure.of('BAD_TOKEN', 'The starting token is not an all-regions token.');
  }
  const out: Record<string, BotoToken | null> = {};
  for (const [region, value] of Object.entries(regions)) {
    if (value !== null && typeof value !== 'string') {
      throw ApiFailure.of('BAD_TOKEN', `The starting token's entry for ${region} is not valid.`);
    }
    out[region] = value === null ? null : decodeBotoToken(value, inputTokens);
  }
  return out;
};
