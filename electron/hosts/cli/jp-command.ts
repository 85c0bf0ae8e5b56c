import { text } from 'node:stream/consumers';
import { compileJmespath, JmespathError } from '../../../shared/jmespath';
import { syntaxMessage } from '../../engine/filter/syntax-message';
import { writeOut, type CliIo } from './cli-io';
import { UsageError } from './usage-error';

export const jpUsage = `Usage: pagescope jp EXPRESSION < document.json

  Evaluates a JMESPath expression on one JSON document read from stdin and prints the result
  as JSON, with the evaluator of --filter and --query (the AWS CLI's: jmespath.py's semantics).
  Test a filter on a saved page: pagescope jp "Contents[?Size > \\\`1000\\\`].Key" < page.json
  Exit 2 on a syntax error, an error on the data, or stdin that is not JSON.
`;

/** The message with its column and the expression marked under it, as a compiler shows it. */
const syntaxReport = (expression: string, error: JmespathError): string => {
  const at = error.position ?? 0;
  return `bad expression at column ${at + 1}: ${syntaxMessage(error)}\n  ${expression}\n  ${' '.repeat(at)}^`;
};

/** `pagescope jp EXPRESSION`: one JSON document in, its JMESPath result out. */
export const jpCommand = async (argv: string[], io: CliIo): Promise<number> => {
  if (argv[0] === '--help' || argv[0] === '-h') {
    await writeOut(io.stdout, jpUsage);
    return 0;
  }
  if (argv.length !== 1) throw new UsageError('jp takes one argument: the JMESPath expression.');
  const expression = argv[0]!;
  let compiled;
  try {
    compiled = compileJmespath(expression);
  } catch (error) {
    if (!(error instanceof JmespathError)) throw error;
    await writeOut(io.stderr, `pagescope: ${syntaxReport(expression, error)}\n`);
    return 2;
  }
  let document: unknown;
  try {
    document = JSON.parse(await text(io.stdin ?? process.stdin));
  } catch (error) {
    await writeOut(
      io.stderr,
      `pagescope: stdin is not one JSON document: ${(error as Error).message}\n`,
    );
    return 2;
  }
  let result: unknown;
  try {
    result = compiled.search(document);
  } catch (error) {
    if (!(error instanceof JmespathError)) throw error;
    await writeOut(io.stderr, `pagescope: ${error.message}\n`);
    return 2;
  }
  await writeOut(io.stdout, `${JSON.stringify(result ?? null, null, 2)}\n`);
  return 0;
};
