import { test, expect } from '../fixtures';
import { openApp, ui } from './app-page';

test('All regions mentions a region that is not enabled once, quietly, not as a failure', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  const app = ui(page);
  await app.sidebar('EC2 instances').click();
  await expect(app.region.getByRole('option', { name: 'me-south-1 (not enabled)' })).toBeAttached();
  await app.region.selectOption({ label: 'All regions' });
  await expect(app.grid.getByRole('columnheader', { name: 'Region' })).toBeVisible();
  await expect(page.getByRole('note', { name: 'Regions not listed' })).toHaveText(
    'Not enabled, so not listed: me-south-1',
  );
  await expect(page.getByRole('region', { name: 'Failed regions' })).toHaveCount(0);
  await expect(page.locator('.view').getByText(/me-south-1/)).toHaveCount(1);
});

test('a region that fails is a warning of its own, which can be dismissed', async ({
  page,
  host,
  endpoint,
}) => {
  await openApp(page, host.url);
  const app = ui(page);
  await app.sidebar('EC2 instances').click();
  await expect(app.grid.getByRole('gridcell').first()).toBeVisible();
  endpoint.script({
    service: 'ec2',
    region: 'eu-west-1',
    nth: 1,
    times: 1000,
    fault: 'AccessDenied',
  });
  await app.region.selectOption({ label: 'All regions' });
  const failed = page.getByRole('region', { name: 'Failed regions' });
  await expect(failed).toContainText('eu-west-1');
  await expect(failed).not.toContainText('me-south-1');
  await failed.getByRole('button', { name: 'Dismiss failed regions' }).click();
  await expect(failed).toHaveCount(0);
  await expect(page.getByRole('note', { name: 'Regions not listed' })).toBeVisible();
});

test('a projection over All regions shows its own columns and one Region column', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  const app = ui(page);
  await app.sidebar('EC2 instances').click();
  await app.region.selectOption({ label: 'All regions' });
  await expect(app.grid.getByRole('columnheader', { name: 'Region' })).toBeVisible();
  await app.filter.fill('[].{id: InstanceId, type: InstanceType}');
  await app.filter.press('Enter');
  await expect(app.grid.getByRole('columnheader')).toHaveText(['id', 'type', 'Region']);
  await expect(app.dataRows.first().locator('[aria-colindex="1"]')).toHaveText(/^i-[0-9a-f]+$/);
  await expect(app.dataRows.first().locator('[aria-colindex="3"]')).toHaveText(
    /^[a-z]+-[a-z]+-\d$/,
  );
});
