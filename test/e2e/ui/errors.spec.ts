import { defaultRetryPolicy } from '../../../electron/engine/paging/backoff';
import { test, expect } from '../fixtures';
import { loadedRows, openApp, scrollToEnd, ui } from './app-page';
import { startLocalProfileHost } from './local-profile-host';

type Local = Awaited<ReturnType<typeof startLocalProfileHost>>;
const it = test.extend<{ local: Local }>({
  local: async ({ endpoint }, use) => {
    const host = await startLocalProfileHost(endpoint.url);
    await use(host);
    host.stop();
  },
});

const keyAt = (grid: import('@playwright/test').Locator, index: number) =>
  grid.locator(`[aria-rowindex="${index + 2}"] [aria-colindex="1"]`).textContent();

// The Demo profile lists from the fixture's endpoint (PAGESCOPE_DEMO_ENDPOINT), where faults are scripted.
it('a transient fault that outlasts the retries shows Retry, which continues without losing rows', async ({
  page,
  host,
  endpoint,
}) => {
  await openApp(page, host.url);
  const app = ui(page);
  await expect(app.profile).toHaveValue('Demo');
  await page.getByRole('button', { name: 'demo-big', exact: true }).click();
  await app.button('Flat listing').click();
  await expect(app.grid).toHaveAttribute('aria-rowcount', '1001');
  const firstKey = await keyAt(app.grid, 0);

  // Exactly as many 500s as the engine's retry policy tries: one batch fails, the next succeeds.
  endpoint.script({
    bucket: 'demo-big',
    nth: 1,
    times: defaultRetryPolicy.attempts,
    fault: 'InternalError',
  });
  await expect
    .poll(async () => {
      await scrollToEnd(app.grid);
      return app.alert.count();
    })
    .toBe(1);
  await expect(app.alert).toContainText('InternalError');
  const kept = await loadedRows(app.grid);
  expect(kept).toBeGreaterThanOrEqual(1000);
  await expect(app.alert).toContainText(
    `${kept.toLocaleString('en-US')} rows loaded so far are kept`,
  );

  await app.alert.getByRole('button', { name: 'Retry' }).click();
  await expect(app.alert).toHaveCount(0);
  await expect.poll(() => loadedRows(app.grid)).toBeGreaterThan(kept);
  await app.grid.evaluate((el) => el.scrollTo({ top: 0 }));
  expect(await keyAt(app.grid, 0)).toBe(firstKey);
  // Around the failed batch the keys run on in order: nothing lost, nothing repeated.
  await app.grid.evaluate((el, at) => el.scrollTo({ top: at * 24 }), kept - 10);
  const before = (await keyAt(app.grid, kept - 1))!;
  const after = (await keyAt(app.grid, kept))!;
  expect(after > before).toBe(true);
  expect(Number(after.match(/(\d+)\.\w+$/)?.[1])).toBe(
    Number(before.match(/(\d+)\.\w+$/)?.[1]) + 1,
  );
});

it('expired credentials say what to run, and Retry lists once they are refreshed', async ({
  page,
  local,
  endpoint,
}) => {
  await openApp(page, local.url);
  const app = ui(page);
  await app.profile.selectOption('local');
  endpoint.script({ bucket: 'demo-photos', nth: 1, times: 1, fault: 'ExpiredToken' });
  await page.getByRole('button', { name: 'demo-photos', exact: true }).click();
  await expect(app.alert).toContainText('Credentials expired');
  await expect(app.alert).toContainText('profile local');
  await expect(app.alert).toContainText('aws configure --profile local');
  await app.alert.getByRole('button', { name: 'Retry' }).click();
  await expect(app.alert).toHaveCount(0);
  await expect.poll(() => app.dataRows.count()).toBeGreaterThan(0);
});

it('Retry after a fault during Load all resumes Load all to the end', async ({
  page,
  host,
  endpoint,
}) => {
  await openApp(page, host.url);
  const app = ui(page);
  await page.getByRole('button', { name: 'demo-big', exact: true }).click();
  await app.button('Flat listing').click();
  await expect(app.grid).toHaveAttribute('aria-rowcount', '1001');
  endpoint.script({
    bucket: 'demo-big',
    nth: 3,
    times: defaultRetryPolicy.attempts,
    fault: 'InternalError',
  });
  await app.button('Load all').click();
  await expect(app.alert).toContainText('InternalError');
  const kept = await loadedRows(app.grid);
  await app.alert.getByRole('button', { name: 'Retry' }).click();
  await expect(app.alert).toHaveCount(0);
  await expect(page.getByTestId('status-phase')).toHaveText('Complete', { timeout: 60_000 });
  expect(await loadedRows(app.grid)).toBe(20_000);
  expect(kept).toBeLessThan(20_000);
});
