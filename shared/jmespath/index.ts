import type { JmesNode } from './ast';
import { compileNode, type ReadValue } from './interpreter';
import { parse } from './parser';

export type { JmesNode, NodeOf, ComparatorName } from './ast';
export { JmespathError } from './errors';
export { parse as parseJmespath } from './parser';
export { pythonJsonDumps } from './python-json';

export interface JmespathExpression {
  readonly expression: string;
  /** jmespath.py's tree of the expression. */
  readonly ast: JmesNode;
  /** The expression's value for a document, or a runtime JmespathError. */
  search(value: unknown): unknown;
}

/** Values as JSON gives them: a missing key (undefined) reads as null. */
const readJson: ReadValue = (v) => (v === undefined ? null : v);

/**
 * Compile once, search many documents, with jmespath.py's semantics (the AWS CLI's evaluator).
 * `read` says what a value read from the document is; the engine passes one that shows SDK
 * timestamps as the AWS CLI does.
 */
export const compileJmespath = (
  expression: string,
  read: ReadValue = readJson,
): JmespathExpression => {
  const ast = parse(expression);
  const evaluate = compileNode(ast, { read });
  return { expression, ast, search: (value) => evaluate(read(value)) };
};
