import { test, expect } from '../fixtures';
import { demoViewRows } from '../export/engine-view-rows';
import { exportCsv, filterTo, loadedRows, openApp, ui } from './app-page';

test('RDS DB instances: filtered by engine and exported', async ({ page, host }) => {
  const instances = await demoViewRows(host, { resource: 'rds-db-instances' });
  const mariadb = instances.column('Engine').filter((engine) => engine === 'mariadb').length;
  expect(mariadb).toBeGreaterThan(0);

  await openApp(page, host.url);
  const app = ui(page);
  await expect(app.resources.getByRole('heading', { name: 'Amazon RDS' })).toBeVisible();
  await app.sidebar('RDS DB instances').click();
  await expect(app.grid.getByRole('columnheader', { name: 'DB identifier' })).toBeVisible();
  await expect.poll(() => loadedRows(app.grid)).toBeGreaterThan(0);
  await expect(app.region).toBeVisible();

  await filterTo(page, "Engine == 'mariadb'", mariadb);
  const csv = await exportCsv(page, mariadb);
  expect(csv[0]).toContain('DB identifier');
  expect(csv.slice(1).every((line) => line.includes(',mariadb,'))).toBe(true);
});
