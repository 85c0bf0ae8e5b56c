import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../../shared/contract';
import { parseStartingToken } from '../../../../electron/engine/paging/starting-token';

// botocore's rule, by example (the botocore differential is test/integration/engine).
const S3_TOKEN = '1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=';
const CT = ['ContinuationToken'];
const VERSIONS = ['KeyMarker', 'VersionIdMarker'];
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

const codeOf = (run: () => unknown): string | null => {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof ApiFailure ? error.apiError.code : 'not an ApiFailure';
  }
};

describe('parseStartingToken', () => {
  it.each([
    [
      'a NextToken',
      b64(`{"ContinuationToken": "${S3_TOKEN}", "boto_truncate_amount": 2}`),
      CT,
      { ContinuationToken: S3_TOKEN },
      2,
    ],
    ['a raw S3 token', S3_TOKEN, CT, { ContinuationToken: S3_TOKEN }, null],
    ['a raw token with an item count', `${S3_TOKEN}___4`, CT, { ContinuationToken: S3_TOKEN }, 4],
    [
      'a raw token ending in ___ and no count',
      'abc___x',
      CT,
      { ContinuationToken: 'abc___x' },
      null,
    ],
    [
      'old key and version markers',
      'a.jpg___v1___3',
      VERSIONS,
      { KeyMarker: 'a.jpg', VersionIdMarker: 'v1' },
      3,
    ],
    ['a key marker alone', 'a.jpg', VERSIONS, { KeyMarker: 'a.jpg', VersionIdMarker: null }, null],
    ['"None" for no value', 'None___2', CT, { ContinuationToken: null }, 2],
    [
      'base64 of a JSON array (botocore reads it raw)',
      b64('[1]'),
      CT,
      { ContinuationToken: b64('[1]') },
      null,
    ],
    [
      'a PageScope after-token',
      'pagescope-after:YQ',
      CT,
      { ContinuationToken: 'pagescope-after:YQ' },
      null,
    ],
  ])('reads %s', (_what, token, inputs, tokens, truncateAmount) => {
    expect(parseStartingToken(token, inputs)).toEqual({ tokens, truncateAmount });
  });

  it.each([
    ['JSON that is not an object', b64('"abc"'), CT],
    ['another listing’s NextToken', b64('{"NextToken": "x"}'), CT],
    ['more parts than the listing has tokens', 'a___b___c', CT],
    ['a token for a listing of one page', S3_TOKEN, []],
  ])('refuses %s with BAD_TOKEN', (_what, token, inputs) => {
    expect(codeOf(() => parseStartingToken(token, inputs))).toBe('BAD_TOKEN');
  });
});
