import { describe, expect, it } from 'vitest';
import { compileJmespath, type JmesNode } from '../../../../../electron/engine/filter/jmespath';
import { rootFields } from '../../../../../electron/hosts/cli/query/root-fields';
import { streamPlanOf } from '../../../../../electron/hosts/cli/query/stream-plan';

const S3 = ['Contents', 'CommonPrefixes'];
const plan = (expression: string, keys = S3) => streamPlanOf(compileJmespath(expression).ast, keys);
const fields = (expression: string) => {
  const result = rootFields(compileJmespath(expression).ast);
  return result === 'all' ? 'all' : [...result].sort();
};

describe('which queries run page by page', () => {
  it.each([
    'Contents[?Size > `1000`].Key',
    'Contents[].{K: Key}',
    'Contents[*].Key',
    'Contents',
    'Contents[]',
    "Contents[?Key > 'y'] | [].Key",
    'Contents | [?Size > `1`]',
    'CommonPrefixes[].Prefix',
  ])('maps the result key element by element: %s', (expression) => {
    expect(plan(expression)?.kind).toBe('list');
  });

  it('maps nested projections over the result key', () => {
    expect(plan('Reservations[].Instances[].[InstanceId, State.Name]', ['Reservations'])).toEqual({
      kind: 'list',
      key: 'Reservations',
    });
  });

  it.each([
    'length(Contents)',
    'length(Contents[?Size > `1`])',
    "Contents[?LastModified >= '2020-01-01'] | length(@)",
  ])('counts: %s', (expression) => {
    expect(plan(expression)).toEqual({ kind: 'count', key: 'Contents' });
  });

  it.each([
    'max_by(Contents, &Key).Key',
    'sort_by(Contents, &Size)[-3:].Key',
    'Contents[:3]',
    'Contents[0].Key',
    'Contents[].Key | [0]',
    '[Contents[0].Key, Name]',
    'KeyCount',
    'length(KeyCount)',
    '@',
    'Contents | length(@) | to_string(@)',
  ])('needs the merged result: %s', (expression) => {
    expect(plan(expression)).toBeNull();
  });

  it('falls back to the merged result for a tree it does not know', () => {
    const unknown: JmesNode = { type: 'unknown', children: [] } as unknown as JmesNode;
    expect(streamPlanOf(unknown, S3)).toBeNull();
    expect(rootFields(unknown)).toBe('all');
  });
});

describe('which top-level keys a query reads', () => {
  it.each([
    ['KeyCount', ['KeyCount']],
    ['NextToken', ['NextToken']],
    ['[Contents[0].Key, Name]', ['Contents', 'Name']],
    ['sort_by(Contents, &Size)[-3:].Key', ['Contents']],
    ['max_by(Contents, &Key).Key', ['Contents']],
    ['{a: CommonPrefixes[].Prefix, b: length(Contents)}', ['CommonPrefixes', 'Contents']],
    ['Contents[?Size > KeyCount].Key', ['Contents']],
    ['Contents | [0]', ['Contents']],
    ['`1`', []],
  ])('%s reads %j', (expression, expected) => {
    expect(fields(expression)).toEqual(expected);
  });

  it.each(['@', '*.Key', 'keys(@)', 'Contents || @'])('%s may read any key', (expression) => {
    expect(fields(expression)).toBe('all');
  });
});
