import { describe, expect, it } from 'vitest';
import { compileFilter } from '../../../../electron/engine/filter/compile-filter';
import { createRowPlan } from '../../../../electron/engine/filter/row-plan';
import { ec2Instances } from '../../../../electron/engine/resources/ec2-instances';

const instances = [1, 2, 3, 4].map((n) => ({ InstanceId: `i-${n}`, InstanceType: 't3.micro' }));

describe('row plan', () => {
  it('makes any range of the results as the rows of all of them would be', () => {
    const plan = createRowPlan(ec2Instances, null, true);
    const all = plan.toRows(instances, 'eu-west-1');
    expect(plan.toRows(instances, 'eu-west-1', 1, 3)).toEqual(all.slice(1, 3));
    expect(plan.toRows(instances, 'eu-west-1', 4, 4)).toEqual([]);
  });

  it('learns items or values from the first result, whatever range is made first', () => {
    const values = createRowPlan(
      ec2Instances,
      compileFilter({ expression: 'Reservations[].Instances[].InstanceId', mode: 'page' }),
      false,
    );
    values.learn(['i-1', 'i-2']);
    expect(values.kind).toBe('values');
    const items = createRowPlan(
      ec2Instances,
      compileFilter({ expression: 'Reservations[].Instances[]', mode: 'page' }),
      false,
    );
    expect(items.toRows([instances[0], 'i-2'], null, 1, 2)).toHaveLength(1);
    expect(items.kind).toBe('items');
  });
});
