import { test, expect } from '../fixtures';
import { openApp, ui } from './app-page';

test('columns sort the loaded rows (and say so), hide, move and resize', async ({ page, host }) => {
  await openApp(page, host.url);
  const app = ui(page);
  await page.getByRole('button', { name: 'demo-photos', exact: true }).click();
  await app.button('Flat listing').click();
  await expect(app.grid).toHaveAttribute('aria-rowcount', '1001');
  const headers = app.grid.getByRole('columnheader');
  await expect(headers).toHaveText(['Key', 'Size', 'Last modified', 'Storage class', 'ETag']);

  await app.grid.getByRole('button', { name: 'Size' }).click();
  await app.grid.getByRole('button', { name: 'Size' }).click();
  await expect(app.grid.getByRole('columnheader', { name: 'Size' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(app.status).toContainText('Sorted by Size (loaded rows only)');
  const sizes = await app.dataRows
    .locator('[aria-colindex="2"] span[title]')
    .evaluateAll((cells) =>
      cells.slice(0, 10).map((cell) => Number(cell.getAttribute('title')!.replace(/[^\d]/g, ''))),
    );
  expect(sizes.length).toBe(10);
  expect(sizes).toEqual([...sizes].sort((a, b) => b - a));

  await page.getByRole('button', { name: 'Columns' }).click();
  const menu = page.getByRole('dialog', { name: 'Columns' });
  await menu.getByRole('checkbox', { name: 'ETag' }).uncheck();
  await menu.getByRole('button', { name: 'Move Storage class left' }).click();
  await page.keyboard.press('Escape');
  await expect(headers).toHaveText(['Key', /^Size/, 'Storage class', 'Last modified']);

  const size = app.grid.getByRole('columnheader', { name: 'Size' });
  const before = (await size.boundingBox())!.width;
  await app.grid.getByRole('separator', { name: 'Resize Size' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await size.boundingBox())!.width).toBe(before + 32);
});

test('a sort stays applied while batches stream in, and sorts all the loaded rows', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  const app = ui(page);
  await page.getByRole('button', { name: 'demo-big', exact: true }).click();
  await app.button('Flat listing').click();
  await expect(app.grid).toHaveAttribute('aria-rowcount', '1001');
  const sizeHeader = app.grid.getByRole('button', { name: 'Size' });
  await sizeHeader.click();
  await sizeHeader.click();
  await app.button('Load all').click();
  // The fixture's demo-big holds 20,000 keys: more than the sort runs in place for.
  await expect(app.grid).toHaveAttribute('aria-rowcount', '20001', { timeout: 60_000 });
  await expect(app.status).toContainText('Sorted by Size (loaded rows only)');
  const exactSizes = () =>
    app.dataRows
      .locator('[aria-colindex="2"] span[title]')
      .evaluateAll((cells) =>
        cells.map((cell) => Number(cell.getAttribute('title')!.replace(/[^\d]/g, ''))),
      );
  const top = await exactSizes();
  expect(top.length).toBeGreaterThan(10);
  expect(top).toEqual([...top].sort((a, b) => b - a));

  // A fresh sort of all 20,000 rows (the worker path) puts the smallest last.
  await app.grid.getByRole('button', { name: 'Key' }).click();
  await expect(app.status).toContainText('Sorted by Key (loaded rows only)');
  await sizeHeader.click();
  await expect(app.status).toContainText('Sorted by Size (loaded rows only)');
  const ascending = await exactSizes();
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  expect(ascending[0]).toBeLessThanOrEqual(top[top.length - 1]!);
});
