import { describe, expect, it } from 'vitest';
import { ApiFailure, type Column, type Row } from '../../../../shared/contract';
import { createRowSelection } from '../../../../electron/engine/export/row-selection';

const view: Column[] = [
  { id: 'Key', label: 'Key', type: 'text' },
  { id: 'Size', label: 'Size', type: 'bytes' },
  { id: 'LastModified', label: 'Last modified', type: 'date' },
];
const rows = (from: number, to: number): Row[] =>
  Array.from({ length: to - from }, (_, i) => [
    `k${from + i}`,
    from + i,
    '2024-06-01T00:00:00.000Z',
  ]);

describe('createRowSelection', () => {
  it("keeps the view's columns and every row by default", () => {
    const s = createRowSelection(view, { columns: [], scope: { kind: 'all' }, keyColumn: 'Key' });
    expect(s.columns.map((c) => c.id)).toEqual(['Key', 'Size', 'LastModified']);
    expect(s.pick(rows(0, 3))).toEqual(rows(0, 3));
    expect(s.complete()).toBe(false);
  });

  it('reorders and drops columns as asked', () => {
    const s = createRowSelection(view, {
      columns: ['Size', 'Key'],
      scope: { kind: 'all' },
      keyColumn: 'Key',
    });
    expect(s.columns.map((c) => c.id)).toEqual(['Size', 'Key']);
    expect(s.pick(rows(5, 7))).toEqual([
      [5, 'k5'],
      [6, 'k6'],
    ]);
  });

  it('stops after the loaded count, across batches', () => {
    const s = createRowSelection(view, {
      columns: [],
      scope: { kind: 'loaded', count: 5 },
      keyColumn: 'Key',
    });
    expect(s.pick(rows(0, 3))).toHaveLength(3);
    expect(s.complete()).toBe(false);
    expect(s.pick(rows(3, 6)).map((r) => r[0])).toEqual(['k3', 'k4']);
    expect(s.complete()).toBe(true);
  });

  it('keeps only the selected keys', () => {
    const s = createRowSelection(view, {
      columns: ['Key'],
      scope: { kind: 'selected', keys: ['k2', 'k9', 'missing'] },
      keyColumn: 'Key',
    });
    expect(s.pick(rows(0, 5))).toEqual([['k2']]);
    expect(s.pick(rows(5, 10))).toEqual([['k9']]);
  });

  it('refuses an unknown column or a selection without a key column', () => {
    expect(() =>
      createRowSelection(view, { columns: ['Nope'], scope: { kind: 'all' }, keyColumn: 'Key' }),
    ).toThrow(ApiFailure);
    expect(() =>
      createRowSelection(view, {
        columns: [],
        scope: { kind: 'selected', keys: ['a'] },
        keyColumn: null,
      }),
    ).toThrow(/no key/);
  });
});
