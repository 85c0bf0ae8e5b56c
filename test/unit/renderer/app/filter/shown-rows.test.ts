import { describe, expect, it } from 'vitest';
import type { Column } from '../../../../../shared/contract';
import { createLoadedMatcher } from '../../../../../renderer/app/filter/loaded-matcher';
import { planLoadedFilter } from '../../../../../renderer/app/filter/loaded-filter-plan';
import { shownRows } from '../../../../../renderer/app/filter/shown-rows';
import { createRowStore } from '../../../../../renderer/app/views/row-store';

const columns: Column[] = [
  { id: 'Key', label: 'Key', type: 'text', path: ['Key'] },
  { id: 'Size', label: 'Size', type: 'bytes', path: ['Size'] },
];
const rows = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => [`k${from + i}`, from + i]);
const plan = (expression: string) => planLoadedFilter({ expression, mode: 'item' }, columns);

describe('shownRows', () => {
  const matcher = createLoadedMatcher('listing', () => {});
  const page = { rows: rows(0, 10) };
  const first = createRowStore([page]);

  it('shows the typed filter’s result, then keeps it, marked, while the text does not parse', () => {
    const good = shownRows(matcher, first, plan('[?Size > `6`]'), null);
    expect(good).toMatchObject({ state: 'current', shown: { expression: '[?Size > `6`]' } });
    expect([...good.indices!]).toEqual([7, 8, 9]);

    const typing = shownRows(matcher, first, plan('[?Size > `6'), good.good);
    expect(typing).toMatchObject({ state: 'previous', shown: { expression: '[?Size > `6`]' } });
    expect([...typing.indices!]).toEqual([7, 8, 9]);
    expect(typing.reason).toBe('the filter is not complete JMESPath');
  });

  it('keeps the previous result when the text fails on the data or needs the engine', () => {
    const good = shownRows(matcher, first, plan('[?Size < `2`]'), null).good;
    const failed = shownRows(matcher, first, plan("[?Size < 'a']"), good);
    expect(failed.state).toBe('previous');
    expect(failed.reason).toMatch(/failed on the data/);
    expect([...failed.indices!]).toEqual([0, 1]);
    const engine = shownRows(matcher, first, plan('[].Key'), good);
    expect(engine.reason).toMatch(/press Enter/);
    expect([...engine.indices!]).toEqual([0, 1]);
  });

  it('shows every row for an empty box, and filters rows that arrive later too', () => {
    expect(shownRows(matcher, first, plan(''), null)).toMatchObject({ indices: null, shown: null });
    expect([...shownRows(matcher, first, plan('[?Size > `8`]'), null).indices!]).toEqual([9]);
    const grown = createRowStore([page, { rows: rows(10, 3) }]);
    const later = shownRows(matcher, grown, plan('[?Size > `8`]'), null);
    expect([...later.indices!]).toEqual([9, 10, 11, 12]);
  });
});
