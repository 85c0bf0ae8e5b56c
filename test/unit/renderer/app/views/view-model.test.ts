import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRowStore } from '../../../../../renderer/app/views/row-store';
import { extendOrder, sortOrder } from '../../../../../renderer/app/table/sort-rows';
import {
  childLocation,
  crumbsFor,
  withParams,
} from '../../../../../renderer/app/views/view-location';
import { resourceInfos } from '../../../../../electron/engine/resources/registry';

/** The engine's catalog, as resources.list gives it to the renderer. */
const lookup = (kind: string) => resourceInfos().find((r) => r.kind === kind);
const bucketRoot = (bucket: string) => childLocation(lookup('s3-buckets')!.child!, bucket, lookup);

describe('row store', () => {
  it('reads rows across pages by their load position without copying them', () => {
    const pages = [{ rows: [['a'], ['b']] }, { rows: [] }, { rows: [['c'], ['d'], ['e']] }];
    const store = createRowStore(pages);
    expect(store.count).toBe(5);
    expect([0, 1, 2, 3, 4].map((i) => store.rowAt(i)[0])).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(store.rowAt(2)).toBe(pages[2]!.rows[0]);
  });

  it('sorts loaded rows into a permutation, numbers numerically and empty cells last', () => {
    const store = createRowStore([{ rows: [[10], [null], [2]] }, { rows: [[33], [2]] }]);
    expect([...sortOrder(store, 0, false)]).toEqual([2, 4, 0, 3, 1]);
    expect([...sortOrder(store, 0, true)]).toEqual([3, 0, 2, 4, 1]);
  });
});

describe('sorting while batches arrive', () => {
  it('merging a new batch into the sorted order equals sorting everything again', () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.integer({ min: -5, max: 5 }),
      fc.constantFrom('a', 'B', 'file-2', 'file-10'),
    );
    fc.assert(
      fc.property(
        fc.array(cell, { maxLength: 60 }),
        fc.array(cell, { maxLength: 60 }),
        fc.boolean(),
        (first, second, desc) => {
          const before = createRowStore([{ rows: first.map((v) => [v]) }]);
          const after = createRowStore([
            { rows: first.map((v, i) => before.rowAt(i)) },
            { rows: second.map((v) => [v]) },
          ]);
          const merged = extendOrder(sortOrder(before, 0, desc), after, 0, desc);
          expect([...merged]).toEqual([...sortOrder(after, 0, desc)]);
        },
      ),
    );
  });
});

describe('breadcrumbs', () => {
  it('go from the buckets through the bucket to each folder of the prefix', () => {
    const location = withParams(bucketRoot('demo-photos'), { prefix: '2023/07/' });
    const crumbs = crumbsFor(location, lookup);
    expect(crumbs.map((c) => c.label)).toEqual(['S3 buckets', 'demo-photos', '2023', '07']);
    expect(crumbs[0]!.target).toEqual({ resource: 's3-buckets', params: {} });
    expect(crumbs[2]!.target?.params).toEqual({
      bucket: 'demo-photos',
      prefix: '2023/',
      delimiter: '/',
    });
    expect(crumbs[3]!.target).toBeNull();
  });
});
