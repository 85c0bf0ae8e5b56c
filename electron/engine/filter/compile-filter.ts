import { ApiFailure, type FilterSpec, type FilterWarning } from '../../../shared/contract';
import { isPredicate } from '../../../shared/filter/item-predicate';
import { JmespathError, type JmesNode } from '../../../shared/jmespath';
import { filterWarnings } from './filter-warnings';
import { compileJmespath, type JmespathExpression } from './jmespath';
import { staticProblems } from './static-checks';
import { syntaxMessage } from './syntax-message';

export interface CompiledFilter {
  mode: FilterSpec['mode'];
  /** Keys of a final projection of objects (`[].{ID: InstanceId}`), which become the columns. */
  hashKeys: string[] | null;
  /** Field each hash key reads when it is a plain field (to borrow that column's type). */
  hashFields: Array<string | null>;
  /** Valid expressions that are probably not what was meant (`"running"`, `Size > '0'`). */
  warnings: FilterWarning[];
  /** The expression as run (a bare predicate already inside `[?...]`), for push-down analyses. */
  ast: JmesNode;
  /** Results for one input: the page's items (item mode) or the raw page (page mode). */
  run(input: unknown): unknown[];
}

const badFilter = (column: number, reason: string) =>
  ApiFailure.of('BAD_FILTER', `Bad filter at column ${column}: ${reason}`, {
    details: { column },
  });

const compile = (expression: string): JmespathExpression => {
  try {
    return compileJmespath(expression);
  } catch (error) {
    if (!(error instanceof JmespathError)) throw error;
    throw badFilter((error.position ?? 0) + 1, syntaxMessage(error));
  }
};

/** The projection of objects at the end of the expression, if there is one. */
const finalHash = (node: JmesNode): Extract<JmesNode, { type: 'multi_select_dict' }> | null => {
  switch (node.type) {
    case 'multi_select_dict':
      return node;
    case 'projection':
    case 'value_projection':
    case 'filter_projection':
    case 'pipe': {
      const [left, right] = node.children;
      return finalHash(right) ?? (right.type === 'identity' ? finalHash(left) : null);
    }
    case 'subexpression':
      return finalHash(node.children.at(-1)!);
    case 'flatten':
      return finalHash(node.children[0]);
    default:
      return null;
  }
};

const evaluate = (expression: JmespathExpression, input: unknown): unknown => {
  try {
    return expression.search(input);
  } catch (error) {
    if (!(error instanceof JmespathError)) throw error;
    throw ApiFailure.of('BAD_FILTER', `The filter failed on the data: ${error.message}`, {
      details: { column: 1 },
    });
  }
};

/**
 * Compile once per view, with the AWS CLI's JMESPath (jmespath.py's semantics). Item mode takes
 * the array of a page's items (a bare predicate is sugar for `[?...]`); page mode takes the raw
 * page like boto3's paginate().search(): a list result is flattened into results and a null
 * result is skipped. A call of a function JMESPath lacks is refused here, not on the first page.
 */
export const compileFilter = (spec: FilterSpec): CompiledFilter => {
  let expression = compile(spec.expression);
  const problem = staticProblems(spec.expression, expression.ast)[0];
  if (problem) throw badFilter(problem.column, problem.message);
  if (spec.mode === 'item' && isPredicate(expression.ast)) {
    expression = compile(`[?${spec.expression}]`);
  }
  const hash = finalHash(expression.ast);
  return {
    mode: spec.mode,
    hashKeys: hash ? hash.children.map((c) => c.value) : null,
    hashFields: hash
      ? hash.children.map((c) => (c.children[0].type === 'field' ? c.children[0].value : null))
      : [],
    warnings: filterWarnings(spec.expression),
    ast: expression.ast,
    run(input) {
      const result = evaluate(expression, input);
      if (Array.isArray(result)) return result;
      return result === null || result === undefined ? [] : [result];
    },
  };
};
