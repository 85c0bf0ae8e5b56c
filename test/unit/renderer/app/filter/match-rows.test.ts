import { describe, expect, it } from 'vitest';
import type { FilterSpec } from '../../../../../shared/contract';
import { compileFilter } from '../../../../../electron/engine/filter/compile-filter';
import { createRowPlan } from '../../../../../electron/engine/filter/row-plan';
import { ec2Instances } from '../../../../../electron/engine/resources/ec2-instances';
import type { Item, ResourceDescriptor } from '../../../../../electron/engine/resources/resource';
import { s3Objects } from '../../../../../electron/engine/resources/s3-objects';
import { planLoadedFilter } from '../../../../../renderer/app/filter/loaded-filter-plan';
import { matchRows } from '../../../../../renderer/app/filter/match-rows';

const objects: Item[] = Array.from({ length: 60 }, (_, i) => ({
  Key: i % 7 === 0 ? `logs/${i}.log` : `photos/${i}.jpg`,
  Size: i % 5 === 0 ? null : i * 1000,
  LastModified: `2026-0${1 + (i % 9)}-01T00:00:00.000Z`,
  StorageClass: i % 3 === 0 ? 'GLACIER' : 'STANDARD',
  ETag: `"${i}"`,
}));

const instances: Item[] = Array.from({ length: 30 }, (_, i) => ({
  InstanceId: `i-${i}`,
  InstanceType: i % 2 ? 't3.micro' : 'm5.large',
  State: { Name: i % 3 ? 'running' : 'stopped', Code: 16 },
  Placement: { AvailabilityZone: `us-east-1${'abc'[i % 3]}` },
  PrivateIpAddress: `10.0.0.${i}`,
  ...(i % 4 ? { PublicIpAddress: `3.0.0.${i}` } : {}),
  LaunchTime: '2026-01-01T00:00:00.000Z',
  Tags: [{ Key: 'Name', Value: `web-${i}` }],
}));

/** The engine's rows for the items, and the items the engine's filter keeps, by index. */
const engine = (resource: ResourceDescriptor, items: Item[], filter: FilterSpec) => {
  const rowPlan = createRowPlan(resource, null, false);
  const rows = rowPlan.toRows(items, null);
  const kept = new Set(
    compileFilter(filter)
      .run(structuredClone(items))
      .map((r) => JSON.stringify(r)),
  );
  const expected = items.flatMap((item, i) => (kept.has(JSON.stringify(item)) ? [i] : []));
  return { rows, columns: rowPlan.columns(), expected };
};

const loaded = (resource: ResourceDescriptor, items: Item[], expression: string) => {
  const filter = { expression, mode: 'item' as const };
  const { rows, columns, expected } = engine(resource, items, filter);
  const plan = planLoadedFilter(filter, columns);
  if (plan.kind !== 'loaded') throw new Error(`${expression}: ${plan.kind}`);
  const cells = plan.fields.map((f) => rows.map((row) => row[f.column] ?? null));
  const got = matchRows(plan.predicate, plan.fields, (f) => cells[f]!, 0, 0, rows.length);
  return { got: [...got], expected };
};

describe('matchRows over rows rebuilt into items', () => {
  it.each([
    '[?Size > `5000`]',
    'Size > `5000`',
    "[?contains(Key, '.log')]",
    "StorageClass == 'GLACIER' && Size != `null`",
    "[?LastModified >= '2026-05-01']",
    '[?!Size]',
    "[?starts_with(Key, 'photos/') || ETag == '\"3\"']",
    '[?Size]',
  ])('keeps the rows the engine keeps for S3 objects: %s', (expression) => {
    const { got, expected } = loaded(s3Objects, objects, expression);
    expect(got).toEqual(expected);
  });

  it.each([
    "State.Name == 'running'",
    "[?State.Name == 'stopped' && InstanceType == 't3.micro']",
    '[?PublicIpAddress == `null`]',
    "[?Placement.AvailabilityZone == 'us-east-1b']",
    "[?ends_with(PrivateIpAddress, '7')]",
  ])('keeps the rows the engine keeps for EC2 instances: %s', (expression) => {
    const { got, expected } = loaded(ec2Instances, instances, expression);
    expect(got).toEqual(expected);
  });

  it('tests only rows from `from` on and reports absolute indices', () => {
    const plan = planLoadedFilter({ expression: '[?Size > `2`]', mode: 'item' }, [
      { id: 'Size', label: 'Size', type: 'bytes', path: ['Size'] },
    ]);
    if (plan.kind !== 'loaded') throw new Error(plan.kind);
    const cells = [5, 1, 9, 3];
    expect([...matchRows(plan.predicate, plan.fields, () => cells, 10, 12, 14)]).toEqual([12, 13]);
  });

  it('throws the runtime error jmespath.py raises on the data', () => {
    const plan = planLoadedFilter({ expression: "[?Size > 'a']", mode: 'item' }, [
      { id: 'Size', label: 'Size', type: 'bytes', path: ['Size'] },
    ]);
    if (plan.kind !== 'loaded') throw new Error(plan.kind);
    expect(() => matchRows(plan.predicate, plan.fields, () => [1], 0, 0, 1)).toThrow(
      /not supported/,
    );
  });
});
