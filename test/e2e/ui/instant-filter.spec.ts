import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { loadedRows, openApp, statusNumber, ui } from './app-page';

const BIG_FILES = '[?Size > `1048576`]';

/** Opens demo-photos flat and loads all of it; resolves with the rows loaded. */
const loadPhotos = async (page: Page) => {
  const app = ui(page);
  await page.getByRole('button', { name: 'demo-photos', exact: true }).click();
  await app.button('Flat listing').click();
  await expect(app.grid).not.toHaveAttribute('aria-rowcount', '1');
  await app.button('Load all').click();
  await expect(page.getByTestId('status-phase')).toHaveText('Complete');
  return loadedRows(app.grid);
};

test('typing filters the loaded rows without Enter and without a request; Esc shows them all', async ({
  page,
  host,
  endpoint,
}) => {
  await openApp(page, host.url);
  const app = ui(page);
  const loaded = await loadPhotos(page);
  expect(loaded).toBeGreaterThan(2000);
  const requests = endpoint.requests().length;

  await app.filter.click();
  await page.keyboard.type(BIG_FILES);
  const instant = page.getByTestId('status-instant');
  await expect(instant).toContainText(`of ${loaded.toLocaleString('en-US')} loaded (instant)`);
  const matched = await statusNumber(page, 'status-rows');
  expect(matched).toBeGreaterThan(0);
  expect(matched).toBeLessThan(loaded);
  expect(await loadedRows(app.grid)).toBe(matched);
  await expect(page.getByTestId('filter-note')).toHaveCount(0);

  // Half an expression keeps the last good result on screen, and says so.
  await page.keyboard.press('Backspace');
  await expect(page.getByTestId('filter-note')).toContainText(
    `Showing results of the previous filter ${BIG_FILES}`,
  );
  expect(await loadedRows(app.grid)).toBe(matched);
  await page.keyboard.type(']');
  await expect(page.getByTestId('filter-note')).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(app.filter).toHaveValue('');
  await expect(app.grid).toHaveAttribute('aria-rowcount', String(loaded + 1));
  await expect(instant).toHaveCount(0);
  expect(endpoint.requests().length, 'requests to the endpoint').toBe(requests);

  // The engine, asked with Enter, keeps the same objects.
  await app.filter.fill(BIG_FILES);
  await app.filter.press('Enter');
  await expect(page.getByTestId('status-matched')).toBeVisible();
  await expect(page.getByTestId('status-phase')).toHaveText('Complete');
  expect(await statusNumber(page, 'status-matched')).toBe(matched);
});

test('a filter only the engine can run keeps the rows and says Enter runs it', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  const app = ui(page);
  const loaded = await loadPhotos(page);
  await app.filter.fill('[].{K: Key}');
  await expect(page.getByTestId('filter-note')).toContainText(
    'Showing every loaded row: press Enter to run it on every page',
  );
  expect(await loadedRows(app.grid)).toBe(loaded);
});
