import { describe, expect, it } from 'vitest';
import { compileFilter } from '../../../../electron/engine/filter/compile-filter';
import { createRowPlan } from '../../../../electron/engine/filter/row-plan';
import { route53RecordSets } from '../../../../electron/engine/resources/route53-record-sets';

const weighted = {
  Name: 'pool-001.example.com.',
  Type: 'A',
  SetIdentifier: 'node 2',
  Weight: 10,
  TTL: 60,
  ResourceRecords: [{ Value: '10.0.0.1' }, { Value: '10.0.0.2' }],
};
const alias = {
  Name: 'app.example.com.',
  Type: 'A',
  SetIdentifier: 'app-eu-west-1',
  Region: 'eu-west-1',
  AliasTarget: {
    HostedZoneId: 'Z35SXDOTRQ7X7K',
    DNSName: 'lb.example.',
    EvaluateTargetHealth: true,
  },
};

describe('route53-record-sets', () => {
  it('names a row by name, type and identifier, which start a lookup at that set', () => {
    const row = createRowPlan(route53RecordSets, null, false).toRows([weighted], null)[0]!;
    const key = row[0] as string;
    expect(key).toBe('pool-001.example.com. A node 2');
    expect(route53RecordSets.lookupInput!(key)).toEqual({
      StartRecordName: 'pool-001.example.com.',
      StartRecordType: 'A',
      StartRecordIdentifier: 'node 2',
    });
    expect(route53RecordSets.lookupInput!('example.com. SOA')).toEqual({
      StartRecordName: 'example.com.',
      StartRecordType: 'SOA',
    });
  });

  it('shows a filter’s matching sets as rows of its columns, though its key is computed', () => {
    const filter = compileFilter({ expression: "Type == 'A'", mode: 'item' });
    const plan = createRowPlan(route53RecordSets, filter, false);
    const rows = plan.toRows([weighted, alias], null);
    expect(plan.kind).toBe('items');
    const values = plan.columns().findIndex((c) => c.id === 'Values');
    expect(rows.map((r) => r[values])).toEqual(['10.0.0.1, 10.0.0.2', 'lb.example.']);
    // What a filter selects of an item is a value, not an item.
    const selected = createRowPlan(route53RecordSets, filter, false);
    selected.toRows([weighted.ResourceRecords[0]], null);
    expect(selected.kind).toBe('values');
  });
});
