import { test, expect, credentialLeaks } from '../fixtures';

// The fixture audits every e2e test's frames; this one makes sure the audit itself sees the
// traffic of a session that uses credentials (the Demo profile signs every request with them).
test('a session that lists with demo credentials sends the renderer none of them', async ({
  page,
  host,
  frameAudit,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'S3 buckets' }).click();
  await expect(page.getByRole('grid').getByText('demo-photos')).toBeVisible();
  await page.getByRole('button', { name: 'EC2 instances' }).click();
  await expect(page.getByRole('grid')).toHaveAttribute('aria-rowcount', /^[1-9]\d+$/);
  expect(frameAudit.length).toBeGreaterThan(3);
  expect(frameAudit.some((frame) => frame.includes('demo-photos'))).toBe(true);
  expect(frameAudit.flatMap(credentialLeaks)).toEqual([]);
  expect(credentialLeaks('{"x":"AKIAIOSFODNN7EXAMPLE"}')).toEqual(['access key id']);
});
