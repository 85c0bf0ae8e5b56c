import { execFile, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../../../electron/hosts/cli/bin.mjs', import.meta.url));

const jp = (expression: string, input: string) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      process.execPath,
      [bin, 'jp', expression],
      { env: { PATH: process.env.PATH ?? '' } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(input);
  });

/** jmespath.py, the AWS CLI's evaluator: the result as JSON, or "error". */
const reference = (expression: string, input: string): unknown => {
  const script =
    'import sys, json, jmespath\n' +
    'try:\n print(json.dumps(jmespath.search(sys.argv[1], json.loads(sys.stdin.read()))))\n' +
    'except Exception:\n print(json.dumps("error"))';
  return JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', script, expression], { input }).toString(),
  );
};

const page = JSON.stringify({
  Contents: [
    { Key: 'a.txt', Size: 10, LastModified: '2025-11-02T17:15:17+00:00' },
    { Key: 'y/2', Size: 2000, LastModified: '2026-01-02T17:15:17+00:00' },
    { Key: '😀', Size: 5, LastModified: '2026-02-02T17:15:17+00:00' },
    { Key: '\uFF5E', Size: 7, LastModified: '2026-03-02T17:15:17+00:00' },
  ],
  Name: 'demo',
});

describe('pagescope jp', () => {
  it.each([
    "Contents[?Key > 'y'].Key",
    "Contents[?LastModified >= '2026-01-01'] | length(@)",
    'max_by(Contents, &Key).Key',
    'max(Contents[].Key)',
    'sort_by(Contents, &Size)[-2:].{K: Key, S: Size}',
    "'\\\\backslash'",
    'Name',
    'length(Contents)',
  ])('prints what jmespath.py gives for %s', async (expression) => {
    const run = await jp(expression, page);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(run.stdout)).toEqual(reference(expression, page));
  });

  it('exits 2 with the column on a syntax error', async () => {
    const run = await jp("Contents[?Key = 'a']", page);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      "pagescope: bad expression at column 15: `=` is not a JMESPath operator: compare with `==`\n  Contents[?Key = 'a']\n                ^\n",
    );
  });

  it('exits 2 where jmespath.py fails on the data', async () => {
    expect(reference("Contents[?Size > '0']", page)).toBe('error');
    const run = await jp("Contents[?Size > '0']", page);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^pagescope: .*not supported between a number and a string/);
    expect(await jp('items(@)', page)).toMatchObject({
      code: 2,
      stderr: /Unknown function: items\(\)/,
    });
  });

  it('exits 2 when stdin is not JSON', async () => {
    const run = await jp('a', 'not json');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^pagescope: stdin is not one JSON document/);
  });
});
