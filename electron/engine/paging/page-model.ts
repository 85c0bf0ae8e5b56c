import { ApiFailure } from '../../../shared/contract';
import type { RawPage, ResourceDescriptor } from '../resources/resource';
import type { TokenValues } from './resume-token';

/**
 * Where a page is fetched from: the input tokens that fetch it (null for the first page) and,
 * when a botocore token stopped inside it, how many primary results were already returned.
 */
export interface PageAt {
  tokens: TokenValues | null;
  trunc: number | null;
}

export const FIRST_PAGE: PageAt = { tokens: null, trunc: null };

export const primaryOf = (page: RawPage, resource: ResourceDescriptor): unknown[] => {
  const value = page[resource.resultKeys[0]!];
  return Array.isArray(value) ? value : [];
};

/**
 * Apply a starting truncation as botocore does: drop what was already returned from the primary
 * result key, and empty the secondary keys, which were returned whole with the truncated page.
 */
export const leftTruncate = (page: RawPage, resource: ResourceDescriptor, amount: number): void => {
  const [primary, ...secondary] = resource.resultKeys;
  page[primary!] = primaryOf(page, resource).slice(amount);
  for (const key of secondary) if (key in page) page[key] = [];
};

export const rightTruncate = (page: RawPage, resource: ResourceDescriptor, keep: number): void => {
  page[resource.resultKeys[0]!] = primaryOf(page, resource).slice(0, keep);
};

/** The next page's input tokens, or null when the listing is complete. */
export const nextTokens = (page: RawPage, resource: ResourceDescriptor): TokenValues | null => {
  if (resource.inputTokens.length === 0) return null;
  if (resource.moreResultsKey && page[resource.moreResultsKey] !== true) return null;
  const tokens: TokenValues = {};
  let any = false;
  resource.inputTokens.forEach((name, i) => {
    const value = page[resource.outputTokens[i]!];
    tokens[name] = typeof value === 'string' ? value : null;
    any ||= typeof value === 'string';
  });
  return any ? tokens : null;
};

/** Input tokens for the first page, written out as botocore does ({"ContinuationToken": null}). */
export const nullTokens = (resource: ResourceDescriptor): TokenValues =>
  Object.fromEntries(resource.inputTokens.map((name) => [name, null]));

export const sameTokens = (a: TokenValues | null, b: TokenValues | null): boolean =>
  a !== null && b !== null && Object.keys(a).every((k) => a[k] === b[k]);

// botocore raises PaginationError here instead of looping forever on a buggy service.
export const repeatedToken = (tokens: TokenValues): ApiFailure =>
  ApiFailure.of(
    'SERVICE_ERROR',
    `The same next token was received twice: ${JSON.stringify(tokens)}`,
  );
