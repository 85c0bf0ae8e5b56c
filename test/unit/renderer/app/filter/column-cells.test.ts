import { describe, expect, it } from 'vitest';
import { createColumn, packCells } from '../../../../../renderer/app/filter/column-cells';

describe('column cells for the filter worker', () => {
  it('packs a batch of numbers and leaves any other batch as it is', () => {
    expect(packCells([1, 2.5])).toBeInstanceOf(Float64Array);
    expect(packCells([1, null])).toEqual([1, null]);
    expect(packCells(['a'])).toEqual(['a']);
  });

  it('grows packed, unpacks at the first cell that is not a number, and keeps every cell', () => {
    const column = createColumn();
    const first = Array.from({ length: 3000 }, (_, i) => i);
    column.append(0, packCells(first));
    column.append(3000, packCells([7, 8]));
    expect(column.length).toBe(3002);
    expect(column.cells()).toBeInstanceOf(Float64Array);
    column.append(3002, packCells([null, 'x']));
    const cells = Array.from(column.cells());
    expect(cells.slice(2998)).toEqual([2998, 2999, 7, 8, null, 'x']);
    expect(cells).toHaveLength(3004);
  });

  it('a batch sent again from an earlier row replaces what followed it', () => {
    const column = createColumn();
    column.append(0, ['a', 'b', 'c']);
    column.append(1, ['B']);
    expect(Array.from(column.cells())).toEqual(['a', 'B']);
  });
});
