import type { JmesNode } from '../../../shared/jmespath';

/** Whether a node reads `field` of the current item: `Key` or `@.Key`. */
const readsField = (node: JmesNode, field: string): boolean =>
  (node.type === 'field' && node.value === field) ||
  (node.type === 'subexpression' &&
    node.children.length === 2 &&
    node.children[0]!.type === 'current' &&
    readsField(node.children[1]!, field));

const stringLiteral = (node: JmesNode): string | null =>
  node.type === 'literal' && typeof node.value === 'string' ? node.value : null;

const commonPrefix = (a: string, b: string): string => {
  const x = Array.from(a);
  const y = Array.from(b);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i += 1;
  return x.slice(0, i).join('');
};

/**
 * The longest prefix every item that passes `condition` has in `field`, or null when the
 * condition does not imply one. Sound, not complete: what it returns may be shorter than the
 * truth, never longer, so listing only that prefix never drops a matching item.
 */
export const conditionPrefix = (condition: JmesNode, field: string): string | null => {
  switch (condition.type) {
    case 'function_expression': {
      const [subject, literal] = condition.children;
      if (condition.value !== 'starts_with' || condition.children.length !== 2) return null;
      return readsField(subject!, field) ? stringLiteral(literal!) : null;
    }
    case 'comparator': {
      if (condition.value !== 'eq') return null;
      const [left, right] = condition.children;
      if (readsField(left, field)) return stringLiteral(right);
      return readsField(right, field) ? stringLiteral(left) : null;
    }
    case 'and_expression': {
      // Both hold: the longer prefix (two that disagree select nothing; the filter still runs).
      const a = conditionPrefix(condition.children[0], field);
      const b = conditionPrefix(condition.children[1], field);
      if (a === null || b === null) return a ?? b;
      return a.length >= b.length ? a : b;
    }
    case 'or_expression': {
      const a = conditionPrefix(condition.children[0], field);
      const b = conditionPrefix(condition.children[1], field);
      return a === null || b === null ? null : commonPrefix(a, b);
    }
    default:
      return null;
  }
};

/**
 * The key prefix an item filter implies: the filter of the items themselves (`[?...]`, maybe
 * followed by a projection or a pipe) is what drops items, so only its condition counts.
 */
export const filterKeyPrefix = (ast: JmesNode, field: string): string | null => {
  switch (ast.type) {
    case 'filter_projection': {
      const [left, , condition] = ast.children;
      return left.type === 'identity' ? conditionPrefix(condition, field) : null;
    }
    case 'pipe':
    case 'projection':
      return filterKeyPrefix(ast.children[0], field);
    default:
      return null;
  }
};
