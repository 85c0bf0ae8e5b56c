import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Selectors of the browsing UI, by role and accessible name (what a user of a screen reader
 * meets), kept in one place as Bruno's page modules do.
 */
export const ui = (page: Page) => ({
  profile: page.getByRole('combobox', { name: 'Profile' }),
  region: page.getByRole('combobox', { name: 'Region' }),
  grid: page.getByRole('grid'),
  dataRows: page.getByRole('grid').locator('[role="row"][aria-rowindex]:not([aria-rowindex="1"])'),
  domRows: page.locator('[role="row"]'),
  filter: page.getByRole('textbox', { name: 'Filter', exact: true }),
  finder: page.getByRole('searchbox', { name: 'Find a resource' }),
  resources: page.getByRole('navigation', { name: 'Resources' }),
  alert: page.getByRole('alert'),
  status: page.getByRole('status'),
  breadcrumbs: page.getByRole('navigation', { name: 'Breadcrumbs' }),
  sidebar: (name: string) => page.getByRole('button', { name, exact: true }),
  cell: (text: string) => page.getByRole('gridcell', { name: text, exact: true }),
  button: (name: string) => page.getByRole('button', { name, exact: true }),
});

/** Opens the app and waits until the first view (S3 buckets on a fresh start) has its rows. */
export const openApp = async (page: Page, url: string) => {
  await page.goto(url);
  await expect(ui(page).grid).toBeVisible();
};

/** Loaded data rows, as the grid announces them (aria-rowcount counts the header row too). */
export const loadedRows = async (grid: Locator): Promise<number> =>
  Number(await grid.getAttribute('aria-rowcount')) - 1;

/** A number shown in the status bar (rows, matched, scanned), by its test id. */
export const statusNumber = async (page: Page, testId: string): Promise<number> =>
  Number((await page.getByTestId(testId).textContent())!.replace(/[^\d]/g, ''));

/** Scrolls the grid to its end, so the loader row pulls the next batch. */
export const scrollToEnd = (grid: Locator) =>
  grid.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));

/**
 * Types words in the sidebar's resource finder and opens the first match with Enter; `only`,
 * when given, is the one resource the words must leave in the sidebar. Returns the finder, which
 * Escape clears.
 */
export const findResource = async (page: Page, words: string, only?: string) => {
  const { finder, resources } = ui(page);
  await finder.fill(words);
  if (only !== undefined) await expect(resources.getByRole('button')).toHaveText([only]);
  await finder.press('Enter');
  return finder;
};

/**
 * Runs a filter expression on the open view and waits until it is listed to its end with
 * `rows` rows. The status may already read Complete from before, hence the poll on the count.
 */
export const filterTo = async (page: Page, expression: string, rows: number) => {
  const app = ui(page);
  await app.filter.fill(expression);
  await app.filter.press('Enter');
  await expect(app.status).toContainText('Complete');
  await expect.poll(() => loadedRows(app.grid)).toBe(rows);
};

/**
 * Exports the open view through the Export CSV dialog, as a user saves it, and returns the
 * downloaded file's lines, header first, once the dialog has said `rows` rows were exported.
 */
export const exportCsv = async (page: Page, rows: number): Promise<string[]> => {
  await ui(page).button('Export CSV').click();
  const dialog = page.getByRole('dialog', { name: 'Export CSV' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  await expect(dialog.getByTestId('export-done')).toContainText(
    `Exported ${rows.toLocaleString('en-US')} rows`,
  );
  const csv = (await readFile((await download.path())!, 'utf8')).trim().split(/\r?\n/);
  expect(csv).toHaveLength(rows + 1);
  return csv;
};
