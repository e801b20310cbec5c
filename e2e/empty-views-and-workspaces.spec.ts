import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoSeriousAxeViolations } from './axe-check';
import { expect, test } from './fixtures';
import { ReaderPage } from './pages/reader-page';
import { shoot } from './shoot';

/** A Markdown briefing: its reader must show the words, not the marks. */
const BRIEFING_MD = `# Coalition briefing

The coalition's spokesman, **Col. Ryan Dillon**, told [reporters](https://example.org/briefing):
“We do not have reports of PMF units in and around the Kirkuk area.”
`;

test.describe('an empty workspace', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the empty statements view offers Import first, and a Markdown file reads as text', async ({
    app,
  }) => {
    const { page } = app;
    const empty = page.getByRole('status').filter({ hasText: 'No statements yet' });
    await expect(empty).toBeVisible();
    await expect(empty.getByRole('button').first()).toHaveText('Import sources…');
    await expect(empty.getByRole('button', { name: 'New statement' })).toBeVisible();
    await expectNoSeriousAxeViolations(page, 'the empty statements view');
    await shoot(page, 'statements-empty');

    const file = join(app.dir, 'briefing.md');
    writeFileSync(file, BRIEFING_MD);
    const chooser = page.waitForEvent('filechooser');
    await empty.getByRole('button', { name: 'Import sources…' }).click();
    await (await chooser).setFiles(file);

    const reader = new ReaderPage(page);
    await reader.text.waitFor();
    await expect(page.getByRole('heading', { name: 'Coalition briefing', level: 1 })).toBeVisible();
    await expect(reader.text).toContainText(
      "The coalition's spokesman, Col. Ryan Dillon, told reporters:",
    );
    await expect(reader.text).not.toContainText('**');
    await expect(reader.text).not.toContainText('](');
    await expect(reader.proposal(/We do not have reports of PMF units/)).toBeVisible();
  });

  test('the empty sources view offers Import first', async ({ app, sources }) => {
    const { page } = app;
    await sources.open();
    const empty = page.getByRole('status').filter({ hasText: 'No sources yet' });
    await expect(empty.getByRole('button').first()).toHaveText('Import sources…');
    const file = join(app.dir, 'briefing.md');
    writeFileSync(file, BRIEFING_MD);
    const chooser = page.waitForEvent('filechooser');
    await empty.getByRole('button', { name: 'Import sources…' }).click();
    await (await chooser).setFiles(file);
    await new ReaderPage(page).text.waitFor();
    await sources.open();
    await expect(sources.rows).toHaveCount(1);
    await expect(sources.rows.first()).toContainText('Coalition briefing');
  });
});

test.describe('Workspaces…', () => {
  test('shows the start screen over the open workspace, and goes back to it unchanged', async ({
    app,
    start,
    workbench,
  }) => {
    const { page } = app;
    await workbench.goTo('Sources');
    const filter = page.getByRole('searchbox', { name: 'Filter sources' });
    await filter.fill('briefing');
    await page.getByRole('button', { name: 'Workspaces…' }).click();
    await start.expectShown();
    // Still open: offered as the way back, and marked in the recent list.
    await expect(start.recent).toContainText('Research (open)');
    await shoot(page, 'start-over-workspace');
    await expectNoSeriousAxeViolations(page, 'the start screen over the open workspace');
    await page.getByRole('button', { name: 'Back to Research' }).click();
    await expect(page.locator('body')).toHaveAttribute('data-ready', 'workbench');
    await expect(workbench.workspaceName()).toHaveText('Research');
    await expect(workbench.library.getByRole('button', { name: /^Sources/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(filter).toHaveValue('briefing');

    // The recent entry of the open workspace goes back to it too, without reopening it.
    await page.getByRole('button', { name: 'Workspaces…' }).click();
    await start.recent.getByRole('button', { name: /Research \(open\)/ }).click();
    await expect(page.locator('body')).toHaveAttribute('data-ready', 'workbench');
  });

  test('a new workspace from there; a name Windows or macOS cannot store is refused', async ({
    app,
    start,
    workbench,
  }) => {
    test.skip(app.host !== 'browser', 'Electron names a new workspace in the system dialog');
    const { page } = app;
    await page.getByRole('button', { name: 'Workspaces…' }).click();
    await start.openNewWorkspaceDialog();
    const dialog = start.newWorkspaceDialog;
    const name = dialog.getByLabel('Name');
    const create = dialog.getByRole('button', { name: 'Create' });

    await name.fill('CON');
    await expect(dialog.getByRole('status')).toHaveText(
      '“CON” is a name Windows keeps for a device, with or without an extension: choose another name.',
    );
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(create).toBeDisabled();
    await name.fill('Kirkuk: draft');
    await expect(dialog.getByRole('status')).toContainText('cannot hold “:”');
    await name.fill('Kirkuk draft.');
    await expect(dialog.getByRole('status')).toContainText('cannot end in a dot');
    await expect(create).toBeDisabled();

    await name.fill('Kirkuk draft');
    await expect(dialog.getByRole('status')).toHaveCount(0);
    await create.click();
    await expect(page.locator('body')).toHaveAttribute('data-ready', 'workbench');
    await expect(workbench.workspaceName()).toHaveText('Kirkuk draft');
  });
});
