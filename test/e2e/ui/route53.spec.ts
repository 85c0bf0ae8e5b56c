import { test, expect } from '../fixtures';
import { demoViewRows } from '../export/engine-view-rows';
import { exportCsv, filterTo, findResource, loadedRows, openApp, ui } from './app-page';

test('Route 53: zones without a region picker, a zone opens its record sets, filtered and exported', async ({
  page,
  host,
}) => {
  const zones = await demoViewRows(host, { resource: 'route53-hosted-zones' });
  const zone = zones.rows[zones.column('Name').indexOf('example.com.')]![0] as string;
  const { rows, column } = await demoViewRows(host, {
    resource: 'route53-record-sets',
    params: { hostedZoneId: zone },
  });
  const cnames = column('Type').filter((type) => type === 'CNAME').length;
  expect(rows.length).toBeGreaterThan(2000);
  expect(cnames).toBeGreaterThan(0);

  await openApp(page, host.url);
  const app = ui(page);
  const find = await findResource(page, 'route');
  await expect(app.grid.getByRole('columnheader', { name: 'Zone ID' })).toBeVisible();
  // Global: one endpoint answers for every region, so there is none to pick.
  await expect(page.getByText('Amazon Route 53 is global: no region to choose.')).toBeVisible();
  await expect(app.region).toHaveCount(0);
  await find.press('Escape');

  await app.grid.getByRole('button', { name: zone, exact: true }).click();
  await expect(app.breadcrumbs).toContainText('Route 53 hosted zones');
  await expect(app.grid.getByRole('columnheader', { name: 'Set ID' })).toBeVisible();
  await expect.poll(() => loadedRows(app.grid)).toBeGreaterThan(0);
  await expect(app.region).toHaveCount(0);

  await filterTo(page, "Type == 'CNAME'", cnames);
  const csv = await exportCsv(page, cnames);
  expect(csv[0]).toContain('Record');
  expect(csv.slice(1).every((line) => line.includes(',CNAME,'))).toBe(true);
});
