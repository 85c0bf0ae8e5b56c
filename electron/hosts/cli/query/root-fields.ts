import type { JmesNode } from '../../../engine/filter/jmespath';
import { childNodes } from './ast-children';

/** The top-level keys an expression reads from the document, or 'all' when it may read any. */
export type RootFields = ReadonlySet<string> | 'all';

const union = (parts: RootFields[]): RootFields => {
  const out = new Set<string>();
  for (const part of parts) {
    if (part === 'all') return 'all';
    for (const name of part) out.add(name);
  }
  return out;
};

// Node types whose first child is evaluated against the current value and whose other children
// against what it produced (elements of a projection, a pipe's left result).
const LEFT_ONLY = new Set([
  'subexpression',
  'index_expression',
  'projection',
  'value_projection',
  'filter_projection',
  'flatten',
  'pipe',
]);
// Node types whose children are all evaluated against the current value.
const EVERY_CHILD = new Set([
  'comparator',
  'and_expression',
  'or_expression',
  'not_expression',
  'multi_select_list',
  'multi_select_dict',
  'key_val_pair',
  'function_expression',
]);
const NOTHING = new Set(['literal', 'index', 'slice', 'expref']);

/**
 * Which top-level keys of the merged result an expression (jmespath.py's tree) can read, so that
 * the merged result keeps only those: `KeyCount` or `NextToken` then holds no listing in memory.
 * An `&expr` reads the elements it is applied to, never the document. Any node type this does
 * not know reads everything.
 */
export const rootFields = (node: JmesNode): RootFields => {
  if (node.type === 'field') return new Set([String(node.value)]);
  if (NOTHING.has(node.type)) return new Set();
  const children = childNodes(node);
  if (LEFT_ONLY.has(node.type) && children[0]) return rootFields(children[0]);
  if (EVERY_CHILD.has(node.type)) return union(children.map(rootFields));
  return 'all';
};
