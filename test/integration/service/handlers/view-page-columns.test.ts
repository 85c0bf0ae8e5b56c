import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageResult, ViewSpecInput } from '../../../../shared/contract';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { engineDispatcher } from './dispatcher-harness';
import { useLocalProfile } from '../../engine/paging/engine-harness';

let endpoint: RunningEndpoint;
const base: ViewSpecInput = {
  profile: 'local',
  region: 'all',
  resource: 'ec2-instances',
  pageSize: 50,
};
const columns = [{ expression: 'tag:team' }, { expression: 'Placement.AvailabilityZone' }];

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 6, objects: 10 });
  await useLocalProfile(endpoint.url);
});
afterAll(() => endpoint.stop());

describe('view.page with added columns', () => {
  it('computes them for each item, after the resource’s columns and before Region', async () => {
    const { call } = engineDispatcher();
    const result = await call<PageResult>('view.page', {
      spec: { ...base, columns },
      cursor: null,
    });
    if (!result.ok) throw new Error(result.error.message);
    const { columns: shown, rows } = result.value;
    expect(shown.slice(-3)).toEqual([
      { id: 'tag:team', label: 'team', type: 'text' },
      {
        id: 'path:Placement.AvailabilityZone',
        label: 'Placement.AvailabilityZone',
        type: 'text',
      },
      { id: 'Region', label: 'Region', type: 'text' },
    ]);
    const at = (id: string) => shown.findIndex((c) => c.id === id);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const tags = row[at('Tags')] ? JSON.parse(String(row[at('Tags')])) : {};
      expect(row[at('tag:team')]).toBe((tags as { team?: string }).team ?? null);
      expect(row[at('path:Placement.AvailabilityZone')]).toBe(row[at('AZ')]);
      expect(String(row[at('AZ')])).toMatch(new RegExp(`^${String(row[at('Region')])}[a-z]$`));
    }
  });

  it('answers BAD_COLUMN for a bad one, and column.check says the same before it is added', async () => {
    const { call } = engineDispatcher();
    const bad = { expression: 'Placement.[' };
    const page = await call('view.page', {
      spec: { ...base, columns: [bad] },
      cursor: null,
    });
    const check = await call('column.check', { column: bad });
    expect(page).toMatchObject({ ok: false, error: { code: 'BAD_COLUMN' } });
    expect(check).toEqual(page);
    expect(
      await call('column.check', { column: { expression: 'tag:team', label: 'Team' } }),
    ).toEqual({ ok: true, value: { id: 'tag:team', label: 'Team' } });
  });
});
