import { describe, expect, it } from 'vitest';
import type { Column } from '../../../../../shared/contract';
import { planLoadedFilter } from '../../../../../renderer/app/filter/loaded-filter-plan';

const columns: Column[] = [
  { id: 'InstanceId', label: 'Instance ID', type: 'text', path: ['InstanceId'] },
  { id: 'Name', label: 'Name', type: 'text' },
  { id: 'State', label: 'State', type: 'state', path: ['State', 'Name'] },
  { id: 'Region', label: 'Region', type: 'text' },
];
const plan = (expression: string, mode: 'item' | 'page' = 'item') =>
  planLoadedFilter({ expression, mode }, columns);

describe('planLoadedFilter', () => {
  it('shows every row for an empty box', () => {
    expect(planLoadedFilter(null, columns)).toEqual({ kind: 'all' });
    expect(plan('  ').kind).toBe('all');
  });

  it('runs a selection on loaded rows with the columns that hold what it reads', () => {
    const p = plan("State.Name == 'running' && InstanceId != 'i-1'");
    expect(p.kind).toBe('loaded');
    if (p.kind === 'loaded')
      expect(p.fields).toEqual([
        { column: 2, path: ['State', 'Name'] },
        { column: 0, path: ['InstanceId'] },
      ]);
  });

  it('marks text that is not JMESPath yet, with the columns it already names', () => {
    expect(plan('[?State.Name ==')).toMatchObject({ kind: 'invalid', named: [2] });
    expect(plan('[?')).toMatchObject({ kind: 'invalid', named: [] });
  });

  it('leaves to the engine what the loaded rows cannot answer as the engine would', () => {
    expect(plan('[].{ID: InstanceId}').kind).toBe('engine');
    expect(plan("State.Name == 'running'", 'page').kind).toBe('engine');
    expect(plan("[?Tags[?Key=='team']]").kind).toBe('engine');
    expect(plan("[?State == 'running']").kind).toBe('engine');
    expect(plan("[?Region == 'us-east-1']").kind).toBe('engine');
    expect(plan('[?length(@) > `1`]').kind).toBe('engine');
  });
});
