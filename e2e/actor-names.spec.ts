import { join } from 'node:path';
import { createService } from '../core/service/index';
import { createWorkspace } from '../db/workspace';
import { expectNoSeriousAxeViolations } from './axe-check';
import { expect, test } from './fixtures';
import { shoot } from './shoot';

/**
 * Actors as two sources spelled them: a president recorded in Persian with his English name as
 * an alias, the government he led, and a spokesman recorded twice under two transliterations.
 */
function buildActors(file: string): void {
  const workspace = createWorkspace(file);
  try {
    const { client: c } = createService(workspace, { author: 'e2e' });
    const rouhani = c.createActor({ name: 'حسن روحانی', aliases: ['Hassan Rouhani'] });
    c.createActor({ name: 'Government of Iran', kind: 'government' });
    const sarea = c.createActor({ name: 'Yahya Sarea', aliases: ['Yahya Saree'] });
    const twin = c.createActor({ name: 'Y. Sariee' });
    c.createStatement({
      speakerId: rouhani.id,
      text: 'The talks can resume.',
      saidOn: '2019-09-23',
    });
    c.createStatement({
      speakerId: sarea.id,
      text: 'Ten drones were launched.',
      saidOn: '2019-09-14',
    });
    c.createStatement({ speakerId: twin.id, text: 'The operation is over.', saidOn: '2019-09-15' });
  } finally {
    workspace.close();
  }
}

test.describe('actor names, however spelled', () => {
  test.use({ opening: 'start-screen', viewport: { width: 1280, height: 800 } });
  test.describe.configure({ timeout: 120_000 });

  test.beforeEach(async ({ app, start }) => {
    const file = join(app.dir, 'Gulf.parallax');
    buildActors(file);
    await start.openWorkspaceFile(file);
  });

  test('the actor list finds a Persian name typed with Arabic letters, and an alias in any case', async ({
    app,
    actors,
  }) => {
    await actors.open();
    const filter = app.page.getByRole('searchbox', { name: 'Filter actors' });
    // Arabic yeh (ي) where the name has Persian yeh (ی).
    await filter.fill('روحاني');
    await expect(actors.rows).toHaveCount(1);
    await expect(actors.rows.first()).toContainText('حسن روحانی');
    await expectNoSeriousAxeViolations(app.page, 'the actor list filtered by a variant spelling');
    await shoot(app.page, 'actor-list-folded-search');

    await filter.fill('ROUHANI');
    await expect(actors.rows).toHaveCount(1);
    await expect(actors.rows.first()).toContainText('حسن روحانی');
    await filter.fill('sariee');
    await expect(actors.rows).toHaveCount(1);
    await expect(actors.rows.first()).toContainText('Y. Sariee');
  });

  test('renaming an actor to another’s name offers the merge, which Undo takes back', async ({
    app,
    actors,
    workbench,
  }) => {
    await actors.open();
    await actors.select('Y. Sariee');
    await actors.editor.getByLabel('Name').fill('yahya saree');
    await actors.editor.getByRole('button', { name: 'Save changes' }).click();

    const clash = actors.editor.getByRole('region', {
      name: 'Another actor already has this name',
    });
    await expect(clash).toContainText('“yahya saree” is another name of Yahya Sarea (1 statement)');
    const merge = clash.getByRole('button', { name: 'Merge into Yahya Sarea' });
    await expect(merge).toBeFocused();
    // Nothing was saved: the list still has the actor under its old name.
    await expect(actors.row(/^Y\. Sariee/)).toHaveCount(1);
    await expectNoSeriousAxeViolations(app.page, 'an actor rename that clashes with another actor');
    await shoot(app.page, 'actor-rename-clash');

    await merge.click();
    await expect(workbench.message(/Merged “Y\. Sariee” into “Yahya Sarea”/)).toBeVisible();
    await expect(actors.editor.getByRole('heading', { level: 2 })).toHaveText('Yahya Sarea');
    await expect(actors.editor).toContainText('2 statements');
    await expect(actors.row(/^Y\. Sariee/)).toHaveCount(0);

    await actors.list.focus();
    await workbench.pressUndo();
    await expect(actors.row(/^Y\. Sariee/)).toHaveCount(1);
  });

  test('keeping both renames the actor after all; Cancel leaves it as it was', async ({
    actors,
    workbench,
  }) => {
    await actors.open();
    await actors.select('Y. Sariee');
    const name = actors.editor.getByLabel('Name');
    await name.fill('Yahya Sarea');
    await actors.editor.getByRole('button', { name: 'Save changes' }).click();
    const clash = actors.editor.getByRole('region', {
      name: 'Another actor already has this name',
    });
    await expect(clash).toContainText('is the name of Yahya Sarea');
    await clash.getByRole('button', { name: 'Cancel' }).click();
    await expect(clash).toHaveCount(0);
    await expect(name).toBeFocused();
    await expect(actors.row(/^Y\. Sariee/)).toHaveCount(1);

    await actors.editor.getByRole('button', { name: 'Save changes' }).click();
    await clash.getByRole('button', { name: 'Keep both, they are different' }).click();
    await expect(workbench.message('Actor saved')).toBeVisible();
    await expect(actors.row('Yahya Sarea')).toHaveCount(2);
  });
});
