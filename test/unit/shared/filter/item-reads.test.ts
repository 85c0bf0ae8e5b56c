import { describe, expect, it } from 'vitest';
import { itemPredicate } from '../../../../shared/filter/item-predicate';
import { itemReads } from '../../../../shared/filter/item-reads';
import { parseJmespath } from '../../../../shared/jmespath';

const readsOf = (expression: string) => itemReads(parseJmespath(expression));

describe('itemReads', () => {
  it('lists the field paths a test reads from the item', () => {
    expect(readsOf("Size > `1` && State.Name == 'running'")).toEqual([['Size'], ['State', 'Name']]);
    expect(readsOf("contains(Key, '.jpg')")).toEqual([['Key']]);
    expect(readsOf("length(Tags[?Key=='team']) > `0`")).toEqual([['Tags']]);
    expect(readsOf('sort_by(Tags, &Key)[0].Value')).toEqual([['Tags']]);
  });

  it('says when the whole item is read', () => {
    expect(readsOf('length(@) > `3`')).toBeNull();
    expect(readsOf("contains(keys(@), 'Size')")).toBeNull();
    expect(readsOf('@.Size > `1`')).toBeNull();
  });
});

describe('itemPredicate', () => {
  const predicateOf = (expression: string) => itemPredicate(parseJmespath(expression));

  it('finds the test of a selection of items, bare or in [?…]', () => {
    expect(predicateOf('[?Size > `1`]')).toEqual(parseJmespath('Size > `1`'));
    expect(predicateOf("State.Name == 'running'")).toEqual(
      parseJmespath("State.Name == 'running'"),
    );
  });

  it('refuses what projects or reorders', () => {
    expect(predicateOf('[?Size > `1`].Key')).toBeNull();
    expect(predicateOf('[].{K: Key}')).toBeNull();
    expect(predicateOf('sort_by(@, &Size)')).toBeNull();
    expect(predicateOf('[?Size > `1`] | [0:2]')).toBeNull();
  });
});
