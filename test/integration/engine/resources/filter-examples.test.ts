import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resourceInfos } from '../../../../electron/engine/resources/registry';
import { pagescopeInProcess } from '../../hosts/cli/in-process-cli';

// The Examples menu's filters are what a new user tries first, on the Demo data: each must
// find something there. A listing inside something (a bucket, a log group, a table) is tried in
// each of a few demo ones, never the million-key bucket, the million-event group or the
// 200,000-item table.
const PLACES: Record<string, string[][]> = {
  bucket: ['demo-photos', 'demo-versions', 'demo-eu', 'demo-edge'].map((b) => ['--bucket', b]),
  logGroupName: ['/ecs/web', '/ecs/worker'].map((g) => ['--log-group-name', g]),
  tableName: ['demo-users', 'demo-sessions', 'demo-blobs'].map((t) => ['--table-name', t]),
};

beforeAll(() => {
  const home = mkdtempSync(join(tmpdir(), 'pagescope-examples-'));
  process.env.HOME = home;
  process.env.AWS_CONFIG_FILE = join(home, 'none');
  process.env.AWS_SHARED_CREDENTIALS_FILE = join(home, 'none');
  for (const name of Object.keys(process.env)) {
    if (name.startsWith('AWS_') && !name.endsWith('_FILE')) delete process.env[name];
  }
});

const firstMatch = async (kind: string, expression: string, place: string[]) => {
  const where = kind === 'ec2-instances' ? ['--all-regions'] : place;
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
      const required = resourceInfos()
        .find((r) => r.kind === kind)!
        .params.find((p) => p.required);
      let found = false;
      for (const place of required ? PLACES[required.name]! : [[]]) {
        found ||= await firstMatch(kind, expression, place);
        if (found) break;
      }
      expect(found).toBe(true);
    },
    120_000,
  );
});
