import { test, expect } from '../fixtures';
import { demoStacks } from '../../../electron/endpoint/cloudformation/stack-data';
import { demoViewRows } from '../export/engine-view-rows';
import { filterTo, findResource, loadedRows, openApp, scrollToEnd, ui } from './app-page';

// The fixtures' endpoint runs with seed 7; the Demo profile lists us-east-1.
const SEED = 7;

test('CloudFormation: a stack row opens its resources, every page of them', async ({
  page,
  host,
}) => {
  const stack = demoStacks(SEED, 'us-east-1').find((s) => s.resourceCount > 100)!.stackName;
  const { rows } = await demoViewRows(host, {
    resource: 'cloudformation-stack-resources',
    params: { stackName: stack },
  });
  expect(rows.length).toBeGreaterThan(100);

  await openApp(page, host.url);
  const app = ui(page);
  await findResource(page, 'stacks');
  await expect(app.grid.getByRole('columnheader', { name: 'Stack name' })).toBeVisible();
  await filterTo(page, `StackName == '${stack}'`, 1);

  await app.grid.getByRole('button', { name: stack, exact: true }).click();
  await expect(app.breadcrumbs.locator('[aria-current="page"]')).toHaveText(stack);
  await expect(app.grid.getByRole('columnheader', { name: 'Logical ID' })).toBeVisible();
  await expect
    .poll(async () => {
      await scrollToEnd(app.grid);
      return loadedRows(app.grid);
    })
    .toBe(rows.length);
  await expect(app.status).toContainText('Complete');
  await app.breadcrumbs.getByRole('button', { name: 'CloudFormation stacks' }).click();
  await expect(app.grid.getByRole('columnheader', { name: 'Stack name' })).toBeVisible();
});
