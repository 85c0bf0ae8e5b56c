import type { Locator, Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { openApp, ui } from './app-page';

const WIDTH = 1024;
const HEIGHT = 700;

test.use({ viewport: { width: WIDTH, height: HEIGHT } });

/** A screenshot in the test's output folder, attached to its report. */
const snapshot = async (page: Page, name: string) => {
  const path = test.info().outputPath(`${name}.png`);
  await page.screenshot({ path });
  await test.info().attach(name, { path, contentType: 'image/png' });
};

/** Asserts the element lies wholly inside the window. */
const expectInsideWindow = async (locator: Locator, what: string) => {
  const box = (await locator.boundingBox())!;
  expect(box, what).not.toBeNull();
  expect(box.x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${what}: top edge`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what}: right edge`).toBeLessThanOrEqual(WIDTH);
  expect(box.y + box.height, `${what}: bottom edge`).toBeLessThanOrEqual(HEIGHT);
};

/** Asserts a cell shows its whole text (nothing cut off with an ellipsis). */
const expectUnclipped = async (cell: Locator, what: string) => {
  const clipped = await cell.evaluate((element) => element.scrollWidth > element.clientWidth);
  expect(clipped, `${what} is clipped`).toBe(false);
};

test.describe('at 1024×700', () => {
  test('the toolbar stays one row above a visible grid header; popovers stay inside the window', async ({
    page,
    host,
  }) => {
    await openApp(page, host.url);
    const app = ui(page);
    await page.getByRole('button', { name: 'demo-photos', exact: true }).click();
    await expect(app.breadcrumbs).toContainText('demo-photos');
    await app.button('Flat listing').click();
    await expect(app.button('Flat listing')).toHaveAttribute('aria-pressed', 'true');
    await expect(app.grid.getByRole('gridcell').first()).toBeVisible();
    await snapshot(page, 'objects-1024x700');

    const refresh = await app.button('Refresh').boundingBox();
    const exportButton = await app.button('Export CSV').boundingBox();
    expect(Math.abs(refresh!.y - exportButton!.y), 'toolbar on one row').toBeLessThan(4);
    const header = app.grid.getByRole('columnheader').first();
    await expectInsideWindow(header, 'grid header');
    await expectInsideWindow(app.button('Export CSV'), 'Export CSV');
    await expectInsideWindow(app.filter, 'filter');

    for (const name of ['Examples', 'History', 'Pagination', 'Columns']) {
      await app.button(name).click();
      const popup = page.locator('.popover');
      await expect(popup).toBeVisible();
      await snapshot(page, `${name.toLowerCase()}-1024x700`);
      await expectInsideWindow(popup, `${name} popover`);
      await page.keyboard.press('Escape');
      await expect(popup).toHaveCount(0);
    }
  });

  test('the Export dialog shows its buttons without scrolling', async ({ page, host }) => {
    await openApp(page, host.url);
    const app = ui(page);
    // EC2 instances have the most columns to choose from.
    await app.sidebar('EC2 instances').click();
    await expect(app.grid.getByRole('gridcell').first()).toBeVisible();
    await app.button('Export CSV').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await snapshot(page, 'export-1024x700');
    await expectInsideWindow(dialog, 'Export dialog');
    const buttons = dialog.getByRole('button', { name: /^(Export|Close)$/ });
    await expect(buttons).toHaveCount(2);
    for (const button of await buttons.all()) {
      await expectInsideWindow(button, `Export dialog button ${await button.textContent()}`);
    }
    // With less room still (a browser's own toolbars), the buttons stay in view, not scrolled.
    await page.setViewportSize({ width: WIDTH, height: 520 });
    for (const button of await buttons.all()) {
      const box = (await button.boundingBox())!;
      expect(box.y + box.height, `${await button.textContent()} in view`).toBeLessThanOrEqual(520);
    }
  });

  test('the Details panel leaves the numeric columns readable', async ({ page, host }) => {
    await openApp(page, host.url);
    const app = ui(page);
    await page.getByRole('button', { name: 'demo-photos', exact: true }).click();
    await app.button('Flat listing').click();
    await expect(app.button('Flat listing')).toHaveAttribute('aria-pressed', 'true');
    await app.grid.getByRole('row').nth(1).getByRole('gridcell').nth(1).click();
    await app.button('Details').click();
    await expect(page.getByRole('complementary', { name: 'Details' })).toBeVisible();
    await snapshot(page, 'details-1024x700');
    const headers = await app.grid.getByRole('columnheader').allTextContents();
    const size = headers.findIndex((label) => label.startsWith('Size')) + 1;
    expect(size).toBeGreaterThan(0);
    const cell = app.grid.getByRole('row').nth(1).locator(`[aria-colindex="${size}"]`);
    await expectUnclipped(cell, 'Size cell');
    const cellBox = (await cell.boundingBox())!;
    const gridBox = (await app.grid.boundingBox())!;
    expect(cellBox.x + cellBox.width, 'Size column inside the visible grid').toBeLessThanOrEqual(
      gridBox.x + gridBox.width,
    );
  });
});
