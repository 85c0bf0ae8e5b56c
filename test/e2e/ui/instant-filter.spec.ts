import type { Page } from '@playwright/test';
import { percentile } from '../../bench/timing';
import { clearAndMeasure, typeAndMeasure } from '../../bench/typing-probe';
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
  // A screenshot for the README: the loaded rows narrowed as the filter was typed.
  await page.screenshot({ path: 'test/e2e/screenshots/instant-filter.png' });

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

test('EC2 instances filtered by a nested field as it is typed, with no request', async ({
  page,
  host,
  endpoint,
}) => {
  await openApp(page, host.url);
  const app = ui(page);
  await app.sidebar('EC2 instances').click();
  await expect(app.grid).not.toHaveAttribute('aria-rowcount', '1');
  await app.button('Load all').click();
  await expect(page.getByTestId('status-phase')).toHaveText('Complete');
  const loaded = await loadedRows(app.grid);
  const requests = endpoint.requests().length;
  await app.filter.click();
  await page.keyboard.type("State.Name == 'stopped'");
  await expect(page.getByTestId('status-instant')).toContainText('loaded (instant)');
  const states = await app.dataRows.locator('.pill').allTextContents();
  expect(states.length).toBeGreaterThan(0);
  expect(states.length).toBeLessThan(loaded);
  expect(new Set(states)).toEqual(new Set(['stopped']));
  expect(endpoint.requests().length, 'requests to the endpoint').toBe(requests);
});

test('the status bar says the pages not loaded yet are still to be filtered', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  await page.getByRole('button', { name: 'demo-big', exact: true }).click();
  await ui(page).button('Flat listing').click();
  await expect(ui(page).grid).toHaveAttribute('aria-rowcount', '1001');
  await ui(page).filter.fill('[?Size > `5000000`]');
  await expect(page.getByTestId('status-instant')).toContainText(
    /of [\d,]+ loaded \(instant\); (scanning the pages not loaded yet|pages not loaded yet are filtered as they load)/,
  );
});

test.describe('on a million loaded keys', () => {
  test.use({ objects: 1_000_000 });

  test('typing narrows the grid key by key; Esc brings back every row without a request', async ({
    page,
    host,
    endpoint,
  }) => {
    // Loading a million keys through the UI takes most of this.
    test.setTimeout(300_000);
    await openApp(page, host.url);
    const app = ui(page);
    await page.getByRole('button', { name: 'demo-big', exact: true }).click();
    await app.button('Flat listing').click();
    await expect(app.grid).not.toHaveAttribute('aria-rowcount', '1');
    await app.button('Load all').click();
    await expect(page.getByTestId('status-phase')).toHaveText('Complete', { timeout: 240_000 });
    await expect(app.grid).toHaveAttribute('aria-rowcount', '1000001');
    const requests = endpoint.requests().length;

    await app.filter.click();
    const typed = await typeAndMeasure(page, '[?Size > `5000000`]');
    // The last key completed the filter: the grid narrowed without Enter.
    await expect(page.getByTestId('status-instant')).toContainText('of 1,000,000 loaded (instant)');
    const matched = await statusNumber(page, 'status-rows');
    expect(matched).toBeGreaterThan(0);
    expect(matched).toBeLessThan(1_000_000);
    expect(await loadedRows(app.grid)).toBe(matched);
    const times = [...typed, await clearAndMeasure(page)];
    await test.info().attach('keydown-to-painted-grid-ms', { body: JSON.stringify(times) });
    console.log(
      `filter typing over 1,000,000 rows: p95 ${percentile(times, 95).toFixed(1)} ms, ` +
        `keys ${times.map((t) => t.toFixed(0)).join(' ')} ms`,
    );
    // Escape cleared it: every loaded row, at once and without a request.
    await expect(app.filter).toHaveValue('');
    await expect(app.grid).toHaveAttribute('aria-rowcount', '1000001');
    expect(endpoint.requests().length, 'requests to the endpoint').toBe(requests);
  });
});
