import { useCallback, useState } from 'react';
import type { FilterSpec } from '../../../shared/contract';
import { readStored, writeStored } from '../common/use-persisted-state';

const isFilterSpec = (value: unknown): value is FilterSpec =>
  !!value &&
  typeof (value as FilterSpec).expression === 'string' &&
  ((value as FilterSpec).mode === 'item' || (value as FilterSpec).mode === 'page');

const filterKey = (resource: string) => `filter.${resource}`;

/** The applied filter of each resource kind, kept across restarts. */
export function useResourceFilter(kind: string) {
  const [filters, setFilters] = useState<Record<string, FilterSpec | null>>({});
  const filter = kind in filters ? filters[kind]! : readStored(filterKey(kind), isFilterSpec);
  const setFilter = useCallback(
    (next: FilterSpec | null) => {
      writeStored(filterKey(kind), next);
      setFilters((prev) => ({ ...prev, [kind]: next }));
    },
    [kind],
  );
  return { filter, setFilter };
}
