import type { Cell } from '../../../shared/contract';

/** A group's value as the panel names it: empty cells and the top-level folder by words. */
export const groupName = (value: Cell): string =>
  value === null ? '(none)' : value === '' ? '(top level)' : String(value);
