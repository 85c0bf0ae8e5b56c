import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { openApp, ui } from './app-page';

const current = (page: Page) => ui(page).breadcrumbs.locator('[aria-current="page"]');

/** Opens demo-photos and walks into its first year folder and that year's first month. */
const openMonth = async (page: Page) => {
  const app = ui(page);
  await page.getByRole('button', { name: 'demo-photos', exact: true }).click();
  await expect(current(page)).toHaveText('demo-photos');
  const year = (await app.grid
    .getByRole('button', { name: /^\d{4}\/$/ })
    .first()
    .textContent())!;
  await app.grid.getByRole('button', { name: year, exact: true }).click();
  await expect(current(page)).toHaveText(year.replace('/', ''));
  const month = (await app.grid
    .getByRole('button', { name: /^\d{2}\/$/ })
    .first()
    .textContent())!;
  await app.grid.getByRole('button', { name: month, exact: true }).click();
  await expect(current(page)).toHaveText(month.replace('/', ''));
  return { year: year.replace('/', ''), month: month.replace('/', '') };
};

test.describe('navigation history', () => {
  test('Back and Forward move through folders, views, regions and filters without leaving the app', async ({
    page,
    host,
  }) => {
    await openApp(page, host.url);
    const app = ui(page);
    const origin = new URL(host.url).origin;
    const { year } = await openMonth(page);
    await app.sidebar('EC2 instances').click();
    await expect(app.grid).toHaveAccessibleName('EC2 instances');
    await app.region.selectOption({ label: 'All regions' });
    await expect(app.grid.getByRole('columnheader', { name: 'Region' })).toBeVisible();
    await app.filter.fill("State.Name == 'running'");
    await app.filter.press('Enter');
    await expect(page.getByTestId('status-matched')).toBeVisible();

    await page.goBack();
    await expect(app.filter).toHaveValue('');
    await expect(page.getByTestId('status-matched')).toHaveCount(0);
    await expect(app.region).toHaveValue('all');
    await page.goBack();
    await expect(app.region).not.toHaveValue('all');
    await expect(app.grid).toHaveAccessibleName('EC2 instances');
    await page.goBack();
    await expect(app.grid).toHaveAccessibleName(/^Objects in demo-photos\/\d{4}\/\d{2}\/$/);
    await page.goBack();
    await expect(current(page)).toHaveText(year);
    await page.goBack();
    await expect(current(page)).toHaveText('demo-photos');
    await page.goBack();
    await expect(app.grid).toHaveAccessibleName('S3 buckets');
    // Past the first view the app stays where it is.
    await page.goBack();
    await page.goBack();
    expect(new URL(page.url()).origin).toBe(origin);
    await expect(app.grid).toHaveAccessibleName('S3 buckets');
    await expect(app.breadcrumbs).toBeVisible();

    await page.goForward();
    await expect(current(page)).toHaveText('demo-photos');
    // Alt+→ and Alt+← are Forward and Back too (Electron has no browser buttons).
    await app.grid.focus();
    await page.keyboard.press('Alt+ArrowRight');
    await expect(current(page)).toHaveText(year);
    await page.keyboard.press('Alt+ArrowLeft');
    await expect(current(page)).toHaveText('demo-photos');
  });

  test('Backspace and Alt+↑ go to the parent folder, and Back returns', async ({ page, host }) => {
    await openApp(page, host.url);
    const app = ui(page);
    const { year, month } = await openMonth(page);
    await app.grid.focus();
    await page.keyboard.press('Backspace');
    await expect(current(page)).toHaveText(year);
    await page.keyboard.press('Alt+ArrowUp');
    await expect(current(page)).toHaveText('demo-photos');
    await page.keyboard.press('Alt+ArrowUp');
    await expect(app.grid).toHaveAccessibleName('S3 buckets');
    // The top has no parent: the app stays there.
    await page.keyboard.press('Backspace');
    await expect(app.grid).toHaveAccessibleName('S3 buckets');

    await page.goBack();
    await expect(current(page)).toHaveText('demo-photos');
    await page.goBack();
    await expect(current(page)).toHaveText(year);
    await page.goBack();
    await expect(current(page)).toHaveText(month);

    // Backspace in the filter edits the text and stays in the folder.
    await app.filter.fill('Key');
    await app.filter.press('Backspace');
    await expect(app.filter).toHaveValue('Ke');
    await expect(current(page)).toHaveText(month);
  });
});

test('a filter typed key by key, not applied, adds no history entry: one Back leaves the folder', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  const app = ui(page);
  await page.getByRole('button', { name: 'demo-photos', exact: true }).click();
  await expect(current(page)).toHaveText('demo-photos');
  await app.filter.click();
  await page.keyboard.type('[?Size > `1048576`]', { delay: 150 });
  await expect(page.getByTestId('status-instant')).toContainText('loaded (instant)');
  await page.goBack();
  await expect(app.grid).toHaveAccessibleName('S3 buckets');
});
