import { describe, expect, it } from 'vitest';
import {
  effectiveOrder,
  emptyLayout,
  isSavedLayout,
  mergeOrder,
} from '../../../../../renderer/app/table/saved-layout';

const EC2 = ['InstanceId', 'Name', 'State', 'Tags'];

describe('the saved order of a resource’s columns', () => {
  it('is the view’s own order when nothing is saved, with Region after the row’s name', () => {
    expect(effectiveOrder([], EC2, 'InstanceId')).toEqual(EC2);
    expect(effectiveOrder([], [...EC2, 'Region'], 'InstanceId')).toEqual([
      'InstanceId',
      'Region',
      'Name',
      'State',
      'Tags',
    ]);
  });

  it('places a column it lacks after the one it follows in the view', () => {
    const saved = ['Tags', 'InstanceId', 'Name', 'State'];
    expect(effectiveOrder(saved, [...EC2, 'tag:team'], 'InstanceId')).toEqual([
      'Tags',
      'tag:team',
      'InstanceId',
      'Name',
      'State',
    ]);
  });

  it('skips saved columns the view does not have, and keeps them saved where they were', () => {
    const saved = ['Name', 'InstanceId', 'Region', 'State', 'Tags'];
    expect(effectiveOrder(saved, EC2, 'InstanceId')).toEqual([
      'Name',
      'InstanceId',
      'State',
      'Tags',
    ]);
    const moved = ['Name', 'State', 'InstanceId', 'Tags'];
    expect(mergeOrder(saved, moved)).toEqual(['Name', 'State', 'InstanceId', 'Region', 'Tags']);
    expect(mergeOrder(['Region', 'Name'], ['Name'])).toEqual(['Region', 'Name']);
  });
});

describe('a stored layout', () => {
  it('is read only when it has the expected shape', () => {
    expect(isSavedLayout(emptyLayout())).toBe(true);
    const good = {
      order: ['Name'],
      sizing: { Name: 200 },
      visibility: { Tags: false },
      sorting: [{ id: 'tag:team', desc: true }],
    };
    expect(isSavedLayout(good)).toBe(true);
    for (const bad of [
      null,
      [],
      { ...good, order: 'Name' },
      { ...good, sizing: { Name: '200' } },
      { ...good, visibility: [] },
      { ...good, sorting: [{ id: 'a' }] },
      {
        ...good,
        sorting: [
          { id: 'a', desc: true },
          { id: 'b', desc: false },
        ],
      },
    ]) {
      expect(isSavedLayout(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});
