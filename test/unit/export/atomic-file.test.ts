import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAtomicFile } from '../../../electron/export/atomic-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pagescope-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openAtomicFile', () => {
  it('writes to NAME.partial and shows the target only after commit', async () => {
    const target = join(dir, 'out.csv');
    const file = await openAtomicFile(target);
    await file.write('a,b\n');
    await file.write(Buffer.from('1,2\n'));
    expect(readdirSync(dir)).toEqual(['out.csv.partial']);
    await file.commit();
    expect(readdirSync(dir)).toEqual(['out.csv']);
    expect(readFileSync(target, 'utf8')).toBe('a,b\n1,2\n');
    expect(file.bytes()).toBe(8);
  });

  it('counts bytes, not characters', async () => {
    const file = await openAtomicFile(join(dir, 'u.csv'));
    await file.write('café 📷\n');
    expect(file.bytes()).toBe(Buffer.byteLength('café 📷\n'));
    await file.discard();
  });

  it('discard removes the partial and leaves an existing target untouched', async () => {
    const target = join(dir, 'keep.csv');
    writeFileSync(target, 'old contents');
    const file = await openAtomicFile(target);
    await file.write('new rows that must never appear');
    await file.discard();
    await file.discard();
    expect(readdirSync(dir)).toEqual(['keep.csv']);
    expect(readFileSync(target, 'utf8')).toBe('old contents');
  });

  it('commit replaces an existing target in one step', async () => {
    const target = join(dir, 'replace.csv');
    writeFileSync(target, 'old');
    const file = await openAtomicFile(target);
    await file.write('new');
    await file.commit();
    expect(readFileSync(target, 'utf8')).toBe('new');
  });

  it('truncates a stale partial left by a crashed run', async () => {
    const target = join(dir, 'stale.csv');
    writeFileSync(`${target}.partial`, 'garbage from before '.repeat(10));
    const file = await openAtomicFile(target);
    await file.write('fresh');
    await file.commit();
    expect(readFileSync(target, 'utf8')).toBe('fresh');
  });

  it('refuses writes after commit and fails to open in a missing folder', async () => {
    const file = await openAtomicFile(join(dir, 'x.csv'));
    await file.commit();
    await expect(file.write('late')).rejects.toThrow('already closed');
    await expect(openAtomicFile(join(dir, 'missing', 'x.csv'))).rejects.toThrow(/ENOENT/);
  });
});
