import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { readmeCommandLines } from './readme-command-lines';

// The README's command lines, run as a reader would paste them into a shell: the built CLI on
// the PATH, an empty HOME, no AWS variables, in an empty folder (for their output files). The
// Demo profile they fall back to is pointed at an endpoint whose demo-big holds 50,000 keys
// rather than a million: what is checked is that each command works as written; listings at
// full scale are the bench's and the million-key tests' part.
const root = fileURLToPath(new URL('../../../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'pagescope-readme-'));
const bin = join(work, 'bin');
const home = join(work, 'home');
const cwd = join(work, 'cwd');
let endpoint: RunningEndpoint;

const shell = (line: string) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      '/bin/sh',
      ['-c', line],
      {
        cwd,
        env: {
          PATH: `${bin}:${process.env.PATH ?? ''}`,
          HOME: home,
          PAGESCOPE_DEMO_ENDPOINT: endpoint.url,
        },
        maxBuffer: 256 * 1024 * 1024,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 7, objects: 50_000 });
  for (const dir of [bin, home, cwd]) execFileSync('mkdir', ['-p', dir]);
  execFileSync(
    process.execPath,
    [join(root, 'electron/tooling/build/build-cli.mjs'), join(work, 'cli')],
    {
      cwd: root,
    },
  );
  const launcher = join(bin, 'pagescope');
  writeFileSync(
    launcher,
    `#!/bin/sh\nexec "${process.execPath}" "${join(work, 'cli', 'pagescope.mjs')}" "$@"\n`,
  );
  chmodSync(launcher, 0o755);
}, 120_000);
afterAll(async () => {
  await endpoint.stop();
  rmSync(work, { recursive: true, force: true });
});

const lines = readmeCommandLines(join(root, 'README.md'));

describe("the README's pagescope commands work as written", () => {
  it('finds them', () => {
    expect(lines.length).toBeGreaterThanOrEqual(6);
  });

  // TOKEN stands for the NextToken an earlier example printed, as the README's comment says.
  let lastToken = '';
  it.each(lines)(
    '%s',
    async (line) => {
      const run = await shell(line.replace(/^npx /, '').replaceAll('TOKEN', `'${lastToken}'`));
      expect(run.code, run.stderr).toBe(0);
      lastToken = /NextToken: (\S+)/.exec(run.stderr)?.[1] ?? lastToken;
    },
    300_000,
  );
});
