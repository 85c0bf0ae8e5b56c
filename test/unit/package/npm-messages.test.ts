import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const projectRoot = new URL('../../../', import.meta.url).pathname;

describe("npm's own messages", () => {
  it('are shown: a script that does not exist says so on stderr', () => {
    const run = spawnSync('npm', ['run', 'no-such-script'], { cwd: projectRoot, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/Missing script: "no-such-script"/);
  });
});
