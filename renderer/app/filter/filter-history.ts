import { readStored, writeStored } from '../common/use-persisted-state';

const KEY = 'filterHistory';
const MAX = 15;

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');

export const readHistory = (): string[] => readStored(KEY, isStringList) ?? [];

/** Most recent first, without duplicates, at most MAX entries. */
export const rememberFilter = (expression: string): string[] => {
  const next = [expression, ...readHistory().filter((e) => e !== expression)].slice(0, MAX);
  writeStored(KEY, next);
  return next;
};
