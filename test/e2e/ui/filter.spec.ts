import { test, expect } from '../fixtures';
import { loadedRows, openApp, statusNumber, ui } from './app-page';

test.describe('the JMESPath filter box', () => {
  test.beforeEach(async ({ page, host }) => {
    await openApp(page, host.url);
    await page.getByRole('button', { name: 'demo-big', exact: true }).click();
    await ui(page).button('Flat listing').click();
    await expect(ui(page).grid).toHaveAttribute('aria-rowcount', '1001');
  });

  test("[?contains(Key, '7')] matches fewer items than it scans", async ({ page }) => {
    const app = ui(page);
    await app.filter.fill("[?contains(Key, '7')]");
    await app.filter.press('Enter');
    await expect(page.getByTestId('status-matched')).toBeVisible();
    await expect(app.status).toContainText(/Complete|More available/);
    const matched = await statusNumber(page, 'status-matched');
    const scanned = await statusNumber(page, 'status-scanned');
    expect(matched).toBeGreaterThan(0);
    expect(matched).toBeLessThan(scanned);
    expect(await loadedRows(app.grid)).toBe(matched);
    const keys = await app.dataRows.locator('[aria-colindex="1"]').allTextContents();
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key).toContain('7');
  });

  test('a bad filter shows an alert with the column and keeps the loaded rows', async ({
    page,
  }) => {
    const app = ui(page);
    const before = await loadedRows(app.grid);
    await app.filter.fill('[?Size > ]');
    await expect(app.alert).toContainText(/column \d+/i);
    // The offending column is marked under the expression.
    await expect(app.alert.locator('pre')).toHaveText(/^\[\?Size > \]\n\s*\^$/);
    await expect(app.filter).toHaveAttribute('aria-invalid', 'true');
    await app.filter.press('Enter');
    await expect(app.alert).toContainText(/column \d+/i);
    expect(await loadedRows(app.grid)).toBe(before);
    await expect(page.getByTestId('status-matched')).toHaveCount(0);
    await app.filter.press('Escape');
    await expect(app.alert).toHaveCount(0);
    await expect(app.filter).toHaveValue('');
  });

  test('a probable mistake is flagged with its column and fixed with one click', async ({
    page,
  }) => {
    const app = ui(page);
    await app.filter.fill("[?Size > '1048576']");
    const warning = page.getByRole('status', { name: 'Filter warnings' });
    await expect(warning).toContainText("Warning, column 10: '1048576' is a string");
    await expect(app.alert).toHaveCount(0);
    await warning.getByRole('button', { name: 'Use [?Size > `1048576`]' }).click();
    await expect(app.filter).toHaveValue('[?Size > `1048576`]');
    await expect(page.getByTestId('status-matched')).toBeVisible();
    await expect(warning).toHaveCount(0);
    await expect(app.status).toContainText(/Complete|More available/);
    expect(await statusNumber(page, 'status-matched')).toBeGreaterThan(0);
  });

  test('a single = is refused with the fix in words', async ({ page }) => {
    const app = ui(page);
    await app.filter.fill("[?StorageClass = 'STANDARD']");
    await expect(app.alert).toContainText(
      'Bad filter at column 16: `=` is not a JMESPath operator: compare with `==`',
    );
  });
});

test('a long scan shows its live counts, and Stop ends it on the main side too', async ({
  page,
  host,
  endpoint,
}) => {
  await openApp(page, host.url);
  const app = ui(page);
  await page.getByRole('button', { name: 'demo-big', exact: true }).click();
  await app.button('Flat listing').click();
  await expect(app.grid).toHaveAttribute('aria-rowcount', '1001');
  // Slow pages: the scan of a million keys for a key that is not there takes long.
  endpoint.setLatency(200);
  await app.filter.fill("contains(Key, 'no such key')");
  await app.filter.press('Enter');
  const phase = page.getByTestId('status-phase');
  await expect(phase).toHaveText('Scanning…');
  // The counts move while the first batch is still running: they come from its progress.
  await expect.poll(() => statusNumber(page, 'status-scanned')).toBeGreaterThan(0);
  const first = await statusNumber(page, 'status-scanned');
  await expect.poll(() => statusNumber(page, 'status-scanned')).toBeGreaterThan(first);
  await expect(phase).toHaveText('Scanning…');
  await app.button('Stop').click();
  await expect(phase).not.toHaveText('Scanning…');
  // Cancelled on the main side: the endpoint soon gets no more requests.
  await page.waitForTimeout(500);
  const atStop = endpoint.requests().length;
  await page.waitForTimeout(1_500);
  expect(endpoint.requests().length - atStop).toBeLessThanOrEqual(2);
  await expect(app.alert).toHaveCount(0);
});
