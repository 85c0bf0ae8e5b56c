import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFilter } from '../../../../electron/engine/filter/compile-filter';
import {
  itemFilterServerFilters,
  type ServerFilter,
  type ServerFilterModel,
} from '../../../../electron/engine/filter/server-filters';

const model: ServerFilterModel = {
  fields: { 'State.Name': 'instance-state-name', InstanceType: 'instance-type' },
  tags: true,
};
const filtersOf = (expression: string) =>
  itemFilterServerFilters(compileFilter({ expression, mode: 'item' }).ast, model);

describe('the server-side filters an item filter implies', () => {
  it.each<[string, ServerFilter[]]>([
    ["State.Name == 'running'", [{ Name: 'instance-state-name', Values: ['running'] }]],
    ["[?'t3.micro' == InstanceType]", [{ Name: 'instance-type', Values: ['t3.micro'] }]],
    [
      "State.Name == 'running' && InstanceType == 't3.micro'",
      [
        { Name: 'instance-state-name', Values: ['running'] },
        { Name: 'instance-type', Values: ['t3.micro'] },
      ],
    ],
    [
      "State.Name == 'running' || State.Name == 'pending'",
      [{ Name: 'instance-state-name', Values: ['running', 'pending'] }],
    ],
    ["Tags[?Key=='team'].Value | [0] == 'payments'", [{ Name: 'tag:team', Values: ['payments'] }]],
    [
      "(Tags[?Key=='team'].Value | [0]) == 'payments'",
      [{ Name: 'tag:team', Values: ['payments'] }],
    ],
    ["[?Tags[?Key=='team' && Value=='data']]", [{ Name: 'tag:team', Values: ['data'] }]],
    [
      "[?State.Name == 'running' && LaunchTime > '2024'].InstanceId",
      [{ Name: 'instance-state-name', Values: ['running'] }],
    ],
  ])('%s', (expression, filters) => {
    expect(filtersOf(expression)).toEqual(filters);
  });

  it.each([
    "State.Name != 'running'",
    "!(State.Name == 'running')",
    "State.Name == 'running' || InstanceType == 't3.micro'",
    "State.Name == 'running' || LaunchTime > '2024'",
    "InstanceType == 't3.*'",
    "Tags[?Key=='team'].Value | [1] == 'x'",
    "State.Code == 'running'",
    '[].{ID: InstanceId}',
  ])('%s → none', (expression) => {
    expect(filtersOf(expression)).toEqual([]);
  });

  it('drops no instance the filter keeps (random conditions over random instances)', () => {
    const word = fc.constantFrom('a', 'b', 'c');
    const leaf = fc.oneof(
      word.map((w) => `State.Name == '${w}'`),
      word.map((w) => `InstanceType == '${w}'`),
      fc.tuple(word, word).map(([k, v]) => `Tags[?Key=='${k}'].Value | [0] == '${v}'`),
      fc.tuple(word, word).map(([k, v]) => `(Tags[?Key=='${k}'].Value | [0]) == '${v}'`),
      fc.tuple(word, word).map(([k, v]) => `Tags[?Key=='${k}' && Value=='${v}']`),
      word.map((w) => `ImageId == '${w}'`),
    );
    const condition = fc.letrec<{ c: string }>((tie) => ({
      c: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.tuple(tie('c'), tie('c')).map(([a, b]) => `(${a} && ${b})`),
        fc.tuple(tie('c'), tie('c')).map(([a, b]) => `(${a} || ${b})`),
        tie('c').map((a) => `!(${a})`),
      ),
    })).c;
    const instance = fc.record({
      State: fc.record({ Name: word }),
      InstanceType: word,
      ImageId: word,
      Tags: fc.uniqueArray(fc.record({ Key: word, Value: word }), {
        selector: (t) => t.Key,
        maxLength: 3,
      }),
    });
    // EC2's reading of Filter.N: every filter holds, each by one of its values.
    type Instance = {
      State: { Name: string };
      InstanceType: string;
      Tags: { Key: string; Value: string }[];
    };
    const valuesOf = (i: Instance, name: string): string[] =>
      name === 'instance-state-name'
        ? [i.State.Name]
        : name === 'instance-type'
          ? [i.InstanceType]
          : i.Tags.filter((t) => t.Key === name.slice(4)).map((t) => t.Value);
    fc.assert(
      fc.property(condition, fc.array(instance, { maxLength: 12 }), (expression, instances) => {
        const filter = compileFilter({ expression, mode: 'item' });
        const filters = itemFilterServerFilters(filter.ast, model);
        for (const kept of filter.run(instances) as Instance[]) {
          for (const f of filters) {
            expect(valuesOf(kept, f.Name).some((v) => f.Values.includes(v))).toBe(true);
          }
        }
      }),
      { seed: 20260514, numRuns: 2000 },
    );
  });
});
