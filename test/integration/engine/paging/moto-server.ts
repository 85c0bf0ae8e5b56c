import { execFileSync, spawn } from 'node:child_process';

/**
 * moto's S3 server, a third-party emulator, as a second reference beside the local endpoint. It
 * runs from the first `python3` on PATH (the one that has moto installed).
 */
export interface MotoServer {
  url: string;
  stop(): Promise<void>;
}

// Finds the package without importing it: importing moto is slow, and startMoto imports it.
const FIND_MOTO = "import importlib.util, sys; sys.exit(importlib.util.find_spec('moto') is None)";

/** Why moto cannot run here, or null when the first `python3` on PATH has it installed. */
export const motoMissing = (): string | null => {
  try {
    execFileSync('python3', ['-c', FIND_MOTO], { stdio: 'ignore' });
    return null;
  } catch {
    return 'moto is not installed for the first python3 on PATH (importlib found no moto)';
  }
};

// werkzeug announces the address it bound, port 0 resolved, once it accepts requests.
const READY = /Running on (http:\/\/127\.0\.0\.1:\d+)/;

/** Starts `python3 -m moto.server` on a free port; resolves once it says where it listens. */
export const startMoto = (): Promise<MotoServer> =>
  new Promise((resolve, reject) => {
    const child = spawn('python3', ['-m', 'moto.server', '-H', '127.0.0.1', '-p', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    let output = '';
    const onOutput = (chunk: Buffer) => {
      output += chunk.toString();
      const url = READY.exec(output)?.[1];
      if (!url) return;
      child.stdout.off('data', onOutput);
      child.stderr.off('data', onOutput);
      // Keep draining its request log, so a full pipe never blocks the server.
      child.stdout.resume();
      child.stderr.resume();
      resolve({
        url,
        stop: () => {
          child.kill();
          return exited;
        },
      });
    };
    child.stdout.on('data', onOutput);
    child.stderr.on('data', onOutput);
    child.once('error', reject);
    child.once('exit', (code) =>
      reject(new Error(`moto exited (${code}) before it was ready:\n${output}`)),
    );
  });
