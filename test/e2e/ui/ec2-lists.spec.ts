import { test, expect } from '../fixtures';
import { demoViewRows } from '../export/engine-view-rows';
import { exportCsv, filterTo, findResource, loadedRows, openApp, ui } from './app-page';

test('EC2 volumes: listed from the sidebar, filtered and exported', async ({ page, host }) => {
  const volumes = await demoViewRows(host, { resource: 'ec2-volumes' });
  const available = volumes.column('State').filter((state) => state === 'available').length;
  expect(available).toBeGreaterThan(0);

  await openApp(page, host.url);
  const app = ui(page);
  // The sidebar groups the catalog's resources by service.
  await expect(app.resources.getByRole('heading', { name: 'Amazon EC2' })).toBeVisible();
  for (const name of ['EC2 VPCs', 'EC2 subnets', 'EC2 security groups', 'EC2 snapshots']) {
    await expect(app.sidebar(name)).toBeVisible();
  }
  // "vol" finds the volumes; Enter opens them.
  const find = await findResource(page, 'vol', 'EC2 volumes');
  await expect(app.grid.getByRole('columnheader', { name: 'Volume ID' })).toBeVisible();
  await expect.poll(() => loadedRows(app.grid)).toBeGreaterThan(0);
  await find.press('Escape');
  await expect(app.sidebar('S3 buckets')).toBeVisible();

  await filterTo(page, "State == 'available'", available);
  const states = await app.dataRows.locator('.pill').allTextContents();
  expect(new Set(states)).toEqual(new Set(['available']));

  const csv = await exportCsv(page, available);
  expect(csv[0]).toContain('Volume ID');
});
