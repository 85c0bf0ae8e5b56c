import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cliJson, cliJsonPieces } from '../../../../../electron/hosts/cli/query/cli-json';
import { formatText } from '../../../../../electron/hosts/cli/query/cli-text';
import { documents } from '../../../shared/jmespath/arbitrary-values';

interface Printed {
  json: string;
  text?: string;
  text_error?: string;
}

const ORACLE = fileURLToPath(new URL('./cli_printers_oracle.py', import.meta.url));

/** What the AWS CLI's Python prints for each value, from one process. */
const printedByCli = (values: readonly unknown[]): Printed[] => {
  const input = values.map((v) => JSON.stringify(v)).join('\n') + '\n';
  const run = spawnSync('/usr/bin/python3', [ORACLE], {
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (run.status !== 0) throw new Error(`cli_printers_oracle.py failed: ${run.stderr}`);
  return run.stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Printed);
};

const values = [
  ...fc.sample(documents, { numRuns: 400, seed: 7 }),
  // Shapes text.py treats apart: scalars at the top, lists of lists, dicts beside lists.
  null,
  true,
  '',
  'a\tb',
  [],
  {},
  [[1, 2], 3, [4]],
  [
    { b: 1, a: [1] },
    { a: 2, c: { d: null } },
  ],
  { z: [], y: {}, x: [{ k: 'v' }, { k: 'w', j: 1.5 }] },
  { NextToken: { NextToken: 'abc' } },
  [{ a: 1 }, { a: [1, 'x'] }, { a: { b: "it's" } }],
];

describe('query output printed as the AWS CLI prints it', () => {
  const expected = printedByCli(values);

  it('writes json output as json.dumps(indent=4, ensure_ascii=False)', () => {
    values.forEach((value, i) => {
      expect(cliJson(value)).toBe(expected[i]!.json);
      expect([...cliJsonPieces(value)].join('')).toBe(expected[i]!.json);
    });
  });

  it('writes text output as awscli/text.py', () => {
    values.forEach((value, i) => {
      if (expected[i]!.text !== undefined) expect(formatText(value)).toBe(expected[i]!.text);
    });
    expect(expected.filter((e) => e.text !== undefined).length).toBeGreaterThan(300);
  });

  it('prints timestamps as the CLI’s ISO 8601 strings wherever it meets a Date', () => {
    const at = new Date(Date.UTC(2026, 11, 2, 17, 15, 17));
    const withMs = new Date(Date.UTC(2026, 11, 2, 17, 15, 17, 250));
    expect(cliJson({ T: at })).toBe('{\n    "T": "2026-12-02T17:15:17+00:00"\n}');
    expect(formatText([at, withMs])).toBe(
      '2026-12-02T17:15:17+00:00\t2026-12-02T17:15:17.250000+00:00\n',
    );
  });
});
