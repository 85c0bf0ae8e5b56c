import { test, expect } from '../fixtures';
import { openApp } from '../ui/app-page';

test('loading the app logs no error in the console', async ({ page, host }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('requestfailed', (request) => errors.push(`${request.url()} failed`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  await openApp(page, host.url);
  await expect(page.getByRole('status')).toContainText('Complete');
  expect(errors.map((e) => e.replace(host.token, 'TOKEN'))).toEqual([]);
});

test('a tab left open from an earlier run explains the restart and how to reopen', async ({
  page,
  host,
}) => {
  const earlier = host.url.replace(host.token, 'a-token-from-an-earlier-run');
  const response = await page.goto(earlier);
  expect(response!.status()).toBe(401);
  await expect(page).toHaveTitle('PageScope: open the new link');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'This PageScope link is from an earlier run',
  );
  await expect(page.getByRole('main')).toContainText('npm run web');
  await expect(page.getByRole('main')).toContainText('PageScope: http://127.0.0.1:');
  expect(await page.content()).not.toContain(host.token);
});
