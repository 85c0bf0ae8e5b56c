import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../../../electron/hosts/cli/export-command';
import { listCommand } from '../../../../electron/hosts/cli/list-command';
import type { CliIo } from '../../../../electron/hosts/cli/cli-io';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { PROFILE, useEndpointProfile } from '../../service/jobs/export-harness';

let endpoint: RunningEndpoint;
let dir: string;

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 3, objects: 20_000 });
  useEndpointProfile(endpoint.url);
  dir = mkdtempSync(join(tmpdir(), 'pagescope-cli-export-'));
});
afterAll(() => endpoint.stop());

/** Real streams captured as text; `tty` makes stderr look like a terminal, as a user's is. */
const captureIo = (tty = false) => {
  const stdout = new PassThrough();
  const stderr = Object.assign(new PassThrough(), { isTTY: tty });
  const text = { stdout: '', stderr: '' };
  stdout.on('data', (chunk: Buffer) => (text.stdout += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (text.stderr += chunk.toString()));
  const io: CliIo = { stdout, stderr, signal: new AbortController().signal };
  return { io, text };
};

const view = ['s3-objects', '--profile', PROFILE, '--bucket', 'demo-big'];

describe('pagescope export', () => {
  it('writes the same CSV as `list --output csv` (guard off) and says what it wrote', async () => {
    const out = join(dir, 'big.csv');
    const run = captureIo();
    expect(await exportCommand([...view, '--out', out, '--no-formula-guard'], run.io)).toBe(0);
    const listed = captureIo();
    expect(await listCommand([...view, '--output', 'csv'], listed.io)).toBe(0);
    const file = readFileSync(out, 'utf8');
    expect(file).toBe(listed.text.stdout);
    expect(file.split('\r\n')).toHaveLength(20_000 + 2);
    expect(run.text.stdout).toBe('');
    expect(run.text.stderr).toMatch(/^Exported 20000 rows \([\d.]+ (?:KB|MB)\) to /);
    expect(run.text.stderr).not.toContain('Exporting…');
  });

  it('shows a progress line on stderr when stderr is a terminal', async () => {
    const run = captureIo(true);
    expect(
      await exportCommand([...view, '--out', join(dir, 'tty.csv'), '--tsv', '--bom'], run.io),
    ).toBe(0);
    // Carriage return and ESC [K: the line is rewritten in place, not scrolled.
    expect(run.text.stderr).toContain('\r\u001b[KExporting… ');
    expect(run.text.stderr).toMatch(/Exporting… [\d,]+ rows · [\d,]+ pages/);
    const file = readFileSync(join(dir, 'tty.csv'), 'utf8');
    expect(file.startsWith('\ufeffKey\tSize\tLastModified')).toBe(true);
  });

  it('a permanent failure leaves no file and tells how far it got', async () => {
    endpoint.script({
      bucket: 'demo-big',
      operation: 'ListObjectsV2',
      nth: 5,
      fault: 'AccessDenied',
    });
    const out = join(dir, 'denied.csv');
    const run = captureIo();
    await expect(exportCommand([...view, '--out', out], run.io)).rejects.toMatchObject({
      apiError: { code: 'ACCESS_DENIED' },
    });
    expect(run.text.stderr).toMatch(/\d+ rows had been exported; .*denied\.csv was not written/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.startsWith('denied'))).toEqual([]);
  });

  it('needs --out', async () => {
    await expect(exportCommand(view, captureIo().io)).rejects.toThrow('--out FILE');
  });

  it('is the `export` command of the pagescope bin, with its exit codes', async () => {
    const bin = (args: string[]) =>
      promisify(execFile)(process.execPath, ['electron/hosts/cli/bin.mjs', ...args], {
        env: process.env,
      }).then(
        ({ stderr }) => ({ code: 0, stderr }),
        (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
      );
    const out = join(dir, 'bin.csv');
    const ok = await bin(['export', ...view, '--max-items', '2500', '--out', out]);
    expect(ok).toMatchObject({ code: 0, stderr: expect.stringMatching(/^Exported 2500 rows/) });
    expect(readFileSync(out, 'utf8').split('\r\n')).toHaveLength(2500 + 2);
    expect(await bin(['export', ...view])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--out FILE'),
    });
    endpoint.script({
      bucket: 'demo-big',
      operation: 'ListObjectsV2',
      nth: 2,
      fault: 'AccessDenied',
    });
    const denied = await bin(['export', ...view, '--out', join(dir, 'bin-denied.csv')]);
    expect(denied).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('AWS error (ACCESS_DENIED)'),
    });
    expect(existsSync(join(dir, 'bin-denied.csv'))).toBe(false);
  });

  it('runs one export per file at a time: a second to the same file is refused, the first is whole', async () => {
    const out = join(dir, 'twice.csv');
    const runs = [captureIo(), captureIo()];
    const outcomes = await Promise.allSettled(
      runs.map((run) => exportCommand([...view, '--out', out], run.io)),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled').map((o) => o.value)).toEqual([0]);
    const refused = outcomes.find((o) => o.status === 'rejected');
    expect(String(refused?.reason)).toContain(
      `Another export to ${out} is still running; wait for it or choose another file.`,
    );
    expect(readFileSync(out, 'utf8').split('\r\n')).toHaveLength(20_000 + 2);
    expect(readdirSync(dir).filter((name) => name.startsWith('twice.csv'))).toEqual(['twice.csv']);
  });
});
