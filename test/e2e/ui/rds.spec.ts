import { readFileSync } from 'node:fs';
import { test, expect } from '../fixtures';
import { engineViewRows } from '../export/engine-view-rows';
import { loadedRows, openApp, ui } from './app-page';

test('RDS DB instances: filtered by engine and exported', async ({ page, host }) => {
  const spec = { profile: 'Demo', region: 'us-east-1', resource: 'rds-db-instances' };
  const { columns, rows } = await engineViewRows(host.port, host.token, spec);
  const engine = columns.findIndex((c) => c.id === 'Engine');
  const mariadb = rows.filter((row) => row[engine] === 'mariadb').length;
  expect(mariadb).toBeGreaterThan(0);

  await openApp(page, host.url);
  const app = ui(page);
  const nav = page.getByRole('navigation', { name: 'Resources' });
  await expect(nav.getByRole('heading', { name: 'Amazon RDS' })).toBeVisible();
  await app.sidebar('RDS DB instances').click();
  await expect(app.grid.getByRole('columnheader', { name: 'DB identifier' })).toBeVisible();
  await expect.poll(() => loadedRows(app.grid)).toBeGreaterThan(0);
  await expect(app.region).toBeVisible();

  await app.filter.fill("Engine == 'mariadb'");
  await app.filter.press('Enter');
  await expect(app.status).toContainText('Complete');
  expect(await loadedRows(app.grid)).toBe(mariadb);

  await app.button('Export CSV').click();
  const dialog = page.getByRole('dialog', { name: 'Export CSV' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  await expect(dialog.getByTestId('export-done')).toContainText(`Exported ${mariadb} rows`);
  const csv = readFileSync((await download.path())!, 'utf8')
    .trim()
    .split(/\r?\n/);
  expect(csv).toHaveLength(mariadb + 1);
  expect(csv[0]).toContain('DB identifier');
  expect(csv.slice(1).every((line) => line.includes(',mariadb,'))).toBe(true);
});
