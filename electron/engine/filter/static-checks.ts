import type { JmesNode } from '../../../shared/jmespath';
import { FUNCTIONS } from '../../../shared/jmespath/functions';

export interface StaticProblem {
  message: string;
  /** 1-based column of the function's name. */
  column: number;
}

const columnOf = (expression: string, name: string): number => {
  const at = new RegExp(`\\b${name}\\s*\\(`).exec(expression);
  return at ? Array.from(expression.slice(0, at.index)).length + 1 : 1;
};

const walk = (node: JmesNode, visit: (node: JmesNode) => void): void => {
  visit(node);
  for (const child of node.children) if (typeof child === 'object' && child) walk(child, visit);
};

/**
 * Calls that can only fail: a function jmespath.py does not have, or the wrong number of
 * arguments. jmespath.py finds these when the call is first evaluated (so not at all over an
 * empty page); a filter box should say so as the expression is typed.
 */
export const staticProblems = (expression: string, ast: JmesNode): StaticProblem[] => {
  const problems: StaticProblem[] = [];
  walk(ast, (node) => {
    if (node.type !== 'function_expression') return;
    const name = node.value;
    const f = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
    const column = columnOf(expression, name);
    if (!f) {
      problems.push({
        message: `${name}() is not a JMESPath function (the AWS CLI has: ${Object.keys(FUNCTIONS).join(', ')})`,
        column,
      });
      return;
    }
    const { args, variadic } = f.signature;
    const count = node.children.length;
    if (variadic ? count < args.length : count !== args.length) {
      problems.push({
        message: `${name}() takes ${variadic ? 'at least ' : ''}${args.length} argument${args.length === 1 ? '' : 's'}, not ${count}`,
        column,
      });
    }
  });
  return problems;
};
