import { existsSync } from 'node:fs';
import { expect, test } from './fixtures';

test.describe('start screen', () => {
  test.use({ opening: 'start-screen' });

  test('a researcher creates a new workspace and finds it among the recent ones', async ({
    start,
    workbench,
    app,
  }) => {
    await start.expectShown();
    await expect(start.recent).toContainText('Workspaces you open will be listed here.');

    const file = await start.createWorkspace('Kirkuk research');

    expect(existsSync(file)).toBe(true);
    await expect(workbench.workspaceName()).toHaveText('Kirkuk research');
    await expect(app.page).toHaveTitle('Kirkuk research — Parallax');
    await expect(workbench.count('Statements')).toHaveText('0');

    await workbench.closeButton.click();
    await start.expectShown();
    await expect(start.recent.getByRole('button', { name: /Kirkuk research/ })).toBeVisible();
  });

  test('the sample opens with the thirteen Kirkuk statements', async ({ start, statements }) => {
    await start.openSample();
    await expect(statements.subtitle).toHaveText('13 statements');
    await expect(statements.workbench.count('Statements')).toHaveText('13');
  });
});
