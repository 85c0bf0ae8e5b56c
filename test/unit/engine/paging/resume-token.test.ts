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
  // DynamoDB's ExclusiveStartKey is a map, held in the token as it is.
  {
    token:
      'eyJFeGNsdXNpdmVTdGFydEtleSI6IHsidXNlcklkIjogeyJTIjogInUtMDAwMSJ9LCAic3RhcnRlZEF0IjogeyJOIjogIjE3MDQwNjg1MTgifX0sICJib3RvX3RydW5jYXRlX2Ftb3VudCI6IDJ9',
    inputs: ['ExclusiveStartKey'],
    decoded: {
      tokens: { ExclusiveStartKey: { userId: { S: 'u-0001' }, startedAt: { N: '1704068518' } } },
      truncateAmount: 2,
    },
  },
  // Bytes (a binary key) in base64, their paths under boto_encoded_keys.
  {
    token:
      'eyJFeGNsdXNpdmVTdGFydEtleSI6IHsiZGlnZXN0IjogeyJCIjogImxaaC9nS0RGcjZNcG1aQ0M0cEN6aGc9PSJ9fSwgImJvdG9fdHJ1bmNhdGVfYW1vdW50IjogMSwgImJvdG9fZW5jb2RlZF9rZXlzIjogW1siRXhjbHVzaXZlU3RhcnRLZXkiLCAiZGlnZXN0IiwgIkIiXV19',
    inputs: ['ExclusiveStartKey'],
    decoded: {
      tokens: {
        ExclusiveStartKey: {
          digest: { B: new Uint8Array(Buffer.from('lZh/gKDFr6MpmZCC4pCzhg==', 'base64')) },
        },
      },
      truncateAmount: 1,
    },
  },
  {
    token: 'eyJFeGNsdXNpdmVTdGFydEtleSI6IHsibmFtZSI6IHsiUyI6ICJjYWZcdTAwZTkgXHUyNjAzIn19fQ==',
    inputs: ['ExclusiveStartKey'],
    decoded: { tokens: { ExclusiveStartKey: { name: { S: 'café ☃' } } }, truncateAmount: null },
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
      'a binary value in place of a string token',
      Buffer.from(
        '{"ContinuationToken": "x", "boto_encoded_keys": [["ContinuationToken"]]}',
      ).toString('base64'),
    ],
  ])('rejects %s with BAD_TOKEN', (_why, token) => {
    expect(codeOf(() => decodeBotoToken(token, ['ContinuationToken']))).toBe('BAD_TOKEN');
  });
});
