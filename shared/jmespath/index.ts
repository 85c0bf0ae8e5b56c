import type { JmesNode } from './ast';
import { runtimeError, syntaxError } from './errors';
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
  let ast: JmesNode;
  let evaluate: (value: unknown) => unknown;
  try {
    ast = parse(expression);
    evaluate = compileNode(ast, { read });
  } catch (e) {
    throw tooDeep(e) ? syntaxError('Invalid JMESPath expression: nested too deeply', 0) : e;
  }
  const search = (value: unknown) => {
    try {
      return evaluate(read(value));
    } catch (e) {
      throw tooDeep(e) ? runtimeError('Maximum recursion depth exceeded') : e;
    }
  };
  return { expression, ast, search };
};

/** A parsed tree evaluated over JSON values, for callers that analyse the tree first. */
export const compileJmespathTree = (ast: JmesNode): ((value: unknown) => unknown) => {
  const evaluate = compileNode(ast, { read: readJson });
  return (value) => evaluate(readJson(value));
};

/** jmespath.py's truth: null, false, '' and empty lists and objects are false. */
export { isFalse as isJmespathFalse } from './python-values';

/**
 * The parser and the interpreter recurse, as jmespath.py's do. Python stops at its recursion
 * limit (an expression nested some 300 deep) with a RecursionError; JavaScript's stack runs out
 * later, with a RangeError, which is reported as jmespath.py's error of that stage would be.
 */
const tooDeep = (e: unknown): boolean => e instanceof RangeError;
