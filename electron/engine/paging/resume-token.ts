import { ApiFailure } from '../../../shared/contract';

/** Values of a listing's input tokens by name (ContinuationToken, KeyMarker, NextToken...). */
export type TokenValues = Record<string, string | null>;

/** A position as botocore writes it: the page's input tokens plus how much of it was returned. */
export interface BotoToken {
  tokens: TokenValues;
  /** boto_truncate_amount: items of the primary result key already returned from that page. */
  truncateAmount: number | null;
}

const TRUNCATE_KEY = 'boto_truncate_amount';

// Python's json.dumps escapes everything outside printable ASCII (ensure_ascii=True), and the
// AWS CLI hands that text to base64; matching it byte for byte keeps tokens interchangeable.
const pythonJson = (value: string | number | null): string =>
  JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** Encode like botocore's TokenEncoder: base64 of json.dumps with ", " and ": " separators. */
export const encodeBotoToken = (token: BotoToken): string => {
  const entries: Array<[string, string | number | null]> = Object.entries(token.tokens);
  if (token.truncateAmount !== null) entries.push([TRUNCATE_KEY, token.truncateAmount]);
  const json = `{${entries.map(([k, v]) => `${pythonJson(k)}: ${pythonJson(v)}`).join(', ')}}`;
  return Buffer.from(json, 'utf8').toString('base64');
};

export const badToken = (why: string): ApiFailure =>
  ApiFailure.of('BAD_TOKEN', `The starting token is not valid: ${why}.`);

const parseJsonObject = (token: string): Record<string, unknown> => {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(token)) throw badToken('it is not base64');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8'));
  } catch {
    throw badToken('it does not decode to JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw badToken('it does not decode to an object');
  }
  return parsed as Record<string, unknown>;
};

/**
 * Decode a botocore/AWS CLI NextToken for a listing whose input tokens are `inputTokens`.
 * Keys other than those (and boto_truncate_amount) mean the token belongs to another listing.
 */
export const decodeBotoToken = (token: string, inputTokens: readonly string[]): BotoToken =>
  botoTokenOf(parseJsonObject(token), inputTokens);

/**
 * The position a NextToken's decoded JSON object holds (see decodeBotoToken). As botocore's
 * _inject_token_into_kwargs, an input token that is missing, null or "None" is not sent, so the
 * listing starts at its first page.
 */
export const botoTokenOf = (
  object: Record<string, unknown>,
  inputTokens: readonly string[],
): BotoToken => {
  if ('boto_encoded_keys' in object) throw badToken('binary token values are not supported');
  for (const key of Object.keys(object)) {
    if (key !== TRUNCATE_KEY && !inputTokens.includes(key)) {
      throw badToken(`it holds ${key}, but this listing expects ${inputTokens.join(', ')}`);
    }
  }
  const tokens: TokenValues = {};
  for (const name of inputTokens) {
    const value = object[name] ?? null;
    if (value !== null && typeof value !== 'string') throw badToken(`${name} is not a string`);
    tokens[name] = value === 'None' ? null : value;
  }
  const amount = object[TRUNCATE_KEY];
  if (amount === undefined) return { tokens, truncateAmount: null };
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0) {
    throw badToken('boto_truncate_amount is not a non-negative integer');
  }
  return { tokens, truncateAmount: amount };
};
