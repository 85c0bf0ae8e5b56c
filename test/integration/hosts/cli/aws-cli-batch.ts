import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { CliRun } from './run-cli';

const SCRIPT = fileURLToPath(new URL('./aws_cli_batch.py', import.meta.url));

/** One Python process running AWS CLI command lines as they are asked for, in order. */
export interface AwsCliSession {
  /** What `/usr/bin/aws` prints for each command line. */
  run(commands: string[][]): Promise<CliRun[]>;
  /** What `/usr/bin/aws ARGS...` prints run with exactly this environment. */
  runWith(env: Record<string, string>, args: string[]): Promise<CliRun>;
  /** Ends the process once the runs asked for are answered. */
  close(): Promise<void>;
}

/**
 * What `/usr/bin/aws` prints for each command line, from one Python process running the CLI's
 * entry point (aws_cli_batch.py): the same code as the `aws` program without its start-up cost.
 * A session serves a whole test file, when some command lines depend on others' output.
 */
export const awsCliSession = (env: Record<string, string>): AwsCliSession => {
  const child = spawn('/usr/bin/python3', [SCRIPT], {
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const waiting: Array<{ resolve: (run: CliRun) => void; reject: (error: Error) => void }> = [];
  const failed = (why: string) => new Error(`aws_cli_batch.py ${why}: ${stderr}`);
  createInterface({ input: child.stdout }).on('line', (line) => {
    waiting.shift()?.resolve(JSON.parse(line) as CliRun);
  });
  const closed = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      for (const { reject: fail } of waiting.splice(0)) fail(failed(`exited (${code})`));
      if (code === 0) resolve();
      else reject(failed(`failed (${code})`));
    });
  });
  // A failure is reported to the runs it leaves unanswered, and by close().
  closed.catch(() => {});
  child.stdin.on('error', () => {});
  const ask = (request: string[] | { args: string[]; env: Record<string, string> }) => {
    const answer = new Promise<CliRun>((resolve, reject) => waiting.push({ resolve, reject }));
    child.stdin.write(`${JSON.stringify(request)}\n`);
    return answer;
  };
  return {
    run: (commands) => Promise.all(commands.map(ask)),
    runWith: (runEnv, args) => ask({ args, env: runEnv }),
    close: () => {
      child.stdin.end();
      return closed;
    },
  };
};

/** awsCliSession's runs of a batch whose command lines are all known at once. */
export const awsCliBatch = async (
  commands: string[][],
  env: Record<string, string>,
): Promise<CliRun[]> => {
  const session = awsCliSession(env);
  const [runs] = await Promise.all([session.run(commands), session.close()]);
  return runs;
};
