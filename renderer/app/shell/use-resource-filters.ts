import { useCallback, useState } from 'react';
import type { FilterSpec } from '../../../shared/contract';
import { readStored, writeStored } from '../common/use-persisted-state';
import { isFilterSpec } from './view-entry';

const filterKey = (resource: string) => `filter.${resource}`;

/** The applied filter of each resource kind, kept across restarts. */
export function useResourceFilter(kind: string) {
  const [filters, setFilters] = useState<Record<string, FilterSpec | null>>({});
  const filter = kind in filters ? filters[kind]! : readStored(filterKey(kind), isFilterSpec);
  const setFilterOf = useCallback((resource: string, next: FilterSpec | null) => {
    writeStored(filterKey(resource), next);
    setFilters((prev) => ({ ...prev, [resource]: next }));
  }, []);
  const setFilter = useCallback(
    (next: FilterSpec | null) => setFilterOf(kind, next),
    [kind, setFilterOf],
  );
  return { filter, setFilter, setFilterOf };
}
