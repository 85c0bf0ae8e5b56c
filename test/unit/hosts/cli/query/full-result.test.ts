import { describe, expect, it } from 'vitest';
import { FullResult } from '../../../../../electron/hosts/cli/query/full-result';
import { UsageError } from '../../../../../electron/hosts/cli/usage-error';

const merged = (
  pages: Array<Record<string, unknown>>,
  options: Partial<ConstructorParameters<typeof FullResult>[0]> = {},
  token: string | null = null,
) => {
  const result = new FullResult({
    resultKeys: ['Contents', 'CommonPrefixes'],
    nonAggregateKeys: [],
    keep: 'all',
    limitBytes: 1 << 30,
    ...options,
  });
  for (const page of pages) result.add(page);
  return result.result(token);
};

// botocore's PageIterator.build_full_result(), which the AWS CLI's json output queries.
describe('the merged result of a listing', () => {
  it('joins the result keys’ lists and drops every other key of the pages', () => {
    const doc = merged([
      { Name: 'b', KeyCount: 1, CommonPrefixes: [{ Prefix: 'p/' }] },
      { Name: 'b', KeyCount: 2, Contents: [{ Key: 'a' }, { Key: 'b' }] },
      { Name: 'b', KeyCount: 1, Contents: [{ Key: 'c' }], $metadata: {} },
    ]);
    expect(doc).toEqual({
      CommonPrefixes: [{ Prefix: 'p/' }],
      Contents: [{ Key: 'a' }, { Key: 'b' }, { Key: 'c' }],
    });
    // Keys in the order botocore sets them: as pages first carry them.
    expect(Object.keys(doc)).toEqual(['CommonPrefixes', 'Contents']);
  });

  it('has no key no page carried, the first page’s non-aggregate keys, and NextToken last', () => {
    const doc = merged(
      [{ Buckets: [{ Name: 'x', CreationDate: new Date(Date.UTC(2024, 0, 2)) }] }, { Buckets: [] }],
      { resultKeys: ['Buckets'], nonAggregateKeys: ['Owner'] },
      'TOKEN',
    );
    expect(doc).toEqual({
      Buckets: [{ Name: 'x', CreationDate: '2024-01-02T00:00:00+00:00' }],
      Owner: null,
      NextToken: 'TOKEN',
    });
    expect(merged([{ KeyCount: 0 }])).toEqual({});
  });

  it('keeps only the result keys the query reads', () => {
    const pages = [{ Contents: [{ Key: 'a' }], CommonPrefixes: [{ Prefix: 'p/' }] }];
    expect(merged(pages, { keep: new Set(['CommonPrefixes']) })).toEqual({
      CommonPrefixes: [{ Prefix: 'p/' }],
    });
    expect(merged(pages, { keep: new Set(['KeyCount']) })).toEqual({});
  });

  it('stops with a message naming the streaming alternatives past its bound', () => {
    const page = { Contents: Array.from({ length: 100 }, (_, i) => ({ Key: `key-${i}` })) };
    expect(() => merged([page, page], { limitBytes: 10_000 })).toThrow(UsageError);
    expect(() => merged([page, page], { limitBytes: 10_000 })).toThrow(/--output text .*--filter/);
  });
});
