import {
  lstatSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAtomicFile } from '../../../../electron/engine/export/atomic-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pagescope-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openAtomicFile', () => {
  it('writes to a partial file of its own and shows the target only after commit', async () => {
    const target = join(dir, 'out.csv');
    const file = await openAtomicFile(target);
    await file.write('a,b\n');
    await file.write(Buffer.from('1,2\n'));
    expect(readdirSync(dir)).toEqual([file.partial.slice(dir.length + 1)]);
    expect(file.partial).toMatch(/\/out\.csv\.[A-Za-z0-9_-]{12,}\.partial$/);
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

  it('leaves a file or symlink at the old fixed partial name alone and never writes through it', async () => {
    const target = join(dir, 'out.csv');
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious');
    symlinkSync(victim, `${target}.partial`);
    const file = await openAtomicFile(target);
    await file.write('rows');
    await file.commit();
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(lstatSync(`${target}.partial`).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('rows');
  });

  it('creates the file readable by its owner only', async () => {
    const target = join(dir, 'private.csv');
    const file = await openAtomicFile(target);
    expect(statSync(file.partial).mode & 0o777).toBe(0o600);
    await file.commit();
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('refuses a second export to a target that is still being written, with a clear message', async () => {
    const target = join(dir, 'busy.csv');
    const first = await openAtomicFile(target);
    await expect(openAtomicFile(target)).rejects.toThrow(
      `Another export to ${target} is still running; wait for it or choose another file.`,
    );
    await expect(openAtomicFile(join(dir, '.', 'busy.csv'))).rejects.toThrow(/still running/);
    await first.write('first');
    await first.commit();
    const second = await openAtomicFile(target);
    await second.write('second');
    await second.commit();
    expect(readFileSync(target, 'utf8')).toBe('second');
  });

  it('frees the target when an export is discarded', async () => {
    const target = join(dir, 'again.csv');
    await (await openAtomicFile(target)).discard();
    const next = await openAtomicFile(target);
    await next.discard();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses writes after commit and fails to open in a missing folder', async () => {
    const file = await openAtomicFile(join(dir, 'x.csv'));
    await file.commit();
    await expect(file.write('late')).rejects.toThrow('already closed');
    await expect(openAtomicFile(join(dir, 'missing', 'x.csv'))).rejects.toThrow(/ENOENT/);
  });
});

describe('openAtomicFile next to other processes', () => {
  it("refuses a target another running process is exporting to, and clears a crashed run's partial", async () => {
    const target = join(dir, 'shared.csv');
    // The parent process stands in for another export that is running; no process has the pid
    // 99999999 (above Linux's pid_max), so that partial is a crashed run's.
    writeFileSync(`${target}.${process.ppid}-otherexport.partial`, 'rows so far');
    writeFileSync(`${target}.99999999-crashed.partial`, 'half');
    await expect(openAtomicFile(target)).rejects.toThrow(
      `Another export to ${target} is still running; wait for it or choose another file.`,
    );
    expect(readdirSync(dir).sort()).toEqual([`shared.csv.${process.ppid}-otherexport.partial`]);
    rmSync(`${target}.${process.ppid}-otherexport.partial`);
    const file = await openAtomicFile(target);
    await file.commit();
    expect(readdirSync(dir)).toEqual(['shared.csv']);
  });
});
