import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../../electron/cli/export-command';
import { listCommand } from '../../../electron/cli/list-command';
import type { CliIo } from '../../../electron/cli/cli-io';
import { startEndpoint, type RunningEndpoint } from '../../../electron/endpoint/server';
import { PROFILE, useEndpointProfile } from './export-harness';

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
});
