import { ApiFailure } from '../../../shared/contract';

/** JSON as a token holds it, with binary values as bytes (DynamoDB's `{"B": ...}`). */
export type TokenJson =
  string | number | boolean | null | Uint8Array | TokenJson[] | { [key: string]: TokenJson };

/** A map-valued input token: DynamoDB's ExclusiveStartKey, a map of attribute values. */
export type TokenObject = { [key: string]: TokenJson };

/** Values of a listing's input tokens by name (ContinuationToken, KeyMarker, NextToken...). */
export type TokenValues = Record<string, string | TokenObject | null>;

/** A position as botocore writes it: the page's input tokens plus how much of it was returned. */
export interface BotoToken {
  tokens: TokenValues;
  /** boto_truncate_amount: items of the primary result key already returned from that page. */
  truncateAmount: number | null;
}

const TRUNCATE_KEY = 'boto_truncate_amount';
const ENCODED_KEY = 'boto_encoded_keys';

type Path = Array<string | number>;

// Python's json.dumps escapes everything outside printable ASCII (ensure_ascii=True), and the
// AWS CLI hands that text to base64; matching it byte for byte keeps tokens interchangeable.
const pythonString = (value: string): string =>
  JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/**
 * json.dumps with its ", " and ": " separators, bytes written as base64 with their paths noted:
 * botocore's TokenEncoder._encode, which runs when json.dumps fails on bytes.
 */
const pythonJson = (value: TokenJson, path: Path, encoded: Path[]): string => {
  if (value instanceof Uint8Array) {
    encoded.push(path);
    return pythonString(Buffer.from(value).toString('base64'));
  }
  if (typeof value === 'string') return pythonString(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    return `[${value.map((v, i) => pythonJson(v, [...path, i], encoded)).join(', ')}]`;
  }
  const members = Object.entries(value).map(
    ([k, v]) => `${pythonString(k)}: ${pythonJson(v, [...path, k], encoded)}`,
  );
  return `{${members.join(', ')}}`;
};

/**
 * Encode like botocore's TokenEncoder: base64 of json.dumps with ", " and ": " separators; bytes
 * (a DynamoDB binary key) in base64, their key paths listed last under boto_encoded_keys.
 */
export const encodeBotoToken = (token: BotoToken): string => {
  const object: TokenObject = { ...token.tokens };
  if (token.truncateAmount !== null) object[TRUNCATE_KEY] = token.truncateAmount;
  const encoded: Path[] = [];
  let json = pythonJson(object, [], encoded);
  if (encoded.length > 0) {
    json = `${json.slice(0, -1)}, ${pythonString(ENCODED_KEY)}: ${pythonJson(encoded, [], [])}}`;
  }
  return Buffer.from(json, 'utf8').toString('base64');
};

/** A canonical text of token values, for comparing them (bytes as base64). */
export const tokenText = (tokens: TokenValues): string => pythonJson(tokens, [], []);

/** botocore's TokenDecoder._decode: the values at boto_encoded_keys' paths become bytes again. */
const decodeEncodedKeys = (object: Record<string, unknown>): void => {
  const paths = object[ENCODED_KEY];
  delete object[ENCODED_KEY];
  if (!Array.isArray(paths)) throw badToken(`${ENCODED_KEY} is not a list`);
  for (const path of paths as unknown[]) {
    if (!Array.isArray(path) || path.length === 0) throw badToken(`${ENCODED_KEY} is not valid`);
    let holder: unknown = object;
    for (const step of path.slice(0, -1))
      holder = (holder as Record<string, unknown> | null)?.[step];
    const last = path.at(-1) as string;
    const value = (holder as Record<string, unknown> | null)?.[last];
    if (typeof value !== 'string') throw badToken(`${ENCODED_KEY} names no base64 value`);
    (holder as Record<string, unknown>)[last] = new Uint8Array(Buffer.from(value, 'base64'));
  }
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
  if (ENCODED_KEY in object) decodeEncodedKeys(object);
  for (const key of Object.keys(object)) {
    if (key !== TRUNCATE_KEY && !inputTokens.includes(key)) {
      throw badToken(`it holds ${key}, but this listing expects ${inputTokens.join(', ')}`);
    }
  }
  const tokens: TokenValues = {};
  for (const name of inputTokens) {
    const value = object[name] ?? null;
    const isMap =
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      !(value instanceof Uint8Array);
    if (value !== null && typeof value !== 'string' && !isMap) {
      throw badToken(`${name} is neither a string nor a map`);
    }
    tokens[name] = value === 'None' ? null : (value as string | TokenObject | null);
  }
  const amount = object[TRUNCATE_KEY];
  if (amount === undefined) return { tokens, truncateAmount: null };
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0) {
    throw badToken('boto_truncate_amount is not a non-negative integer');
  }
  return { tokens, truncateAmount: amount };
};
