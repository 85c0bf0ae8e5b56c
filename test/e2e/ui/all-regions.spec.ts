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
