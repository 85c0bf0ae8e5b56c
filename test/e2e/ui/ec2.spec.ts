import { test, expect } from '../fixtures';
import { loadedRows, openApp, ui } from './app-page';

test('EC2 instances in All regions filtered to running ones', async ({ page, host }) => {
  await openApp(page, host.url);
  const app = ui(page);
  await app.sidebar('EC2 instances').click();
  await expect(app.region.getByRole('option', { name: 'All regions' })).toHaveCount(1);
  await app.region.selectOption({ label: 'All regions' });
  await expect(app.grid.getByRole('columnheader', { name: 'Region' })).toBeVisible();
  await expect(page.getByRole('note', { name: 'Regions not listed' })).toContainText('me-south-1');

  await app.filter.fill("State.Name == 'running'");
  await app.filter.press('Enter');
  await expect(page.getByTestId('status-matched')).toBeVisible();
  await expect(app.status).toContainText(/Complete|More available/);
  expect(await loadedRows(app.grid)).toBeGreaterThan(0);
  const states = await app.dataRows.locator('.pill').allTextContents();
  expect(states.length).toBeGreaterThan(10);
  expect(new Set(states)).toEqual(new Set(['running']));
  const regionColumn = await app.grid.getByRole('columnheader').allTextContents();
  const regionIndex = regionColumn.findIndex((label) => label.startsWith('Region')) + 1;
  const regions = await app.dataRows.locator(`[aria-colindex="${regionIndex}"]`).allTextContents();
  expect(regions.every((r) => /^[a-z]{2}-[a-z]+-\d$/.test(r))).toBe(true);

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'test/e2e/screenshots/instances.png' });
  await page.emulateMedia({ colorScheme: 'light' });
});
