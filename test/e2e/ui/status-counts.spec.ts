import { test, expect } from '../fixtures';
import { openApp, ui } from './app-page';

test('one row is "1 row" in the status bar', async ({ page, host }) => {
  await openApp(page, host.url);
  const app = ui(page);
  await app.filter.fill("Name == 'demo-photos'");
  await app.filter.press('Enter');
  await expect(page.getByTestId('status-rows')).toHaveText('1 row');
  await expect(app.status).toContainText('1 page');
  await expect(app.status).not.toContainText('1 rows');
});
