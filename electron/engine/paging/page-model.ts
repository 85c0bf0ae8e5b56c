import { ApiFailure } from '../../../shared/contract';
import type { RawPage, ResourceDescriptor } from '../resources/resource';
import { tokenText, type TokenObject, type TokenValues } from './resume-token';

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

/** What botocore's _handle_first_request puts in place of a secondary result key's value. */
const emptied = (value: unknown): unknown =>
  Array.isArray(value) ? [] : typeof value === 'string' ? '' : typeof value === 'number' ? 0 : null;

/**
 * Apply a starting truncation as botocore does: drop what was already returned from the primary
 * result key, and empty the secondary keys, which were returned whole with the truncated page
 * (a list becomes [], a count such as DynamoDB's ScannedCount 0).
 */
export const leftTruncate = (page: RawPage, resource: ResourceDescriptor, amount: number): void => {
  const [primary, ...secondary] = resource.resultKeys;
  page[primary!] = primaryOf(page, resource).slice(amount);
  for (const key of secondary) if (key in page) page[key] = emptied(page[key]);
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
    // As botocore's `if next_token:`, an empty string or an empty map is no token.
    const map = typeof value === 'object' && value !== null && !Array.isArray(value);
    const present =
      (typeof value === 'string' && value !== '') || (map && Object.keys(value).length > 0);
    tokens[name] = present ? (value as string | TokenObject) : null;
    any ||= present;
  });
  return any ? tokens : null;
};

/** Input tokens for the first page, written out as botocore does ({"ContinuationToken": null}). */
export const nullTokens = (resource: ResourceDescriptor): TokenValues =>
  Object.fromEntries(resource.inputTokens.map((name) => [name, null]));

export const sameTokens = (a: TokenValues | null, b: TokenValues | null): boolean =>
  a !== null && b !== null && tokenText(a) === tokenText(b);

// botocore raises PaginationError here instead of looping forever on a buggy service.
export const repeatedToken = (tokens: TokenValues): ApiFailure =>
  ApiFailure.of('SERVICE_ERROR', `The same next token was received twice: ${tokenText(tokens)}`);
