import { compile, TreeInterpreter, type JSONValue } from '@jmespath-community/jmespath';
import { compileFilter } from '../../electron/engine/filter/compile-filter';
import type { BenchOptions } from './bench-options';
import { atLeast, ratio, type Measure } from './measure';
import { sideBySide } from './timing';

/** Filters people type, each over the same items; the tag filter walks nested lists. */
const EXPRESSIONS = [
  '[?Size > `1048576`]',
  "[?starts_with(Key, 'logs/') && StorageClass == 'STANDARD'].{K: Key, S: Size}",
  "[?Tags[?Key=='team' && Value=='data']]",
];

/** S3-like items as the SDK gives them (a Date for LastModified), with a few tags each. */
const itemsOf = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    Key: `${i % 3 === 0 ? 'logs/' : 'data/'}${String(i).padStart(8, '0')}.bin`,
    Size: (i * 7919) % 4_000_000,
    StorageClass: i % 5 === 0 ? 'GLACIER' : 'STANDARD',
    LastModified: new Date(1_700_000_000_000 + i * 1000),
    ETag: `"${i.toString(16)}"`,
    Tags: [
      { Key: 'team', Value: i % 4 === 0 ? 'data' : 'web' },
      { Key: 'env', Value: 'prod' },
    ],
  }));

/**
 * The filter's items per second against @jmespath-community/jmespath, the evaluator PageScope
 * used before it took jmespath.py's semantics: the same expressions over the same items, in
 * pages of 1,000 as the engine runs them.
 */
export const filterSpeed = async (o: BenchOptions): Promise<Measure[]> => {
  const items = itemsOf(o.filterItems);
  const pages: (typeof items)[] = [];
  for (let i = 0; i < items.length; i += 1000) pages.push(items.slice(i, i + 1000));
  const ours = EXPRESSIONS.map((e) => compileFilter({ expression: e, mode: 'item' }));
  const theirs = EXPRESSIONS.map((e) => compile(e));
  let sink = 0;
  const outcome = await sideBySide(o.runs, {
    pagescope: async () => {
      for (const f of ours) for (const page of pages) sink += f.run(page).length;
    },
    anchor: async () => {
      for (const ast of theirs) {
        for (const page of pages) {
          const r = TreeInterpreter.search(ast, page as unknown as JSONValue);
          sink += Array.isArray(r) ? r.length : 0;
        }
      }
    },
  });
  if (!outcome.pagescope?.ok || !outcome.anchor?.ok) throw new Error('filter run failed');
  const perSecond = (s: number) => Math.round((items.length * EXPRESSIONS.length) / s);
  o.log(`filter: ${sink} matches counted`);
  return [
    ratio(
      'filter-vs-community-jmespath',
      atLeast(0.5),
      { pagescope: outcome.pagescope.seconds, anchor: outcome.anchor.seconds },
      `${EXPRESSIONS.length} filters × ${items.length} items: ${perSecond(outcome.pagescope.seconds)} items/s (jmespath.py semantics) vs ${perSecond(outcome.anchor.seconds)} items/s (@jmespath-community/jmespath)`,
    ),
  ];
};
