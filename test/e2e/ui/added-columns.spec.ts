import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { openApp, ui } from './app-page';

/** Opens EC2 instances (one region) and waits for its first rows. */
const openInstances = async (page: Page) => {
  const app = ui(page);
  await app.sidebar('EC2 instances').click();
  await expect(app.cell('running').first()).toBeVisible();
  return app;
};

/** Adds a column through Columns → Add column…; the menu stays open for the caller. */
const addColumn = async (page: Page, expression: string, label = '') => {
  const menu = page.getByRole('dialog', { name: 'Columns' });
  if (!(await menu.isVisible())) await page.getByRole('button', { name: 'Columns' }).click();
  if (await menu.getByRole('button', { name: 'Add column…' }).isVisible()) {
    await menu.getByRole('button', { name: 'Add column…' }).click();
  }
  await menu.getByRole('combobox', { name: 'Path or tag' }).fill(expression);
  await menu.getByRole('textbox', { name: 'Label' }).fill(label);
  await menu.getByRole('button', { name: 'Add', exact: true }).click();
  return menu;
};

/** The texts of one column's cells in the rendered rows, by the header's label. */
const columnTexts = async (grid: Locator, label: string): Promise<string[]> => {
  const header = grid.getByRole('columnheader', { name: label, exact: true });
  const at = await header.getAttribute('aria-colindex');
  return grid
    .locator(`[role="row"][aria-rowindex]:not([aria-rowindex="1"]) [aria-colindex="${at}"]`)
    .allTextContents();
};

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
const EMPTY = '—';
/** Sorted as the grid sorts: natural text order, empty cells last in both directions. */
const expectSorted = (texts: string[], descending: boolean) => {
  const filled = texts.filter((t) => t !== EMPTY);
  const sorted = [...filled].sort((a, b) => (descending ? -1 : 1) * collator.compare(a, b));
  expect(filled).toEqual(sorted);
  expect(texts).toEqual([...filled, ...texts.slice(filled.length).map(() => EMPTY)]);
};

const headerLabels = (grid: Locator) =>
  grid
    .getByRole('columnheader')
    .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('aria-label')));

test('EC2 instances show Name and tag chips; a tag column is added, sorted, kept and exported', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  const app = await openInstances(page);
  expect(await headerLabels(app.grid)).toEqual(expect.arrayContaining(['Name', 'Tags']));
  const tagsCells = await columnTexts(app.grid, 'Tags');
  expect(tagsCells.some((t) => t.includes('team') && t.includes('Environment'))).toBe(true);
  await expect(app.grid.locator('.tag-key', { hasText: 'team' }).first()).toBeVisible();
  const names = await columnTexts(app.grid, 'Name');
  expect(names.some((n) => /^[a-z]+-[a-z]+-\d{3}$/.test(n))).toBe(true);

  // The tag keys of the loaded rows are offered.
  await page.getByRole('button', { name: 'Columns' }).click();
  const menu = page.getByRole('dialog', { name: 'Columns' });
  await menu.getByRole('button', { name: 'Add column…' }).click();
  const offered = await menu
    .getByTestId('tag-key-options')
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(offered).toEqual(['tag:Environment', 'tag:Name', 'tag:team']);
  await addColumn(page, 'tag:team');
  await menu.getByRole('button', { name: 'Move team left' }).click();
  await page.keyboard.press('Escape');

  const team = app.grid.getByRole('columnheader', { name: 'team', exact: true });
  await expect(team).toBeVisible();
  await expect(app.cell('running').first()).toBeVisible();
  const narrow = (await team.boundingBox())!.width;
  await app.grid.getByRole('separator', { name: 'Resize team' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await team.boundingBox())!.width).toBe(narrow + 32);
  const before = await headerLabels(app.grid);
  expect(before.indexOf('team')).toBe(before.indexOf('Tags') - 1);
  await team.getByRole('button').click();
  await expect(team).toHaveAttribute('aria-sort', 'ascending');
  const sorted = await columnTexts(app.grid, 'team');
  expect(sorted.filter((t) => t !== EMPTY).length).toBeGreaterThan(5);
  expectSorted(sorted, false);
  // A screenshot for the README: the team tag column, sorted, beside the Tags chips.
  await app.grid.evaluate((grid) => grid.scrollTo({ left: grid.scrollWidth }));
  await page.screenshot({ path: 'test/e2e/screenshots/tag-column.png' });
  await app.grid.evaluate((grid) => grid.scrollTo({ left: 0 }));

  await page.reload();
  await expect(app.cell('running').first()).toBeVisible();
  await expect(team).toHaveAttribute('aria-sort', 'ascending');
  expect(await headerLabels(app.grid)).toEqual(before);
  expect((await team.boundingBox())!.width).toBe(narrow + 32);
  expect(await columnTexts(app.grid, 'team')).toEqual(sorted);

  await app.button('Export CSV').click();
  const dialog = page.getByRole('dialog', { name: 'Export CSV' });
  await expect(dialog.getByRole('checkbox', { name: 'team', exact: true })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Instance ID' })).toBeChecked();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const [header, ...rows] = parse(readFileSync((await (await downloading).path())!)) as string[][];
  expect(header).toEqual(before);
  const teamAt = header!.indexOf('team');
  const tagsAt = header!.indexOf('Tags');
  expect(rows.filter((r) => r[teamAt] !== '').length).toBeGreaterThan(5);
  for (const row of rows) {
    const tags = row[tagsAt] ? (JSON.parse(row[tagsAt]!) as Record<string, string>) : {};
    expect(row[teamAt]).toBe(tags.team ?? '');
  }

  // The column's path filters the view, and the column stays.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await app.filter.fill("Tags[?Key=='team'].Value | [0] == 'data'");
  await app.filter.press('Enter');
  await expect(page.getByTestId('status-matched')).toBeVisible();
  await expect.poll(() => columnTexts(app.grid, 'team')).toContain('data');
  expect(new Set(await columnTexts(app.grid, 'team'))).toEqual(new Set(['data']));
});

test('a path column is added with a label, sorted, kept and exported; a bad one is refused', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  const app = await openInstances(page);
  const headers = await headerLabels(app.grid);

  const menu = await addColumn(page, 'Tags[?Key==', 'Broken');
  await expect(menu.getByRole('alert')).toContainText(
    /Bad expression for column Broken at column 12: the expression ends too early/,
  );
  await expect(menu.getByRole('combobox', { name: 'Path or tag' })).toHaveValue('Tags[?Key==');
  expect(await headerLabels(app.grid)).toEqual(headers);
  await expect(app.cell('running').first()).toBeVisible();

  await addColumn(page, 'VpcId', 'VPC');
  await expect(menu.getByRole('alert')).toHaveCount(0);
  await page.keyboard.press('Escape');
  const vpc = app.grid.getByRole('columnheader', { name: 'VPC', exact: true });
  await expect(vpc).toBeVisible();
  await expect(app.cell('running').first()).toBeVisible();
  await vpc.getByRole('button').click();
  await vpc.getByRole('button').click();
  await expect(vpc).toHaveAttribute('aria-sort', 'descending');
  const sorted = await columnTexts(app.grid, 'VPC');
  expect(sorted.some((t) => /^vpc-[0-9a-f]{17}$/.test(t))).toBe(true);
  expectSorted(sorted, true);

  await page.reload();
  await expect(app.cell('running').first()).toBeVisible();
  await expect(vpc).toHaveAttribute('aria-sort', 'descending');
  expect(await columnTexts(app.grid, 'VPC')).toEqual(sorted);

  await app.button('Export CSV').click();
  const dialog = page.getByRole('dialog', { name: 'Export CSV' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const [header, ...rows] = parse(readFileSync((await (await downloading).path())!)) as string[][];
  expect(header).toEqual([...headers, 'VPC']);
  const vpcs = rows.map((r) => r[header!.indexOf('VPC')]);
  expect(vpcs.some((v) => /^vpc-[0-9a-f]{17}$/.test(v!))).toBe(true);

  // Removing it takes it out of the grid and of the next start.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Columns' }).click();
  await menu.getByRole('button', { name: 'Remove column VPC' }).click();
  await expect(vpc).toHaveCount(0);
  await page.reload();
  await expect(app.cell('running').first()).toBeVisible();
  expect(await headerLabels(app.grid)).toEqual(headers);
});

test('an added column a projection does not show can still be removed', async ({ page, host }) => {
  await openApp(page, host.url);
  const app = await openInstances(page);
  const menu = await addColumn(page, 'tag:team');
  await page.keyboard.press('Escape');
  await expect(app.grid.getByRole('columnheader', { name: 'team', exact: true })).toBeVisible();

  await app.filter.fill('[].{ID: InstanceId}');
  await app.filter.press('Enter');
  await expect(app.grid.getByRole('columnheader')).toHaveText(['ID']);
  await page.getByRole('button', { name: 'Columns' }).click();
  const absent = menu.getByRole('list', { name: 'Added columns not in this view' });
  await expect(absent).toContainText('team (not in this view)');
  await absent.getByRole('button', { name: 'Remove column team' }).click();
  await expect(absent).toHaveCount(0);

  await page.reload();
  await expect(app.grid.getByRole('columnheader')).toHaveText(['ID']);
  await page.getByRole('button', { name: 'Columns' }).click();
  await expect(menu.getByRole('button', { name: 'Remove column team' })).toHaveCount(0);
});
