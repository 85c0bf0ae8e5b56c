import { forgetClients } from '../../engine/aws/clients';
import { stopDemoEndpoint } from '../../engine/aws/demo-endpoint';
import { runCli } from './run-cli';

const controller = new AbortController();
process.once('SIGINT', () => controller.abort());
// A closed pipe (`pagescope list ... | head`) ends the listing quietly.
process.stdout.on('error', () => controller.abort());

const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  signal: controller.signal,
});
forgetClients();
await stopDemoEndpoint();
process.exitCode = code;
