import type { RowStore } from '../views/row-store';
import { parseTags } from './format';

// Enough rows to see every tag key in practice, few enough to scan as the menu opens.
const SCANNED_ROWS = 20_000;
const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

/** The tag keys seen in the loaded rows' Tags cells, in alphabetical order. */
export const tagKeysOf = (store: RowStore, tagsIndex: number, limit = SCANNED_ROWS): string[] => {
  const keys = new Set<string>();
  if (tagsIndex < 0) return [];
  for (let i = 0; i < Math.min(store.count, limit); i++) {
    const cell = store.rowAt(i)[tagsIndex];
    if (typeof cell === 'string') for (const [key] of parseTags(cell)) keys.add(key);
  }
  return [...keys].sort(collator.compare);
};
