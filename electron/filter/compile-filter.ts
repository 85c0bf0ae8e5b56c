import { compile, TreeInterpreter, type JSONValue } from '@jmespath-community/jmespath';
import { ApiFailure, type FilterSpec } from '../../shared/contract';
import { errorColumn } from './error-column';

type Node = ReturnType<typeof compile>;

export interface CompiledFilter {
  mode: FilterSpec['mode'];
  /** Keys of a final projection of objects (`[].{ID: InstanceId}`), which become the columns. */
  hashKeys: string[] | null;
  /** Field each hash key reads when it is a plain field (to borrow that column's type). */
  hashFields: Array<string | null>;
  /** Results for one input: the page's items (item mode) or the raw page (page mode). */
  run(input: unknown): unknown[];
}

const options = { enable_legacy_literals: true };
const predicateTypes = new Set(['Comparator', 'AndExpression', 'OrExpression', 'NotExpression']);
const predicateFunctions = new Set(['contains', 'starts_with', 'ends_with']);

const isPredicate = (node: Node): boolean =>
  predicateTypes.has(node.type) ||
  (node.type === 'Function' && predicateFunctions.has((node as { name: string }).name));

const parse = (expression: string): Node => {
  try {
    return compile(expression, options);
  } catch (error) {
    const column = errorColumn(expression);
    const reason =
      error instanceof Error ? error.message.replace(/^Syntax error: /, '') : 'invalid';
    throw ApiFailure.of('BAD_FILTER', `Bad filter at column ${column}: ${reason}`, {
      details: { column },
    });
  }
};

interface HashNode {
  type: 'MultiSelectHash';
  children: Array<{ name: string; value: { type: string; name?: string } }>;
}

/** The projection of objects at the end of the expression, if there is one. */
const finalHash = (node: Node): HashNode | null => {
  if (node.type === 'MultiSelectHash') return node as unknown as HashNode;
  const n = node as unknown as { left?: Node; right?: Node; child?: Node };
  if (node.type === 'Projection' || node.type === 'FilterProjection' || node.type === 'Pipe') {
    const right = n.right ? finalHash(n.right) : null;
    if (right || n.right?.type !== 'Identity') return right;
    return n.left ? finalHash(n.left) : null;
  }
  if (node.type === 'Flatten' && n.child) return finalHash(n.child);
  return null;
};

const evaluate = (ast: Node, input: unknown): unknown => {
  try {
    return TreeInterpreter.search(ast, input as JSONValue);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw ApiFailure.of('BAD_FILTER', `The filter failed on the data: ${reason}`, {
      details: { column: 1 },
    });
  }
};

/**
 * Compile once per view. Item mode takes the array of a page's items (a bare predicate is sugar
 * for `[?...]`); page mode takes the raw page like boto3's paginate().search(): a list result is
 * flattened into results and a null result is skipped.
 */
export const compileFilter = (spec: FilterSpec): CompiledFilter => {
  let ast = parse(spec.expression);
  if (spec.mode === 'item' && isPredicate(ast)) ast = parse(`[?${spec.expression}]`);
  const hash = finalHash(ast);
  return {
    mode: spec.mode,
    hashKeys: hash ? hash.children.map((c) => c.name) : null,
    hashFields: hash
      ? hash.children.map((c) => (c.value.type === 'Field' ? (c.value.name ?? null) : null))
      : [],
    run(input) {
      const result = evaluate(ast, input);
      if (Array.isArray(result)) return result;
      return result === null || result === undefined ? [] : [result];
    },
  };
};
