import { ApiFailure } from '../../../../shared/contract';
import {
  compileJmespath,
  JmespathError,
  type JmespathExpression,
} from '../../../engine/filter/jmespath';
import { syntaxMessage } from '../../../engine/filter/syntax-message';

/** A compiled --query whose errors are BAD_FILTER failures (exit code 2, like a bad --filter). */
export interface CompiledQuery {
  expression: JmespathExpression;
  search(document: unknown): unknown;
}

export const compileQuery = (text: string): CompiledQuery => {
  let expression: JmespathExpression;
  try {
    expression = compileJmespath(text);
  } catch (error) {
    if (!(error instanceof JmespathError)) throw error;
    const column = (error.position ?? 0) + 1;
    throw ApiFailure.of('BAD_FILTER', `Bad --query at column ${column}: ${syntaxMessage(error)}`, {
      details: { column },
    });
  }
  return {
    expression,
    search(document) {
      try {
        return expression.search(document);
      } catch (error) {
        if (!(error instanceof JmespathError)) throw error;
        throw ApiFailure.of('BAD_FILTER', `The --query failed on the data: ${error.message}`);
      }
    },
  };
};
