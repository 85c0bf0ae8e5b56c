import { readFileSync } from 'node:fs';
import { test, expect } from '../fixtures';
import { engineViewRows } from '../export/engine-view-rows';
import { loadedRows, openApp, ui } from './app-page';

test('Route 53: zones without a region picker, a zone opens its record sets, filtered and exported', async ({
  page,
  host,
}) => {
  const zones = await engineViewRows(host.port, host.token, {
    profile: 'Demo',
    region: 'us-east-1',
    resource: 'route53-hosted-zones',
  });
  const nameAt = zones.columns.findIndex((c) => c.id === 'Name');
  const zone = zones.rows.find((row) => row[nameAt] === 'example.com.')![0] as string;
  const { columns, rows } = await engineViewRows(host.port, host.token, {
    profile: 'Demo',
    region: 'us-east-1',
    resource: 'route53-record-sets',
    params: { hostedZoneId: zone },
  });
  const type = columns.findIndex((c) => c.id === 'Type');
  const cnames = rows.filter((row) => row[type] === 'CNAME').length;
  expect(rows.length).toBeGreaterThan(2000);
  expect(cnames).toBeGreaterThan(0);

  await openApp(page, host.url);
  const app = ui(page);
  const find = page.getByRole('searchbox', { name: 'Find a resource' });
  await find.fill('route');
  await find.press('Enter');
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

  await app.filter.fill("Type == 'CNAME'");
  await app.filter.press('Enter');
  await expect(app.status).toContainText('Complete');
  expect(await loadedRows(app.grid)).toBe(cnames);

  await app.button('Export CSV').click();
  const dialog = page.getByRole('dialog', { name: 'Export CSV' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  await expect(dialog.getByTestId('export-done')).toContainText(
    `Exported ${cnames.toLocaleString('en-US')} rows`,
  );
  const csv = readFileSync((await download.path())!, 'utf8')
    .trim()
    .split(/\r?\n/);
  expect(csv).toHaveLength(cnames + 1);
  expect(csv[0]).toContain('Record');
  expect(csv.slice(1).every((line) => line.includes(',CNAME,'))).toBe(true);
});
