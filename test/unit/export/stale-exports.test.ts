import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeStaleExports } from '../../../electron/export/stale-exports';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pagescope-stale-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, ageMs: number, now: number) => {
  writeFileSync(join(dir, name), 'x');
  const when = new Date(now - ageMs);
  utimesSync(join(dir, name), when, when);
};

describe('removeStaleExports', () => {
  it('removes exports never downloaded, keeps recent ones and anything else', async () => {
    const now = Date.now();
    const day = 24 * 60 * 60_000;
    file('old.csv', 2 * day, now);
    file('old.csv.partial', 2 * day, now);
    file('fresh.csv', 60_000, now);
    file('writing.csv.partial', 1000, now);
    file('notes.txt', 2 * day, now);
    await removeStaleExports(dir, day, now);
    expect(readdirSync(dir).sort()).toEqual(['fresh.csv', 'notes.txt', 'writing.csv.partial']);
  });

  it('does nothing when the folder does not exist yet', async () => {
    await expect(removeStaleExports(join(dir, 'missing'), 1000)).resolves.toBeUndefined();
  });
});
