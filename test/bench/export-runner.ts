import { exportCommand } from '../../electron/cli/export-command';

/**
 * `pagescope export` for the soak while run-cli.ts does not list the command yet: the same
 * exportCommand, the same arguments, the real process streams. Dropped once the CLI has it.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.exitCode = await exportCommand(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  signal: new AbortController().signal,
});
