import { readFileSync } from 'node:fs';
import { test, expect } from '../fixtures';
import { engineViewRows } from '../export/engine-view-rows';
import { loadedRows, openApp, ui } from './app-page';

test('EC2 volumes: listed from the sidebar, filtered and exported', async ({ page, host }) => {
  const spec = { profile: 'Demo', region: 'us-east-1', resource: 'ec2-volumes' };
  const { columns, rows } = await engineViewRows(host.port, host.token, spec);
  const state = columns.findIndex((c) => c.id === 'State');
  const available = rows.filter((row) => row[state] === 'available').length;
  expect(available).toBeGreaterThan(0);

  await openApp(page, host.url);
  const app = ui(page);
  // The sidebar groups the catalog's resources by service.
  const ec2 = page.getByRole('navigation', { name: 'Resources' });
  await expect(ec2.getByRole('heading', { name: 'Amazon EC2' })).toBeVisible();
  for (const name of ['EC2 VPCs', 'EC2 subnets', 'EC2 security groups', 'EC2 snapshots']) {
    await expect(app.sidebar(name)).toBeVisible();
  }
  // "vol" finds the volumes; Enter opens them.
  const find = page.getByRole('searchbox', { name: 'Find a resource' });
  await find.fill('vol');
  await expect(ec2.getByRole('button')).toHaveText(['EC2 volumes']);
  await find.press('Enter');
  await expect(app.grid.getByRole('columnheader', { name: 'Volume ID' })).toBeVisible();
  await expect.poll(() => loadedRows(app.grid)).toBeGreaterThan(0);
  await find.press('Escape');
  await expect(app.sidebar('S3 buckets')).toBeVisible();

  await app.filter.fill("State == 'available'");
  await app.filter.press('Enter');
  await expect(app.status).toContainText('Complete');
  expect(await loadedRows(app.grid)).toBe(available);
  const states = await app.dataRows.locator('.pill').allTextContents();
  expect(new Set(states)).toEqual(new Set(['available']));

  await app.button('Export CSV').click();
  const dialog = page.getByRole('dialog', { name: 'Export CSV' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  await expect(dialog.getByTestId('export-done')).toContainText(
    `Exported ${available.toLocaleString('en-US')} rows`,
  );
  const csv = readFileSync((await download.path())!, 'utf8')
    .trim()
    .split(/\r?\n/);
  expect(csv).toHaveLength(available + 1);
  expect(csv[0]).toContain('Volume ID');
});
