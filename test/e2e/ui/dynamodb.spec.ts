import { test, expect } from '../fixtures';
import { demoViewRows } from '../export/engine-view-rows';
import { exportCsv, filterTo, findResource, loadedRows, openApp, ui } from './app-page';

test('DynamoDB: a table’s items, filtered and exported', async ({ page, host }) => {
  const view = { resource: 'dynamodb-items', params: { tableName: 'demo-users' } };
  const all = await demoViewRows(host, view);
  const filter = { expression: "plan == 'pro'", mode: 'item' as const };
  const { rows } = await demoViewRows(host, { ...view, filter });
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.length).toBeLessThan(all.rows.length);

  await openApp(page, host.url);
  const app = ui(page);
  await findResource(page, 'dynamo');
  await expect(app.grid).toHaveAccessibleName('DynamoDB tables');
  await page.getByRole('button', { name: 'demo-users', exact: true }).click();
  await expect(app.breadcrumbs.locator('[aria-current="page"]')).toHaveText('demo-users');
  await expect(app.grid.getByRole('columnheader', { name: 'Key' })).toBeVisible();
  await expect(app.status).toContainText('Complete');
  expect(await loadedRows(app.grid)).toBe(all.rows.length);
  // Items read as plain JSON, keyed by the table's key attribute.
  await expect(app.cell('u-0000')).toBeVisible();

  await filterTo(page, filter.expression, rows.length);
  const csv = await exportCsv(page, rows.length);
  expect(csv[0]).toContain('Key');
  expect(csv.slice(1).every((line) => line.includes('""plan"":""pro""'))).toBe(true);
});
