import { ApiFailure, type ErrorCode } from '../../../shared/contract';
import { withMfaPrompter } from '../../engine/aws/mfa-prompts';
import { writeOut, type CliIo } from './cli-io';
import { exportCommand } from './export-command';
import { jpCommand } from './jp-command';
import { listCommand, listUsage } from './list-command';
import { askMfaOnTerminal } from './mfa-terminal';
import { redactingStream } from './redacting-stream';
import { summarizeCommand } from './summarize-command';
import { UsageError } from './usage-error';

type Command = (argv: string[], io: CliIo) => Promise<number>;

/** Subcommands by name, each in its own file. */
const commands: Record<string, Command> = {
  list: listCommand,
  export: exportCommand,
  jp: jpCommand,
  summarize: summarizeCommand,
};

const usage = `Usage: pagescope <command> [options]

Commands:
  list       Stream every row of a paginated AWS resource to stdout
  export     Write every row of a view to a CSV file, atomically
  summarize  Count and size every row of a view by group, with its largest and oldest rows
  jp         Evaluate a JMESPath expression on a JSON document from stdin

${listUsage}`;

// Bad input from the user (a filter, a token, a parameter) is usage: exit 2, like the AWS CLI.
const USAGE_CODES = new Set<ErrorCode>(['BAD_FILTER', 'BAD_COLUMN', 'BAD_REQUEST', 'BAD_TOKEN']);
const NETWORK_CODES = new Set<ErrorCode>(['NETWORK']);

const describe = (failure: ApiFailure): string => {
  const { code, message } = failure.apiError;
  if (USAGE_CODES.has(code)) return `pagescope: ${message}`;
  if (NETWORK_CODES.has(code)) {
    // The engine's messages already say "Network error calling …"; others get the label once.
    return /^network error/i.test(message)
      ? `pagescope: ${message}`
      : `pagescope: network error: ${message}`;
  }
  return `pagescope: AWS error (${code}): ${message}`;
};

/** Run one command line; returns the process exit code (0 ok, 1 AWS/network, 2 usage). */
export const runCli = async (argv: string[], given: CliIo): Promise<number> => {
  const io: CliIo = { ...given, stderr: redactingStream(given.stderr) };
  const [name, ...rest] = argv;
  try {
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      await writeOut(name ? io.stdout : io.stderr, usage);
      return name ? 0 : 2;
    }
    const command = commands[name];
    if (!command)
      throw new UsageError(
        `Unknown command ${JSON.stringify(name)}; one of ${Object.keys(commands).join(', ')}.`,
      );
    // Credentials asked for an MFA code anywhere in a command ask it on this terminal.
    return await withMfaPrompter(askMfaOnTerminal(io), () => command(rest, io));
  } catch (error) {
    if (io.signal.aborted) return 130;
    if (error instanceof UsageError) {
      await writeOut(
        io.stderr,
        `pagescope: ${error.message}\nRun \`pagescope ${name ?? ''} --help\` for usage.\n`,
      );
      return 2;
    }
    if (error instanceof ApiFailure) {
      await writeOut(io.stderr, `${describe(error)}\n`);
      return USAGE_CODES.has(error.apiError.code) ? 2 : 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    await writeOut(io.stderr, `pagescope: internal error: ${message}\n`);
    return 1;
  }
};
