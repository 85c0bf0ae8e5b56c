import { test, expect } from '../fixtures';
import { demoViewRows } from '../export/engine-view-rows';
import { exportCsv, filterTo, findResource, loadedRows, openApp, ui } from './app-page';

test('IAM roles: found from the sidebar, with no region to pick, filtered and exported', async ({
  page,
  host,
}) => {
  const { rows, column } = await demoViewRows(host, { resource: 'iam-roles' });
  expect(rows.length).toBeGreaterThanOrEqual(3000);
  const linked = column('Path').filter((path) =>
    String(path).startsWith('/aws-service-role/'),
  ).length;
  expect(linked).toBeGreaterThan(0);

  await openApp(page, host.url);
  const app = ui(page);
  await expect(app.resources.getByRole('heading', { name: 'AWS IAM' })).toBeVisible();
  await findResource(page, 'iam ro', 'IAM roles');
  await expect(app.grid.getByRole('columnheader', { name: 'Role name' })).toBeVisible();
  await expect.poll(() => loadedRows(app.grid)).toBeGreaterThan(0);
  // IAM is global: one listing for the account, and no region picker.
  await expect(app.region).toHaveCount(0);

  await filterTo(page, "starts_with(Path, '/aws-service-role/')", linked);
  await expect(app.cell('AWSServiceRoleForAutoscaling')).toBeVisible();

  const csv = await exportCsv(page, linked);
  expect(csv[0]).toContain('Role name');
  expect(csv.slice(1).every((line) => line.includes('/aws-service-role/'))).toBe(true);
});
