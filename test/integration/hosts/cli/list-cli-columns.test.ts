import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCESS_KEY_ID, DEMO_SECRET_ACCESS_KEY } from '../../../../shared/demo-credentials';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { pagescope } from './run-cli';

let endpoint: RunningEndpoint;
let env: Record<string, string>;

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 5, objects: 10 });
  env = {
    HOME: await mkdtemp(join(tmpdir(), 'pagescope-cli-columns-')),
    AWS_ACCESS_KEY_ID: DEMO_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: DEMO_SECRET_ACCESS_KEY,
    AWS_REGION: 'us-east-1',
  };
});
afterAll(() => endpoint.stop());

const list = (args: string[]) =>
  pagescope(['list', 'ec2-instances', ...args, '--endpoint-url', endpoint.url], env);

describe('pagescope list --column', () => {
  it('adds a tag column and a path column after the resource’s own', async () => {
    const run = await list(['--column', 'tag:team', '--column', 'VpcId', '--output', 'csv']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [header, ...rows] = parse(run.stdout) as string[][];
    expect(header!.slice(-3)).toEqual(['Tags', 'tag:team', 'path:VpcId']);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const tags = row[header!.length - 3] ? JSON.parse(row[header!.length - 3]!) : {};
      expect(row[header!.length - 2]).toBe((tags as { team?: string }).team ?? '');
    }
  });

  it('exits 2 on a bad column expression, naming where it goes wrong', async () => {
    const run = await list(['--column', 'Tags[?Key==']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Bad expression for column Tags[?Key== at column 12');
    expect(run.stdout).toBe('');
  });

  it('exits 2 when combined with --query, whose output has no such rows', async () => {
    const run = await list(['--column', 'VpcId', '--query', 'Reservations']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--column');
  });
});
