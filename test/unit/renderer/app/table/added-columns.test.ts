import { describe, expect, it } from 'vitest';
import { addProblem, draftColumn } from '../../../../../renderer/app/table/added-columns';
import { tagKeysOf } from '../../../../../renderer/app/table/tag-keys';
import { createRowStore } from '../../../../../renderer/app/views/row-store';

const labels = ['Instance ID', 'Name', 'Tags'];

describe('a column typed into Add column…', () => {
  it('carries a label only when one is typed', () => {
    expect(draftColumn(' tag:team ', '  ')).toEqual({ expression: 'tag:team' });
    expect(draftColumn('VpcId', ' VPC ')).toEqual({ expression: 'VpcId', label: 'VPC' });
  });

  it('is refused when empty, already added, or named like a column the view has', () => {
    const added = [{ expression: 'tag:team' }];
    expect(addProblem({ expression: '' }, added, labels)).toMatch(/Type a path/);
    expect(addProblem({ expression: 'tag:team', label: 'Owner' }, added, labels)).toBe(
      'tag:team is a column already.',
    );
    expect(addProblem({ expression: 'tag:Name' }, added, labels)).toBe(
      'A column is named Name already: give this one another label.',
    );
    expect(addProblem({ expression: 'tag:Name', label: 'Name tag' }, added, labels)).toBeNull();
    const full = Array.from({ length: 32 }, (_, i) => ({ expression: `F${i}` }));
    expect(addProblem({ expression: 'VpcId' }, full, labels)).toMatch(/32 added columns/);
  });
});

describe('tag keys offered from the loaded rows', () => {
  it('are every key of the Tags cells, once each, in alphabetical order', () => {
    const store = createRowStore([
      {
        rows: [
          ['i-1', '{"Name":"a","team":"data"}'],
          ['i-2', null],
        ],
      },
      { rows: [['i-3', '{"Environment":"prod","team":"web"}']] },
    ]);
    expect(tagKeysOf(store, 1)).toEqual(['Environment', 'Name', 'team']);
    expect(tagKeysOf(store, 1, 1)).toEqual(['Name', 'team']);
    expect(tagKeysOf(store, -1)).toEqual([]);
  });
});
