import { readFileSync } from 'node:fs';
import { test, expect } from '../fixtures';
import { engineViewRows } from '../export/engine-view-rows';
import { loadedRows, openApp, ui } from './app-page';

test('IAM roles: found from the sidebar, with no region to pick, filtered and exported', async ({
  page,
  host,
}) => {
  const spec = { profile: 'Demo', region: 'us-east-1', resource: 'iam-roles' };
  const { columns, rows } = await engineViewRows(host.port, host.token, spec);
  expect(rows.length).toBeGreaterThanOrEqual(3000);
  const path = columns.findIndex((c) => c.id === 'Path');
  const linked = rows.filter((row) => String(row[path]).startsWith('/aws-service-role/')).length;
  expect(linked).toBeGreaterThan(0);

  await openApp(page, host.url);
  const app = ui(page);
  const nav = page.getByRole('navigation', { name: 'Resources' });
  await expect(nav.getByRole('heading', { name: 'AWS IAM' })).toBeVisible();
  const find = page.getByRole('searchbox', { name: 'Find a resource' });
  await find.fill('iam ro');
  await expect(nav.getByRole('button')).toHaveText(['IAM roles']);
  await find.press('Enter');
  await expect(app.grid.getByRole('columnheader', { name: 'Role name' })).toBeVisible();
  await expect.poll(() => loadedRows(app.grid)).toBeGreaterThan(0);
  // IAM is global: one listing for the account, and no region picker.
  await expect(app.region).toHaveCount(0);

  await app.filter.fill("starts_with(Path, '/aws-service-role/')");
  await app.filter.press('Enter');
  await expect(app.status).toContainText('Complete');
  expect(await loadedRows(app.grid)).toBe(linked);
  await expect(app.cell('AWSServiceRoleForAutoscaling')).toBeVisible();

  await app.button('Export CSV').click();
  const dialog = page.getByRole('dialog', { name: 'Export CSV' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  await expect(dialog.getByTestId('export-done')).toContainText(`Exported ${linked} rows`);
  const csv = readFileSync((await download.path())!, 'utf8')
    .trim()
    .split(/\r?\n/);
  expect(csv).toHaveLength(linked + 1);
  expect(csv[0]).toContain('Role name');
  expect(csv.slice(1).every((line) => line.includes('/aws-service-role/'))).toBe(true);
});
