import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../../shared/contract';
import {
  decodeBotoToken,
  encodeBotoToken,
  type BotoToken,
} from '../../../../electron/engine/paging/resume-token';

// Vectors produced by botocore's own TokenEncoder (shared/reference/botocore-tokens.md).
const vectors: Array<{ token: string; inputs: string[]; decoded: BotoToken }> = [
  {
    token:
      'eyJDb250aW51YXRpb25Ub2tlbiI6ICIxdWVHY3hMUFJ4MVRyL1hZRXhIbmhiWUxndmVEczJKL3dtMzZIeTR2Yk93TT0iLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAyfQ==',
    inputs: ['ContinuationToken'],
    decoded: {
      tokens: { ContinuationToken: '1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=' },
      truncateAmount: 2,
    },
  },
  {
    token: 'eyJDb250aW51YXRpb25Ub2tlbiI6IG51bGwsICJib3RvX3RydW5jYXRlX2Ftb3VudCI6IDEwfQ==',
    inputs: ['ContinuationToken'],
    decoded: { tokens: { ContinuationToken: null }, truncateAmount: 10 },
  },
  {
    token: 'eyJDb250aW51YXRpb25Ub2tlbiI6ICJhYmMifQ==',
    inputs: ['ContinuationToken'],
    decoded: { tokens: { ContinuationToken: 'abc' }, truncateAmount: null },
  },
  {
    token: 'eyJOZXh0VG9rZW4iOiAiZXlKMklqb3lMQ0pqSWpvaUxpNHVJbjA9In0=',
    inputs: ['NextToken'],
    decoded: { tokens: { NextToken: 'eyJ2IjoyLCJjIjoiLi4uIn0=' }, truncateAmount: null },
  },
  {
    token:
      'eyJLZXlNYXJrZXIiOiAicGhvdG9zLzIwMjQvMDEvYS5qcGciLCAiVmVyc2lvbklkTWFya2VyIjogIm51bGwiLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAzfQ==',
    inputs: ['KeyMarker', 'VersionIdMarker'],
    decoded: {
      tokens: { KeyMarker: 'photos/2024/01/a.jpg', VersionIdMarker: 'null' },
      truncateAmount: 3,
    },
  },
];

const codeOf = (run: () => unknown): string | null => {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof ApiFailure ? error.apiError.code : 'not an ApiFailure';
  }
};

describe('botocore resume tokens', () => {
  it.each(vectors)('decodes botocore token %#', ({ token, inputs, decoded }) => {
    expect(decodeBotoToken(token, inputs)).toEqual(decoded);
  });

  it.each(vectors)('encodes byte for byte as botocore does %#', ({ token, decoded }) => {
    expect(encodeBotoToken(decoded)).toBe(token);
  });

  it('escapes non-ASCII like Python json.dumps', () => {
    const token = encodeBotoToken({ tokens: { ContinuationToken: 'é/😀' }, truncateAmount: null });
    expect(Buffer.from(token, 'base64').toString()).toBe(
      '{"ContinuationToken": "\\u00e9/\\ud83d\\ude00"}',
    );
    expect(decodeBotoToken(token, ['ContinuationToken']).tokens.ContinuationToken).toBe('é/😀');
  });

  it.each([
    ['not base64', '%%%'],
    ['not JSON', Buffer.from('hello').toString('base64')],
    ['another listing', vectors[3]!.token],
    [
      'a negative truncation',
      Buffer.from('{"ContinuationToken": null, "boto_truncate_amount": -1}').toString('base64'),
    ],
    [
      'binary values',
      Buffer.from(
        '{"ContinuationToken": "x", "boto_encoded_keys": [["ContinuationToken"]]}',
      ).toString('base64'),
    ],
  ])('rejects %s with BAD_TOKEN', (_why, token) => {
    expect(codeOf(() => decodeBotoToken(token, ['ContinuationToken']))).toBe('BAD_TOKEN');
  });
});
