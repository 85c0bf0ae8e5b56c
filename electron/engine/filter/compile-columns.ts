import {
  addedColumnId,
  addedColumnLabel,
  ApiFailure,
  tagKeyOf,
  type AddedColumn,
} from '../../../shared/contract';
import { JmespathError } from '../../../shared/jmespath';
import type { ColumnDef } from '../resources/resource';
import { compileJmespath, type JmespathExpression } from './jmespath';
import { toCell } from './row-plan';
import { staticProblems } from './static-checks';
import { syntaxMessage } from './syntax-message';

const badColumn = (column: AddedColumn, position: number, reason: string) =>
  ApiFailure.of(
    'BAD_COLUMN',
    `Bad expression for column ${addedColumnLabel(column)} at column ${position}: ${reason}`,
    { details: { column: position, expression: column.expression } },
  );

/**
 * `tag:KEY` as JMESPath. The key goes in a JSON literal rather than a raw string: a raw string
 * cannot end in a backslash, and jmespath.py's lexer reads a backtick literal as JSON once `\``
 * is unescaped, so every key survives.
 */
export const tagExpression = (key: string): string =>
  `Tags[?Key==\`${JSON.stringify(key).replaceAll('`', '\\`')}\`].Value | [0]`;

const compileOne = (column: AddedColumn): JmespathExpression => {
  const key = tagKeyOf(column.expression);
  if (key === '') throw badColumn(column, 5, 'a tag key is expected after `tag:`');
  const text = key === null ? column.expression : tagExpression(key);
  let compiled: JmespathExpression;
  try {
    compiled = compileJmespath(text);
  } catch (error) {
    if (!(error instanceof JmespathError)) throw error;
    throw badColumn(column, (error.position ?? 0) + 1, syntaxMessage(error));
  }
  const problem = staticProblems(text, compiled.ast)[0];
  if (problem) throw badColumn(column, problem.column, problem.message);
  return compiled;
};

/**
 * A value the item does not have, or one of a type the expression's functions refuse (`abs` of
 * a string in one odd item), leaves that cell empty: one item must not stop a listing.
 */
const cellOf = (expression: JmespathExpression, item: unknown) => {
  try {
    return toCell(expression.search(item));
  } catch (error) {
    if (error instanceof JmespathError) return null;
    throw error;
  }
};

/**
 * The view's added columns as column definitions, compiled once per view with the AWS CLI's
 * JMESPath. A bad expression is refused (BAD_COLUMN with its 1-based position) before any
 * request is sent.
 */
export const compileColumns = (columns: readonly AddedColumn[]): ColumnDef[] =>
  columns.map((column) => {
    const expression = compileOne(column);
    return {
      id: addedColumnId(column),
      label: addedColumnLabel(column),
      type: 'text',
      get: (item) => cellOf(expression, item),
    };
  });
