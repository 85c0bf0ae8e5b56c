import { parseArgs } from 'node:util';
import { DEFAULT_OBJECTS, startEndpoint } from './server';

/**
 * `npm run endpoint -- --port N [--latency-ms L] [--fault-rate P] [--seed S] [--objects N]`.
 * Prints exactly one line, `endpoint: http://127.0.0.1:N`, once it accepts requests.
 */
const usage =
  'usage: npm run endpoint -- --port N [--latency-ms L] [--fault-rate P] [--seed S] [--objects N]';

const numberOption = (
  raw: string | undefined,
  name: string,
  fallback: number,
  valid: (n: number) => boolean,
) => {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || !valid(value)) {
    throw new Error(`--${name} ${JSON.stringify(raw)} is not valid\n${usage}`);
  }
  return value;
};

const main = async (argv: string[]): Promise<void> => {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      'latency-ms': { type: 'string' },
      'fault-rate': { type: 'string' },
      seed: { type: 'string' },
      objects: { type: 'string' },
    },
    strict: true,
  });
  const endpoint = await startEndpoint({
    port: numberOption(values.port, 'port', 0, (n) => Number.isInteger(n) && n >= 0 && n < 65536),
    latencyMs: numberOption(values['latency-ms'], 'latency-ms', 0, (n) => n >= 0),
    faultRate: numberOption(values['fault-rate'], 'fault-rate', 0, (n) => n >= 0 && n <= 1),
    seed: numberOption(values.seed, 'seed', 1, (n) => Number.isInteger(n)),
    objects: numberOption(
      values.objects,
      'objects',
      DEFAULT_OBJECTS,
      (n) => Number.isInteger(n) && n >= 0,
    ),
  });
  process.stdout.write(`endpoint: ${endpoint.url}\n`);
  const shutdown = () => void endpoint.stop().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
};

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
