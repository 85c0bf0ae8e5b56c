import { lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHostExportsDir } from '../../../../electron/engine/export/host-exports-dir';

let base: string;
beforeEach(() => {
  base = join(mkdtempSync(join(tmpdir(), 'pagescope-hosts-')), 'exports');
});
afterEach(() => rmSync(join(base, '..'), { recursive: true, force: true }));

describe('createHostExportsDir', () => {
  it('gives each host a new private folder inside a private one, removed when it stops', async () => {
    const a = await createHostExportsDir(base);
    const b = await createHostExportsDir(base);
    expect(a.dir).not.toBe(b.dir);
    for (const path of [base, a.dir, b.dir]) expect(lstatSync(path).mode & 0o777).toBe(0o700);
    writeFileSync(join(a.dir, 'left.csv'), 'rows');
    await a.remove();
    expect(readdirSync(base)).toEqual([b.dir.slice(base.length + 1)]);
    await b.remove();
    expect(readdirSync(base)).toEqual([]);
  });

  it("removes the folders of hosts that were killed, never a running host's", async () => {
    mkdirSync(base, { mode: 0o700 });
    // No process has this pid (above Linux's pid_max).
    mkdirSync(join(base, 'host-99999999-dead'));
    writeFileSync(join(base, 'host-99999999-dead', 'x.csv'), 'rows');
    mkdirSync(join(base, `host-${process.pid}-alive`));
    const host = await createHostExportsDir(base);
    expect(readdirSync(base).sort()).toEqual(
      [`host-${process.pid}-alive`, host.dir.slice(base.length + 1)].sort(),
    );
  });
});
