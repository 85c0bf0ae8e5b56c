import { pythonB64decode } from './python-base64';
import { badToken, botoTokenOf, type BotoToken, type TokenValues } from './resume-token';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The JSON a token decodes to as botocore's TokenDecoder reads it (base64, then strict UTF-8,
 * then JSON), or undefined where botocore gets a ValueError or TypeError and falls back to
 * reading the token as the service's own (a JSON array fails with TypeError on pop()).
 */
const decodedJson = (token: string): unknown => {
  const bytes = pythonB64decode(token);
  if (bytes === null) return undefined;
  try {
    const parsed: unknown = JSON.parse(utf8.decode(bytes));
    return Array.isArray(parsed) ? undefined : parsed;
  } catch {
    return undefined;
  }
};

// Python's int(): optional sign, ASCII digits with single underscores between them, and spaces.
const PYTHON_INT = /^\s*[+-]?\d+(?:_\d+)*\s*$/;

/**
 * botocore's _parse_starting_token_deprecated: the token is the service's own, or the old
 * "TOKEN___TOKEN___INDEX" form (one part per input token, then the items already returned);
 * "None" stands for no value, and missing trailing parts are none.
 */
const serviceToken = (token: string, inputTokens: readonly string[]): BotoToken => {
  let parts = token.split('___');
  let index = 0;
  if (parts.length === inputTokens.length + 1) {
    const last = parts.at(-1)!;
    if (PYTHON_INT.test(last)) {
      index = Number(last.replace(/_/g, '').trim());
      parts = parts.slice(0, -1);
    } else {
      parts = [token];
    }
  }
  if (parts.length > inputTokens.length) throw badToken('it has more parts than this listing');
  if (index < 0) throw badToken('its item count is negative');
  const tokens: TokenValues = {};
  inputTokens.forEach((name, i) => {
    const part = parts[i];
    tokens[name] = part === undefined || part === 'None' ? null : part;
  });
  return { tokens, truncateAmount: index > 0 ? index : null };
};

/**
 * A --starting-token as botocore's PageIterator._parse_starting_token reads it: a NextToken
 * (base64 of JSON) when it decodes as one, else the service's own token (S3's
 * NextContinuationToken, EC2's NextToken) used as the input token as it is, which is how the
 * AWS CLI resumes from a token S3 returned. A token that decodes to JSON other than an object
 * or an array is refused (botocore fails on it too).
 */
export const parseStartingToken = (token: string, inputTokens: readonly string[]): BotoToken => {
  if (inputTokens.length === 0) throw badToken('this listing has a single page');
  const json = decodedJson(token);
  if (json === undefined) return serviceToken(token, inputTokens);
  if (typeof json !== 'object' || json === null) throw badToken('it does not decode to an object');
  return botoTokenOf(json as Record<string, unknown>, inputTokens);
};
