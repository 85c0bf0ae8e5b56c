import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { paramFlag } from '../../../../shared/contract';
import { resourceInfos } from '../../../../electron/engine/resources/registry';
import { pagescopeInProcess } from '../../hosts/cli/in-process-cli';

// The Examples menu's filters are what a new user tries first, on the Demo data: each must
// find something there. A listing inside something (a bucket, a log group, a table) is tried in
// each of a few demo ones, never the million-key bucket, the million-event group or the
// 200,000-item table.
const PLACES: Record<string, string[]> = {
  bucket: ['demo-photos', 'demo-versions', 'demo-eu', 'demo-edge'],
  logGroupName: ['/ecs/web', '/ecs/worker'],
  tableName: ['demo-users', 'demo-sessions', 'demo-blobs'],
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

const firstMatch = async (kind: string, expression: string, params: string[]) => {
  const where = params.length > 0 ? params : kind === 'ec2-instances' ? ['--all-regions'] : [];
  const args = ['list', kind, '--profile', 'Demo', ...where, '--filter', expression];
  const run = await pagescopeInProcess([...args, '--output', 'jsonl']);
  expect(run.code, run.stderr).toBe(0);
  return run.stdout.trim() !== '';
};

/**
 * The places a listing with a required parameter is tried in: the demo places above, or the
 * first rows of the listing whose rows open it (a stack's resources: the first stacks).
 */
const placesOf = async (kind: string): Promise<string[][]> => {
  const info = resourceInfos().find((r) => r.kind === kind)!;
  const param = info.params.find((p) => p.required);
  if (!param) return [[]];
  const flag = paramFlag(param.name);
  const places = PLACES[param.name];
  if (places) return places.map((place) => [flag, place]);
  const parent = resourceInfos().find((r) => r.kind === info.parent)!;
  const run = await pagescopeInProcess([
    'list',
    parent.kind,
    '--profile',
    'Demo',
    '--output',
    'jsonl',
  ]);
  expect(run.code, run.stderr).toBe(0);
  return run.stdout
    .trim()
    .split('\n')
    .slice(0, 20)
    .map((line) => [
      flag,
      String((JSON.parse(line) as Record<string, unknown>)[parent.child!.column]),
    ]);
};

describe('every example filter matches something in the Demo data', () => {
  const cases = resourceInfos().flatMap((info) =>
    info.filterExamples.map((expression) => [info.kind, expression] as const),
  );
  it.each(cases)(
    '%s: %s',
    async (kind, expression) => {
      let found = false;
      for (const params of await placesOf(kind)) {
        found ||= await firstMatch(kind, expression, params);
        if (found) break;
      }
      expect(found).toBe(true);
    },
    120_000,
  );
});
