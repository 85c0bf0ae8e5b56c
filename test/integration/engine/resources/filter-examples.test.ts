import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resourceInfos } from '../../../../electron/engine/resources/registry';
import { pagescopeInProcess } from '../../hosts/cli/in-process-cli';

// The Examples menu's filters are what a new user tries first, on the Demo data: each must
// find something there. Object listings are tried on every demo bucket with objects but the million-key one.
const BUCKETS = ['demo-photos', 'demo-versions', 'demo-eu', 'demo-edge'];

beforeAll(() => {
  const home = mkdtempSync(join(tmpdir(), 'pagescope-examples-'));
  process.env.HOME = home;
  process.env.AWS_CONFIG_FILE = join(home, 'none');
  process.env.AWS_SHARED_CREDENTIALS_FILE = join(home, 'none');
  for (const name of Object.keys(process.env)) {
    if (name.startsWith('AWS_') && !name.endsWith('_FILE')) delete process.env[name];
  }
});

const firstMatch = async (kind: string, expression: string, bucket?: string) => {
  const where = bucket ? ['--bucket', bucket] : kind === 'ec2-instances' ? ['--all-regions'] : [];
  const args = ['list', kind, '--profile', 'Demo', ...where, '--filter', expression];
  const run = await pagescopeInProcess([...args, '--output', 'jsonl']);
  expect(run.code, run.stderr).toBe(0);
  return run.stdout.trim() !== '';
};

describe('every example filter matches something in the Demo data', () => {
  const cases = resourceInfos().flatMap((info) =>
    info.filterExamples.map((expression) => [info.kind, expression] as const),
  );
  it.each(cases)(
    '%s: %s',
    async (kind, expression) => {
      const needsBucket = resourceInfos()
        .find((r) => r.kind === kind)!
        .params.some((p) => p.required);
      let found = false;
      for (const bucket of needsBucket ? BUCKETS : [undefined]) {
        found ||= await firstMatch(kind, expression, bucket);
        if (found) break;
      }
      expect(found).toBe(true);
    },
    120_000,
  );
});
