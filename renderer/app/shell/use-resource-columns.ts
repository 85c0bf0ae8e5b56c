import { useCallback, useMemo, useState } from 'react';
import { addedColumnsSchema, type AddedColumn } from '../../../shared/contract';
import { readStored, writeStored } from '../common/use-persisted-state';

const isAddedColumns = (value: unknown): value is AddedColumn[] =>
  addedColumnsSchema.safeParse(value).success;

const columnsKey = (resource: string) => `columns.${resource}`;

/** The columns the user added to each resource kind, kept across restarts. */
export function useResourceColumns(kind: string) {
  const [all, setAll] = useState<Record<string, AddedColumn[]>>({});
  const stored = useMemo(() => readStored(columnsKey(kind), isAddedColumns) ?? [], [kind]);
  const columns = all[kind] ?? stored;
  const setColumns = useCallback(
    (next: AddedColumn[]) => {
      writeStored(columnsKey(kind), next.length > 0 ? next : null);
      setAll((prev) => ({ ...prev, [kind]: next }));
    },
    [kind],
  );
  return { columns, setColumns };
}
