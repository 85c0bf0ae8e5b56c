import type { Cell } from '../../../shared/contract';

/**
 * A column's cells as they travel to the filter worker: packed into a Float64Array when every
 * cell is a number (moved to the worker without a copy), else as they are.
 */
export type ColumnCells = Float64Array | Cell[];

export const packCells = (cells: Cell[]): ColumnCells => {
  for (const cell of cells) if (typeof cell !== 'number') return cells;
  return Float64Array.from(cells as number[]);
};

/**
 * One column of a listing, grown as batches arrive: packed while every cell is a number,
 * unpacked for good at the first cell that is not.
 */
export const createColumn = () => {
  let packed: Float64Array | null = new Float64Array(1024);
  let plain: Cell[] | null = null;
  let length = 0;

  const unpack = () => {
    plain = Array.from(packed!.subarray(0, length));
    packed = null;
  };

  const append = (from: number, cells: ColumnCells) => {
    length = Math.min(length, from);
    if (packed && !(cells instanceof Float64Array)) unpack();
    if (plain) {
      plain.length = length;
      for (let i = 0; i < cells.length; i++) plain.push(cells[i]!);
    } else {
      const need = length + cells.length;
      if (need > packed!.length) {
        const grown = new Float64Array(Math.max(need, packed!.length * 2));
        grown.set(packed!.subarray(0, length));
        packed = grown;
      }
      packed!.set(cells as Float64Array, length);
    }
    length += cells.length;
  };

  return {
    append,
    get length() {
      return length;
    },
    cells: (): ArrayLike<Cell> => (plain ?? packed!.subarray(0, length)) as ArrayLike<Cell>,
  };
};
