import { test, expect } from '../fixtures';
import { engineViewRows } from '../export/engine-view-rows';
import { openApp, statusNumber, ui } from './app-page';

const spec = {
  profile: 'Demo',
  region: 'us-east-1',
  resource: 's3-objects',
  params: { bucket: 'demo-photos' },
};

test('a sort of the loaded rows offers Sort all, which the engine does over every row', async ({
  page,
  host,
}) => {
  const { columns, rows } = await engineViewRows(host.port, host.token, spec);
  const key = columns.findIndex((c) => c.id === 'Key');
  const size = columns.findIndex((c) => c.id === 'Size');
  // Smallest first, equal sizes in listing order: the grid's order.
  const expected = rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => (a.row[size] as number) - (b.row[size] as number) || a.i - b.i)
    .map(({ row }) => String(row[key]));
  expect(rows.length).toBeGreaterThan(2000);

  await openApp(page, host.url);
  const app = ui(page);
  await page.getByRole('button', { name: 'demo-photos', exact: true }).click();
  await app.button('Flat listing').click();
  await expect(app.grid).toHaveAttribute('aria-rowcount', '1001');
  const sizeHeader = app.grid.getByRole('columnheader', { name: 'Size', exact: true });
  await sizeHeader.getByRole('button').click();
  await expect(sizeHeader).toHaveAttribute('aria-sort', 'ascending');
  const note = page.getByRole('region', { name: 'Sort' });
  await expect(note).toHaveText(/Sorted by Size: the 1,000 loaded rows only\./);
  await expect(app.status).toContainText('Sorted by Size (loaded rows only)');

  await note.getByRole('button', { name: 'Sort all rows' }).click();
  await expect(note).toHaveText('Sorted by Size over every row of the view.');
  await expect(app.status).toContainText('Sorted by Size (all rows)');
  const firstKeys = await app.dataRows.locator('[aria-colindex="1"]').allTextContents();
  expect(firstKeys.slice(0, 20)).toEqual(expected.slice(0, 20));
  // Pages of the sorted view go on in order as the grid scrolls.
  await app.grid.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect.poll(() => statusNumber(page, 'status-rows')).toBeGreaterThan(1000);

  // Another sort goes back to the listing, sorted as loaded.
  await sizeHeader.getByRole('button').click();
  await expect(sizeHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(note).toHaveText(/Sorted by Size: the [\d,]+ loaded rows only\./);
});

test.describe('on a million keys', () => {
  test.use({ objects: 1_000_000 });

  test('Sort all shows the rows it has read and stops on Cancel sort', async ({
    page,
    host,
    endpoint,
  }) => {
    await openApp(page, host.url);
    const app = ui(page);
    await page.getByRole('button', { name: 'demo-big', exact: true }).click();
    await app.button('Flat listing').click();
    await expect(app.grid).toHaveAttribute('aria-rowcount', '1001');
    const sizeHeader = app.grid.getByRole('columnheader', { name: 'Size', exact: true });
    await sizeHeader.getByRole('button').click();
    const note = page.getByRole('region', { name: 'Sort' });
    // Slow pages: reading a million keys would take minutes, so Cancel comes mid-read.
    endpoint.setLatency(200);
    const before = endpoint.requests().length;
    await note.getByRole('button', { name: 'Sort all rows' }).click();
    await expect(note).toHaveText(/Sorting every row by Size: [\d,]+ rows read/);
    const rowsRead = async () =>
      Number(/([\d,]+) rows read/.exec((await note.textContent()) ?? '')?.[1]?.replaceAll(',', ''));
    await expect.poll(rowsRead).toBeGreaterThan(0);
    await note.getByRole('button', { name: 'Cancel sort' }).click();
    await expect(note).toHaveText(/Sorted by Size: the 1,000 loaded rows only\./);
    // The engine stops reading: the requests soon stop coming, far short of the whole listing
    // (a thousand pages). Requests already on the wire may still arrive.
    let last = -1;
    await expect
      .poll(
        async () => {
          const now = endpoint.requests().length;
          const settled = now === last;
          last = now;
          return settled;
        },
        { intervals: [1_000], timeout: 20_000 },
      )
      .toBe(true);
    expect(endpoint.requests().length - before).toBeLessThan(500);
    await expect(app.alert).toHaveCount(0);
  });
});
