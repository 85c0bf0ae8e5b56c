import { readFileSync } from 'node:fs';
import { test, expect } from '../fixtures';
import { engineViewRows } from '../export/engine-view-rows';
import { loadedRows, openApp, ui } from './app-page';

test('DynamoDB: a table’s items, filtered and exported', async ({ page, host }) => {
  const spec = {
    profile: 'Demo',
    region: 'us-east-1',
    resource: 'dynamodb-items',
    params: { tableName: 'demo-users' },
  };
  const all = await engineViewRows(host.port, host.token, spec);
  const filter = { expression: "plan == 'pro'", mode: 'item' as const };
  const { rows } = await engineViewRows(host.port, host.token, { ...spec, filter });
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.length).toBeLessThan(all.rows.length);

  await openApp(page, host.url);
  const app = ui(page);
  const find = page.getByRole('searchbox', { name: 'Find a resource' });
  await find.fill('dynamo');
  await find.press('Enter');
  await expect(app.grid).toHaveAccessibleName('DynamoDB tables');
  await page.getByRole('button', { name: 'demo-users', exact: true }).click();
  await expect(app.breadcrumbs.locator('[aria-current="page"]')).toHaveText('demo-users');
  await expect(app.grid.getByRole('columnheader', { name: 'Key' })).toBeVisible();
  await expect(app.status).toContainText('Complete');
  expect(await loadedRows(app.grid)).toBe(all.rows.length);
  // Items read as plain JSON, keyed by the table's key attribute.
  await expect(app.cell('u-0000')).toBeVisible();

  await app.filter.fill("plan == 'pro'");
  await app.filter.press('Enter');
  await expect(app.status).toContainText('Complete');
  await expect.poll(() => loadedRows(app.grid)).toBe(rows.length);

  await app.button('Export CSV').click();
  const dialog = page.getByRole('dialog', { name: 'Export CSV' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  await expect(dialog.getByTestId('export-done')).toContainText(
    `Exported ${rows.length.toLocaleString('en-US')} rows`,
  );
  const csv = readFileSync((await download.path())!, 'utf8')
    .trim()
    .split(/\r?\n/);
  expect(csv).toHaveLength(rows.length + 1);
  expect(csv[0]).toContain('Key');
  expect(csv.slice(1).every((line) => line.includes('""plan"":""pro""'))).toBe(true);
});
