import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../../shared/contract';
import { pythonB64decode } from '../../../../electron/engine/paging/python-base64';
import type { BotoToken } from '../../../../electron/engine/paging/resume-token';
import { parseStartingToken } from '../../../../electron/engine/paging/starting-token';

const run = promisify(execFile);

// Debian's botocore, the one the AWS CLI at /usr/bin/aws runs on.
const PYTHON = '/usr/bin/python3';

/** botocore reads each token as a paginator with those input tokens would (no request made). */
const script = `
import base64, json, sys
from botocore.paginate import PageIterator, TokenDecoder
out = []
for case in json.load(sys.stdin):
    token = case['token']
    try:
        b64 = base64.b64decode(token.encode('utf-8')).hex()
    except Exception:
        b64 = None
    pages = PageIterator.__new__(PageIterator)
    pages._starting_token = token
    pages._input_token = case['inputs']
    pages._token_decoder = TokenDecoder()
    try:
        tokens, index = pages._parse_starting_token()
        usable = (isinstance(tokens, dict)
            and all(k in case['inputs'] and (v is None or isinstance(v, str)) for k, v in tokens.items())
            and type(index) is int and index >= 0)
        out.append({'b64': b64, 'tokens': tokens if usable else None, 'index': index if usable else None})
    except Exception as e:
        out.append({'b64': b64, 'error': type(e).__name__})
print(json.dumps(out, default=repr))
`;

interface Case {
  token: string;
  inputs: string[];
}

interface Botocore {
  b64: string | null;
  tokens?: Record<string, string | null> | null;
  index?: number | null;
  error?: string;
}

const botocore = async (cases: Case[]): Promise<Botocore[]> => {
  const child = run(PYTHON, ['-c', script], { maxBuffer: 64 * 1024 * 1024 });
  child.child.stdin!.end(JSON.stringify(cases));
  return JSON.parse((await child).stdout) as Botocore[];
};

const ours = (c: Case): BotoToken | 'BAD_TOKEN' => {
  try {
    return parseStartingToken(c.token, c.inputs);
  } catch (error) {
    if (error instanceof ApiFailure && error.apiError.code === 'BAD_TOKEN') return 'BAD_TOKEN';
    throw error;
  }
};

/** What botocore sends and skips: "None" and a missing input token are not sent. */
const effective = (b: Botocore, inputs: string[]) =>
  b.tokens
    ? {
        tokens: Object.fromEntries(
          inputs.map((n) => [n, b.tokens![n] === 'None' ? null : (b.tokens![n] ?? null)]),
        ),
        skip: b.index ?? 0,
      }
    : 'BAD_TOKEN';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const inputSets = [['ContinuationToken'], ['KeyMarker', 'VersionIdMarker'], ['NextToken']];
const piece = fc.constantFrom(
  ...'AZaz09+/=-_:. é'.split(''),
  '___',
  'None',
  '3',
  '1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=',
);
const value = fc.oneof(fc.string(), fc.constant(null), fc.constant('None'), fc.nat(), fc.boolean());
const botoObject = fc.dictionary(
  fc.constantFrom(
    'ContinuationToken',
    'KeyMarker',
    'VersionIdMarker',
    'NextToken',
    'boto_truncate_amount',
    'Other',
  ),
  value,
);
const tokenArb = fc.oneof(
  fc.string({ unit: piece, maxLength: 8 }),
  botoObject.map((o) => b64(JSON.stringify(o))),
  botoObject.map((o) => b64(JSON.stringify(o)).replace(/=+$/, '')),
  fc.jsonValue({ maxDepth: 2 }).map((v) => b64(JSON.stringify(v))),
  fc.uint8Array({ minLength: 1, maxLength: 24 }).map((a) => Buffer.from(a).toString('base64')),
);

describe('--starting-token as botocore reads it', () => {
  it('agrees with botocore on base64, NextTokens, raw service tokens and TOKEN___N', async () => {
    const cases: Case[] = fc.sample(
      fc.record({ token: tokenArb, inputs: fc.constantFrom(...inputSets) }),
      { numRuns: 600, seed: 20240601 },
    );
    const raw = '1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=';
    cases.push(
      { token: raw, inputs: ['ContinuationToken'] },
      { token: `${raw}___2`, inputs: ['ContinuationToken'] },
      { token: 'photos/a.jpg___3HbE___4', inputs: ['KeyMarker', 'VersionIdMarker'] },
      { token: 'pagescope-after:bG9ncw', inputs: ['ContinuationToken'] },
    );
    const expected = await botocore(cases);
    const seen = { refused: 0, raw: 0, json: 0 };
    cases.forEach((c, i) => {
      const b = expected[i]!;
      const bytes = pythonB64decode(c.token);
      expect({ token: c.token, b64: bytes?.toString('hex') ?? null }).toEqual({
        token: c.token,
        b64: b.b64,
      });
      const mine = ours(c);
      const got =
        mine === 'BAD_TOKEN' ? mine : { tokens: mine.tokens, skip: mine.truncateAmount ?? 0 };
      expect({ ...c, got }).toEqual({ ...c, got: effective(b, c.inputs) });
      if (mine === 'BAD_TOKEN') seen.refused += 1;
      else if (Object.values(mine.tokens).includes(c.token)) seen.raw += 1;
      else seen.json += 1;
    });
    // The sample reaches every branch of botocore's rule.
    expect(Math.min(seen.refused, seen.raw, seen.json)).toBeGreaterThan(20);
  }, 60_000);
});
