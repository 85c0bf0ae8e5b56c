import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resourceInfos } from '../../../../electron/engine/resources/registry';
import { pagescopeInProcess } from '../../hosts/cli/in-process-cli';

// The Examples menu's filters are what a new user tries first, on the Demo data: each must
// find something there. Object listings are tried on every demo bucket with objects but the
// million-key one, record sets on every hosted zone.
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

const firstMatch = async (kind: string, expression: string, where: string[]) => {
  const args = ['list', kind, '--profile', 'Demo', ...where, '--filter', expression];
  const run = await pagescopeInProcess([...args, '--output', 'jsonl']);
  expect(run.code, run.stderr).toBe(0);
  return run.stdout.trim() !== '';
};

const stdoutOf = async (args: string[]) => {
  const listed = await pagescopeInProcess(args);
  expect(listed.code, listed.stderr).toBe(0);
  return listed.stdout;
};

/** Where a listing that needs a parameter is tried: each demo bucket, each hosted zone. */
const places = async (kind: string): Promise<string[][]> => {
  const info = resourceInfos().find((r) => r.kind === kind)!;
  const required = info.params.find((p) => p.required)?.name;
  if (required === 'bucket') return BUCKETS.map((bucket) => ['--bucket', bucket]);
  if (required === 'hostedZoneId') {
    const zones = await stdoutOf([
      'list',
      'route53-hosted-zones',
      '--profile',
      'Demo',
      '--query',
      'HostedZones[].Id',
      '--output',
      'json',
    ]);
    return (JSON.parse(zones) as string[]).map((id) => ['--hosted-zone-id', id]);
  }
  return [kind === 'ec2-instances' ? ['--all-regions'] : []];
};

describe('every example filter matches something in the Demo data', () => {
  const cases = resourceInfos().flatMap((info) =>
    info.filterExamples.map((expression) => [info.kind, expression] as const),
  );
  it.each(cases)(
    '%s: %s',
    async (kind, expression) => {
      let found = false;
      for (const where of await places(kind)) {
        found ||= await firstMatch(kind, expression, where);
        if (found) break;
      }
      expect(found).toBe(true);
    },
    120_000,
  );
});
