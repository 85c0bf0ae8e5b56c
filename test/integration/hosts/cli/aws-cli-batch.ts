import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CliRun } from './run-cli';

const SCRIPT = fileURLToPath(new URL('./aws_cli_batch.py', import.meta.url));

/**
 * What `/usr/bin/aws` prints for each command line, from one Python process running the CLI's
 * entry point (aws_cli_batch.py): the same code as the `aws` program without its start-up cost.
 */
export const awsCliBatch = (commands: string[][], env: Record<string, string>): Promise<CliRun[]> =>
  new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/python3', [SCRIPT], {
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (code) => {
      const lines = stdout.trimEnd().split('\n');
      if (code !== 0 || lines.length !== commands.length) {
        reject(new Error(`aws_cli_batch.py failed (${code}): ${stderr}`));
        return;
      }
      resolve(lines.map((line) => JSON.parse(line) as CliRun));
    });
    child.stdin.end(commands.map((c) => JSON.stringify(c)).join('\n') + '\n');
  });
