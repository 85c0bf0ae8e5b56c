import type { JmesNode } from '../jmespath';

const PREDICATE_NODES = new Set([
  'comparator',
  'and_expression',
  'or_expression',
  'not_expression',
]);
const PREDICATE_FUNCTIONS = new Set(['contains', 'starts_with', 'ends_with']);

/** A test of one item (`State.Name == 'running'`, also after pipes), not a path to values. */
export const isPredicate = (node: JmesNode): boolean => {
  if (node.type === 'pipe') return isPredicate(node.children[1]);
  return (
    PREDICATE_NODES.has(node.type) ||
    (node.type === 'function_expression' && PREDICATE_FUNCTIONS.has(node.value))
  );
};

/**
 * The test an item-mode filter applies to each item when it only selects items: a bare
 * predicate (the filter box's sugar for `[?…]`) or `[?…]` itself. Null for anything that
 * projects, slices or reorders, whose result is not a subset of the items.
 */
export const itemPredicate = (ast: JmesNode): JmesNode | null => {
  if (isPredicate(ast)) return ast;
  if (ast.type !== 'filter_projection') return null;
  const [left, right, condition] = ast.children;
  return left.type === 'identity' && right.type === 'identity' ? condition : null;
};
