import type { JmesNode } from '../../../engine/filter/jmespath';
import { childNodes } from './ast-children';

/**
 * How a query over the merged result can run page by page instead:
 * - `list`: its value is a list that is the concatenation of its values on each page's share of
 *   the result key (a projection, filter or flatten over it), so page results are concatenated;
 * - `count`: `length(...)` of such a list, so page counts are added.
 * In both, pages without the key are skipped; when no page had it, the query runs once on a
 * document without it (where it gives null or length()'s error, as on the merged result).
 */
export type StreamPlan = { kind: 'list' | 'count'; key: string };

const first = (node: JmesNode): JmesNode | undefined => childNodes(node)[0];
const second = (node: JmesNode): JmesNode | undefined => childNodes(node)[1];

const isCurrent = (node: JmesNode | undefined): boolean =>
  node?.type === 'current' || node?.type === 'identity';

// Node types that map a list element by element, their first child giving the list: a
// projection's right side and a filter's condition only ever see one element.
const ELEMENTWISE = new Set(['projection', 'filter_projection', 'flatten']);

/** The result key whose list this node maps element by element, or null. */
const listKey = (node: JmesNode, resultKeys: readonly string[]): string | null => {
  if (node.type === 'field') {
    const name = String(node.value);
    return resultKeys.includes(name) ? name : null;
  }
  const left = first(node);
  if (!left) return null;
  if (ELEMENTWISE.has(node.type)) return listKey(left, resultKeys);
  if (node.type === 'pipe' && mapsCurrent(second(node))) return listKey(left, resultKeys);
  return null;
};

/** Whether a pipe's right side maps the list it is given element by element (`[].Key`, `@`). */
const mapsCurrent = (node: JmesNode | undefined): boolean => {
  if (!node) return false;
  if (isCurrent(node)) return true;
  if (ELEMENTWISE.has(node.type)) return mapsCurrent(first(node));
  if (node.type === 'pipe') return mapsCurrent(first(node)) && mapsCurrent(second(node));
  return false;
};

const isLength = (node: JmesNode | undefined): boolean =>
  node?.type === 'function_expression' && node.value === 'length' && node.children.length === 1;

/** The streaming plan of a query, or null when it needs the merged result. */
export const streamPlanOf = (ast: JmesNode, resultKeys: readonly string[]): StreamPlan | null => {
  const list = listKey(ast, resultKeys);
  if (list) return { kind: 'list', key: list };
  const counted = isLength(ast)
    ? first(ast)
    : ast.type === 'pipe' && isLength(second(ast)) && isCurrent(first(second(ast)!))
      ? first(ast)
      : undefined;
  const key = counted ? listKey(counted, resultKeys) : null;
  return key ? { kind: 'count', key } : null;
};
