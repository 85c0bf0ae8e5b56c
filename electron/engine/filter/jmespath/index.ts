import {
  compileJmespath as compileWith,
  type JmespathExpression,
} from '../../../../shared/jmespath';
import { cliTimestamp } from '../cli-timestamp';

export type { JmesNode, JmespathExpression } from '../../../../shared/jmespath';
export { JmespathError } from '../../../../shared/jmespath';

/** SDK values as the AWS CLI's --query sees them: timestamps are its ISO 8601 strings. */
const readSdkValue = (v: unknown): unknown =>
  v === undefined ? null : v instanceof Date ? cliTimestamp(v) : v;

/** An expression evaluated as the AWS CLI evaluates it over SDK results. */
export const compileJmespath = (expression: string): JmespathExpression =>
  compileWith(expression, readSdkValue);
