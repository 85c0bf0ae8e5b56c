import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startBrowserMode } from './browser-mode';
import { redactSecrets } from '../../engine/log/redact';

// `npm run web -- --port N`: browser mode. stdout carries exactly one line, the URL; every other
// message goes to stderr so scripts and tests can read that line.
const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
const rendererDir = join(projectRoot, 'dist', 'renderer');

const usage = 'usage: npm run web -- --port N   (N = 0 picks a free port)';

const parsePort = (): number => {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '0' } } });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(usage);
  return port;
};

const ensureRendererBuilt = async () => {
  if (existsSync(join(rendererDir, 'index.html'))) return;
  process.stderr.write('Building the renderer (first run)…\n');
  const { build } = await import('vite');
  await build({ configFile: join(projectRoot, 'vite.config.ts'), logLevel: 'warn' });
};

const main = async () => {
  const port = parsePort();
  await ensureRendererBuilt();
  const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  const host = await startBrowserMode({ port, rendererDir, version });
  process.stdout.write(`PageScope: ${host.url}\n`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

main().catch((error: unknown) => {
  process.stderr.write(`pagescope web: ${redactSecrets((error as Error).message)}\n`);
  process.exit(2);
});
