import { describe, expect, it } from 'vitest';
import { ApiFailure, viewSpecSchema, type AddedColumn } from '../../../../shared/contract';
import { compileColumns, tagExpression } from '../../../../electron/engine/filter/compile-columns';
import { compileFilter } from '../../../../electron/engine/filter/compile-filter';
import { createRowPlan } from '../../../../electron/engine/filter/row-plan';
import { compileJmespath } from '../../../../electron/engine/filter/jmespath';
import { ec2Instances } from '../../../../electron/engine/resources/ec2-instances';
import { runOracle } from '../../shared/jmespath/outcomes';

const instance = {
  InstanceId: 'i-1',
  InstanceType: 't3.micro',
  State: { Name: 'running', Code: 16 },
  Placement: { AvailabilityZone: 'eu-west-1a', Tenancy: 'default' },
  VpcId: 'vpc-1',
  CpuOptions: { CoreCount: 2 },
  LaunchTime: '2025-01-01T00:00:00.000Z',
  Tags: [
    { Key: 'Name', Value: 'web-1' },
    { Key: 'team', Value: 'data' },
  ],
};
const untagged = { InstanceId: 'i-2', InstanceType: 't3.small', State: { Name: 'stopped' } };

const cells = (columns: AddedColumn[], item: object) =>
  compileColumns(columns).map((c) => c.get(item as Record<string, unknown>));

const refusal = (columns: AddedColumn[]) => {
  try {
    compileColumns(columns);
  } catch (error) {
    return (error as ApiFailure).apiError;
  }
  throw new Error('expected a refusal');
};

describe('added columns', () => {
  it('reads a path, a nested path, a tag key and a tag filter from each item', () => {
    const columns = [
      { expression: 'VpcId' },
      { expression: 'Placement.Tenancy' },
      { expression: 'tag:team' },
      { expression: "Tags[?Key=='team'].Value | [0]", label: 'Team' },
      { expression: 'CpuOptions.CoreCount' },
    ];
    expect(cells(columns, instance)).toEqual(['vpc-1', 'default', 'data', 'data', 2]);
    expect(cells(columns, untagged)).toEqual([null, null, null, null, null]);
  });

  it('names each column: the label given, else the tag key, else the expression', () => {
    const defs = compileColumns([
      { expression: 'tag:team' },
      { expression: 'Placement.Tenancy' },
      { expression: 'VpcId', label: 'VPC' },
    ]);
    expect(defs.map(({ id, label }) => ({ id, label }))).toEqual([
      { id: 'tag:team', label: 'team' },
      { id: 'path:Placement.Tenancy', label: 'Placement.Tenancy' },
      { id: 'path:VpcId', label: 'VPC' },
    ]);
  });

  it('shows an object or a list as its JSON', () => {
    expect(cells([{ expression: 'Placement' }], instance)).toEqual([
      '{"AvailabilityZone":"eu-west-1a","Tenancy":"default"}',
    ]);
  });

  it('reads any tag key, whatever characters it holds, as jmespath.py does', () => {
    const keys = ['a`b', 'a\\', "it's", '\\`', 'k"ey', 'ünï cödé', '\\\\`` x'];
    const cases = keys.map((key) => ({
      expression: tagExpression(key),
      document: JSON.stringify({
        Tags: [
          { Key: `${key} `, Value: 'no' },
          { Key: key, Value: 'yes' },
        ],
      }),
    }));
    expect(runOracle(cases)).toEqual(keys.map(() => ({ ok: 'yes', flags: [] })));
    for (const [i, key] of keys.entries()) {
      const item = JSON.parse(cases[i]!.document) as Record<string, unknown>;
      expect(compileJmespath(tagExpression(key)).search(item)).toBe('yes');
      expect(cells([{ expression: `tag:${key}` }], item)).toEqual(['yes']);
    }
  });

  it('refuses a bad expression with its position, and a tag column without a key', () => {
    expect(refusal([{ expression: 'Tags[?Key==' }])).toMatchObject({
      code: 'BAD_COLUMN',
      message: expect.stringMatching(/^Bad expression for column Tags\[\?Key== at column 12: /),
      details: { column: expect.any(Number), expression: 'Tags[?Key==' },
    });
    expect(
      refusal([{ expression: 'VpcId', label: 'ok' }, { expression: 'lenght(Tags)' }]),
    ).toMatchObject({
      code: 'BAD_COLUMN',
      message: expect.stringContaining('lenght() is not a JMESPath function'),
      details: { column: 1 },
    });
    expect(refusal([{ expression: 'tag:' }])).toMatchObject({
      code: 'BAD_COLUMN',
      message: expect.stringContaining('a tag key is expected'),
    });
  });

  it('leaves a cell empty where one item has a value the expression cannot take', () => {
    const [column] = compileColumns([{ expression: 'abs(VpcId)' }]);
    expect(column!.get({ VpcId: -3 })).toBe(3);
    expect(column!.get({ VpcId: 'vpc-1' })).toBeNull();
  });

  it('comes after the resource columns and before the region in item rows', () => {
    const added = compileColumns([{ expression: 'tag:team' }, { expression: 'VpcId' }]);
    const plan = createRowPlan(ec2Instances, null, true, null, added);
    const [row] = plan.toRows([instance], 'eu-west-1');
    expect(plan.columns().map((c) => c.id)).toEqual([
      ...ec2Instances.columns.map((c) => c.id),
      'tag:team',
      'path:VpcId',
      'Region',
    ]);
    expect(row!.slice(-3)).toEqual(['data', 'vpc-1', 'eu-west-1']);
  });

  it('has nothing to read in the rows of a projection', () => {
    const filter = compileFilter({ expression: '[].{ID: InstanceId}', mode: 'item' });
    const added = compileColumns([{ expression: 'tag:team' }]);
    const plan = createRowPlan(ec2Instances, filter, false, null, added);
    expect(plan.toRows(filter.run([instance]), null)).toEqual([['i-1']]);
    expect(plan.columns().map((c) => c.id)).toEqual(['ID']);
  });
});

describe('the Tags column of EC2 instances', () => {
  it('holds every tag as one JSON object, in the order EC2 lists them', () => {
    const tags = ec2Instances.columns.find((c) => c.id === 'Tags')!;
    expect(tags.type).toBe('tags');
    expect(tags.get(instance)).toBe('{"Name":"web-1","team":"data"}');
    expect(tags.get(untagged)).toBeNull();
  });
});

describe('added columns in the ViewSpec', () => {
  const spec = { profile: 'Demo', region: 'us-east-1', resource: 'ec2-instances' };
  it('defaults to none and refuses duplicates, too many and too long ones', () => {
    expect(viewSpecSchema.parse(spec).columns).toEqual([]);
    const twice = [{ expression: 'VpcId' }, { expression: ' VpcId ' }];
    expect(viewSpecSchema.safeParse({ ...spec, columns: twice }).success).toBe(false);
    const many = Array.from({ length: 33 }, (_, i) => ({ expression: `F${i}` }));
    expect(viewSpecSchema.safeParse({ ...spec, columns: many }).success).toBe(false);
    const long = [{ expression: 'a'.repeat(1025) }];
    expect(viewSpecSchema.safeParse({ ...spec, columns: long }).success).toBe(false);
    expect(viewSpecSchema.safeParse({ ...spec, columns: [{ expression: '  ' }] }).success).toBe(
      false,
    );
  });
});
