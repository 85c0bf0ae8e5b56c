import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFilter } from '../../../../electron/engine/filter/compile-filter';
import { filterKeyPrefix } from '../../../../electron/engine/filter/key-prefix';

const prefixOf = (expression: string) =>
  filterKeyPrefix(compileFilter({ expression, mode: 'item' }).ast, 'Key');

describe('the key prefix an item filter implies', () => {
  it.each([
    ["starts_with(Key, 'logs/2024/03/')", 'logs/2024/03/'],
    ["[?starts_with(Key, 'a/')]", 'a/'],
    ["[?starts_with(@.Key, 'a/')].Key", 'a/'],
    ["starts_with(Key, 'a/') && Size > `10`", 'a/'],
    ["Size > `10` && starts_with(Key, 'a/b/')", 'a/b/'],
    ["starts_with(Key, 'a/') && starts_with(Key, 'a/b/')", 'a/b/'],
    ["Key == 'a/b.txt'", 'a/b.txt'],
    ["'a/b.txt' == Key", 'a/b.txt'],
    ["starts_with(Key, 'logs/2024/03/') || starts_with(Key, 'logs/2024/04/')", 'logs/2024/0'],
    ["[?starts_with(Key, 'a/')] | [0]", 'a/'],
  ])('%s → %j', (expression, prefix) => {
    expect(prefixOf(expression)).toBe(prefix);
  });

  it.each([
    "!starts_with(Key, 'a/')",
    "starts_with(Key, 'a/') || Size > `1`",
    "ends_with(Key, '.log')",
    "contains(Key, 'a/')",
    "Key != 'a'",
    "Key >= 'a/'",
    "starts_with(ETag, 'a')",
    'starts_with(Key, `1`) && Size > `1`',
    "sort_by([?starts_with(Key, 'a/')], &Size)",
  ])('%s → none', (expression) => {
    expect(prefixOf(expression)).toBeNull();
  });

  it('never drops an item the filter keeps (random conditions over random keys)', () => {
    const text = fc.stringMatching(/^[ab/]{0,4}$/);
    const leaf = fc.oneof(
      text.map((t) => `starts_with(Key, '${t}')`),
      text.map((t) => `Key == '${t}'`),
      text.map((t) => `ends_with(Key, '${t}')`),
      fc.constant('Size > `2`'),
    );
    const condition: fc.Arbitrary<string> = fc.letrec<{ c: string }>((tie) => ({
      c: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.tuple(tie('c'), tie('c')).map(([a, b]) => `(${a} && ${b})`),
        fc.tuple(tie('c'), tie('c')).map(([a, b]) => `(${a} || ${b})`),
        tie('c').map((a) => `!(${a})`),
      ),
    })).c;
    const items = fc.array(fc.record({ Key: text, Size: fc.integer({ min: 0, max: 5 }) }), {
      maxLength: 20,
    });
    fc.assert(
      fc.property(condition, items, (expression, all) => {
        const filter = compileFilter({ expression, mode: 'item' });
        const prefix = filterKeyPrefix(filter.ast, 'Key');
        if (prefix === null) return;
        const kept = filter.run(all) as Array<{ Key: string }>;
        for (const item of kept) expect(item.Key.startsWith(prefix)).toBe(true);
      }),
      { seed: 20260514, numRuns: 2000 },
    );
  });
});
