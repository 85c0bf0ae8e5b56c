import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowserModeHost, test, expect } from '../fixtures';
import { openApp, ui } from './app-page';
import { DEMO_KEYS } from './local-profile-host';

// The Demo profile lists from the fixture's endpoint, where DescribeRegions is made to fail.
const regionNote = (page: import('@playwright/test').Page) =>
  page.getByRole('note', { name: 'Region list' });

test('denied DescribeRegions: the built-in regions with the reason, and S3 opens', async ({
  page,
  host,
  endpoint,
}) => {
  endpoint.script({
    service: 'ec2',
    operation: 'DescribeRegions',
    nth: 1,
    times: 1000,
    fault: 'AccessDenied',
  });
  await openApp(page, host.url);
  const app = ui(page);
  await expect(app.region).toHaveValue('us-east-1');
  await expect(app.region.getByRole('option', { name: 'Loading…' })).toHaveCount(0);
  await expect(app.region.getByRole('option', { name: 'sa-east-1', exact: true })).toHaveCount(1);
  await expect(regionNote(page)).toContainText('built-in list');
  await expect(regionNote(page)).toContainText('ec2:DescribeRegions');

  await page.getByRole('button', { name: 'demo-photos', exact: true }).click();
  await expect(app.breadcrumbs).toContainText('demo-photos');
  await expect.poll(() => app.dataRows.count()).toBeGreaterThan(0);
  await expect(app.alert).toHaveCount(0);
});

test('throttled DescribeRegions: Retry lists the regions from EC2 once it answers', async ({
  page,
  host,
  endpoint,
}) => {
  endpoint.script({
    service: 'ec2',
    operation: 'DescribeRegions',
    nth: 1,
    fault: 'RequestLimitExceeded',
  });
  await openApp(page, host.url);
  const app = ui(page);
  await expect(regionNote(page)).toContainText('Throttled');
  await regionNote(page).getByRole('button', { name: 'Retry' }).click();
  await expect(regionNote(page)).toHaveCount(0);
  await expect(app.region.getByRole('option', { name: 'me-south-1 (not enabled)' })).toHaveCount(1);
});

test('a start-up failure fills the pane with Retry, which opens the view once fixed', async ({
  page,
  endpoint,
}) => {
  const home = mkdtempSync(join(tmpdir(), 'pagescope-ui-'));
  const config = (extra: string) =>
    writeFileSync(
      join(home, 'config'),
      `[profile local]\nregion = us-east-1\nendpoint_url = ${endpoint.url}\n${extra}`,
    );
  config('not a setting\n');
  writeFileSync(join(home, 'credentials'), `[local]\n${DEMO_KEYS}`);
  const host = await startBrowserModeHost({
    HOME: home,
    AWS_CONFIG_FILE: join(home, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
  });
  try {
    // EC2 instances wait for the region list, which a broken config file cannot give.
    await page.addInitScript(() => {
      window.localStorage.setItem('pagescope.profile', JSON.stringify('local'));
      window.localStorage.setItem(
        'pagescope.location',
        JSON.stringify({ resource: 'ec2-instances', params: {} }),
      );
    });
    await page.goto(host.url);
    const app = ui(page);
    const pane = page.getByRole('main');
    await expect(pane.getByRole('alert')).toContainText('line 4');
    config('');
    await pane.getByRole('button', { name: 'Retry' }).click();
    await expect(app.grid).toBeVisible();
    await expect(app.sidebar('EC2 instances')).toHaveAttribute('aria-current', 'page');
  } finally {
    host.stop();
    rmSync(home, { recursive: true, force: true });
  }
});
