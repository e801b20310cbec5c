import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoSeriousAxeViolations } from './axe-check';
import { expect, initWorkspace, test } from './fixtures';
import { ReaderPage } from './pages/reader-page';

/** axe-core on every screen, with something open in each (the bar: e2e/axe-check.ts). */

test.describe('start screen', () => {
  test.use({ opening: 'start-screen' });

  test('the start screen and the new-workspace dialog pass axe', async ({ start, app }) => {
    // Something for the folder browser to list: a folder and a workspace.
    mkdirSync(join(app.dir, 'Papers'));
    await initWorkspace(join(app.dir, 'Old notes.parallax'));
    await start.expectShown();
    await expectNoSeriousAxeViolations(app.page, 'the start screen');

    test.skip(app.host === 'electron', 'Electron shows the native save dialog instead');
    await start.openNewWorkspaceDialog();
    const contents = start.newWorkspaceDialog.getByRole('listbox', { name: 'Folder contents' });
    await expect(contents.getByRole('option')).toHaveText(['Papers', 'Old notes.parallax']);
    await expectNoSeriousAxeViolations(app.page, 'the new-workspace dialog');

    await contents.getByRole('option', { name: 'Papers' }).click();
    await expect(
      start.newWorkspaceDialog.getByText('No folders or workspaces here.'),
    ).toBeVisible();
    await expectNoSeriousAxeViolations(app.page, 'the new-workspace dialog in an empty folder');
  });
});

test.describe('workbench', () => {
  test.use({ opening: 'start-screen' });

  test.beforeEach(async ({ start }) => {
    await start.openSample();
  });

  test('statements, with a statement open, pass axe', async ({ statements, app }) => {
    await statements.select('We do not have reports of PMF units');
    await expectNoSeriousAxeViolations(app.page, 'statements');
  });

  test('search results pass axe', async ({ statements, app }) => {
    await statements.search('Kirkuk');
    await statements.resultRows.first().click();
    await expect(statements.editor).toBeVisible();
    await expectNoSeriousAxeViolations(app.page, 'search results');
  });

  test('sources pass axe', async ({ sources, app }) => {
    await sources.open();
    await sources.select('Shiite Militias');
    await expectNoSeriousAxeViolations(app.page, 'sources');
  });

  test('actors, with an actor open, pass axe', async ({ actors, app }) => {
    await actors.open();
    await actors.select('Col. Ryan Dillon');
    await expect(actors.memberships).toContainText('spokesman');
    await expectNoSeriousAxeViolations(app.page, 'actors');
  });

  test('propositions, with one open, pass axe', async ({ propositions, app }) => {
    await propositions.open();
    await propositions.select('PMF units entered Kirkuk city');
    await expect(propositions.positions).toContainText('Col. Ryan Dillon');
    await expectNoSeriousAxeViolations(app.page, 'propositions');
  });

  test('the reader with its review queue passes axe', async ({ app }) => {
    const reader = new ReaderPage(app.page);
    const file = join(app.dir, 'talks.txt');
    writeFileSync(
      file,
      'Talks collapsed.\n\n“We will not sign this agreement,” Foreign Minister Jane Doe said on Monday. ' +
        '“The terms are unacceptable,” she added.\n',
    );
    await reader.importFiles(file);
    await reader.decide(/We will not sign/, 'a');
    await expect(reader.highlights).toHaveCount(1);
    await reader.proposal(/terms are unacceptable/).click();
    await expectNoSeriousAxeViolations(app.page, 'the reader');
  });
});

test.describe('dark theme', () => {
  test.use({ opening: 'start-screen', colorScheme: 'dark' });

  test('statements in the dark theme pass axe', async ({ start, statements, app }) => {
    await start.openSample();
    await statements.select('We do not have reports of PMF units');
    await expectNoSeriousAxeViolations(app.page, 'statements (dark)');
  });
});
