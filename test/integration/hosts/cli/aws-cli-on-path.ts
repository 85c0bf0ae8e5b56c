import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { awsCliSession } from './aws-cli-batch';

const SHIM = fileURLToPath(new URL('./aws_cli_shim.py', import.meta.url));

/** A folder holding an `aws` command, for the front of a shell's PATH, and how to remove it. */
export interface AwsCliOnPath {
  /** PATH and the variable the `aws` command finds this process by. */
  env: Record<string, string>;
  close(): Promise<void>;
}

/**
 * An `aws` command for shells that run AWS CLI command lines as a user pastes them: the shell
 * parses the line (quotes, variables, loops, `$(...)`), and each `aws` it starts hands its
 * arguments and environment to one Python process running Debian's AWS CLI v2 entry point
 * (aws-cli-batch.ts), the code `/usr/bin/aws` runs, without the CLI's start-up per command.
 */
export const awsCliOnPath = async (): Promise<AwsCliOnPath> => {
  const dir = await mkdtemp(join(tmpdir(), 'pagescope-aws-on-path-'));
  const socket = join(dir, 'aws.sock');
  const aws = join(dir, 'aws');
  await writeFile(aws, `#!/bin/sh\nexec /usr/bin/python3 -S '${SHIM}' "$@"\n`);
  await chmod(aws, 0o755);
  const session = awsCliSession({});
  // Half-open: the `aws` command ends its request, then reads the answer.
  const server = createServer({ allowHalfOpen: true }, (conn) => {
    let request = '';
    conn.setEncoding('utf8').on('data', (text: string) => (request += text));
    conn.on('end', () => {
      const { args, env } = JSON.parse(request) as { args: string[]; env: Record<string, string> };
      void session.runWith(env, args).then(
        (run) => conn.end(JSON.stringify(run)),
        (error: Error) =>
          conn.end(JSON.stringify({ code: 255, stdout: '', stderr: error.message })),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(socket, resolve));
  return {
    env: { PATH: `${dir}:${process.env.PATH ?? ''}`, PAGESCOPE_AWS_CLI_SOCKET: socket },
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await session.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
};
