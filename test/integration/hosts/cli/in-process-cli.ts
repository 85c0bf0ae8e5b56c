import { PassThrough } from 'node:stream';
import { runCli } from '../../../../electron/hosts/cli/run-cli';
import type { CliRun } from './run-cli';

/**
 * `pagescope ARGS...` run in this process, with its stdout, stderr and exit code as a user sees
 * them: for test corpora of many command lines, where a process each would cost seconds apiece.
 * The environment is this process's (set it before).
 */
export const pagescopeInProcess = async (args: string[]): Promise<CliRun> => {
  const collect = () => {
    const stream = new PassThrough();
    let text = '';
    stream.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
    return { stream, text: () => text };
  };
  const stdout = collect();
  const stderr = collect();
  const code = await runCli(args, {
    stdout: stdout.stream,
    stderr: stderr.stream,
    signal: new AbortController().signal,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
};
