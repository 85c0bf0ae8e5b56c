import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Selectors of the browsing UI, by role and accessible name (the accessibility contract of
 * issue 5), kept in one place as Bruno's page modules do.
 */
export const ui = (page: Page) => ({
  profile: page.getByRole('combobox', { name: 'Profile' }),
  region: page.getByRole('combobox', { name: 'Region' }),
  grid: page.getByRole('grid'),
  dataRows: page.getByRole('grid').locator('[role="row"][aria-rowindex]:not([aria-rowindex="1"])'),
  domRows: page.locator('[role="row"]'),
  filter: page.getByRole('textbox', { name: 'Filter', exact: true }),
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
