import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createService } from '../core/service/index';
import { createWorkspace } from '../db/workspace';
import { expectNoSeriousAxeViolations } from './axe-check';
import { expect, test } from './fixtures';
import { ReaderPage } from './pages/reader-page';
import { shoot } from './shoot';

/**
 * A library as two imported articles leave it: one minister recorded three times (the
 * Persian spelling, the Arabic spelling, the English name), one spokesman twice, and
 * statements not yet linked to the proposition they bear on.
 */
function buildLibrary(file: string): void {
  const workspace = createWorkspace(file);
  try {
    const { client: c } = createService(workspace, { author: 'e2e' });
    const velayati = c.createActor({
      name: 'Ali Akbar Velayati',
      aliases: ['علی اکبر ولایتی'],
      description: 'Adviser to the Supreme Leader on foreign affairs',
    });
    const arabic = c.createActor({ name: 'علي أكبر ولايتي' });
    const persian = c.createActor({ name: 'علی اکبر ولایتی' });
    const dillon = c.createActor({ name: 'Ryan Dillon', aliases: ['Col. Ryan Dillon'] });
    const colonel = c.createActor({ name: 'Col. Ryan Dillon' });
    const ministry = c.createActor({ name: 'Ministry of Peshmerga', kind: 'government' });
    c.createStatement({
      speakerId: velayati.id,
      text: 'Iran has no role in the Kirkuk operation.',
      saidOn: '2017-10-17',
    });
    c.createStatement({
      speakerId: arabic.id,
      text: 'إيران ليس لها أي دور في عملية كركوك',
      kind: 'paraphrase',
      saidOn: '2017-10-17',
    });
    c.createStatement({ speakerId: persian.id, text: 'ایران در عملیات کرکوک نقشی ندارد.' });
    c.createStatement({
      speakerId: colonel.id,
      text: 'We do not have reports of PMF units in and around the Kirkuk area.',
      saidOn: '2017-10-17',
    });
    c.createStatement({
      speakerId: ministry.id,
      text: 'Iranian Revolutionary Guard officers directed the operation in Kirkuk.',
      saidOn: '2017-10-16',
    });
    c.createStatement({ speakerId: dillon.id, text: 'The weather delayed the convoy.' });
    c.createProposition({ text: 'Iran took part in the Kirkuk operation' });
  } finally {
    workspace.close();
  }
}

test.describe('tidying the library', () => {
  test.use({ opening: 'start-screen', viewport: { width: 1280, height: 800 } });
  // axe over a whole page takes seconds on a busy machine.
  test.describe.configure({ timeout: 120_000 });

  test.beforeEach(async ({ app, start }) => {
    const file = join(app.dir, 'Library.parallax');
    buildLibrary(file);
    await start.openWorkspaceFile(file);
  });

  test('an actor page lists likely duplicates and merges one in a step, which Undo takes back', async ({
    app,
    actors,
    workbench,
  }) => {
    await actors.open();
    await actors.select('Ali Akbar Velayati');
    const duplicates = actors.editor.getByRole('region', { name: 'Likely duplicates' });
    // Both Arabic-script spellings fold to the name it also goes by.
    await expect(duplicates.getByRole('listitem')).toHaveCount(2);
    await expect(duplicates).toContainText('علي أكبر ولايتي');
    await expect(duplicates).toContainText('“علي أكبر ولايتي” is one of this actor’s other names');
    await expectNoSeriousAxeViolations(app.page, 'an actor page with likely duplicates');
    await duplicates.scrollIntoViewIfNeeded();
    await shoot(app.page, 'actor-duplicates');

    await duplicates
      .getByRole('button', { name: 'Merge “علي أكبر ولايتي” into “Ali Akbar Velayati”' })
      .click();
    await expect(
      workbench.message(/Merged “علي أكبر ولايتي” into “Ali Akbar Velayati”/),
    ).toBeVisible();
    await expect(duplicates.getByRole('listitem')).toHaveCount(1);
    await expect(actors.editor).toContainText('2 statements');
    await expect(actors.aliases).toContainText('علي أكبر ولايتي');
    await expect(workbench.count('Actors')).toHaveText('5');

    // One step back: the merged actor and its statement are there again.
    await actors.list.focus();
    await workbench.pressUndo();
    await expect(workbench.count('Actors')).toHaveText('6');
    await expect(actors.row('علي أكبر ولايتي')).toHaveCount(1);
  });

  test('“Merge into…” moves an actor into the one picked and shows that one', async ({
    app,
    actors,
    workbench,
  }) => {
    await actors.open();
    await actors.select(/^Col\. Ryan Dillon/);
    const mergeInto = actors.editor.getByRole('region', { name: 'Merge into…' });
    const picker = mergeInto.getByRole('combobox', { name: 'Actor to keep' });
    await picker.click();
    await picker.fill('Ryan Dillon');
    const option = mergeInto.getByRole('option', { name: 'Ryan Dillon', exact: true });
    await expect(option).toBeVisible();
    await app.page.screenshot({ path: test.info().outputPath('merge-into-open.png') });
    await option.click();
    await expect(picker).toHaveValue('Ryan Dillon');
    await mergeInto.getByRole('button', { name: 'Merge', exact: true }).click();

    await expect(workbench.message(/Merged “Col\. Ryan Dillon” into “Ryan Dillon”/)).toBeVisible();
    await expect(actors.editor.getByRole('heading', { level: 2 })).toHaveText('Ryan Dillon');
    await expect(actors.editor).toContainText('2 statements');
    await expect(actors.row(/^Col\. Ryan Dillon/)).toHaveCount(0);
  });

  test('a proposition page links candidate statements with a stance in one click each', async ({
    app,
    propositions,
  }) => {
    await propositions.open();
    await propositions.select('Iran took part in the Kirkuk operation');
    const candidates = propositions.editor.getByRole('region', { name: 'Candidate statements' });
    await expect(candidates.getByRole('listitem').first()).toBeVisible();
    await expect(candidates).toContainText('Iranian Revolutionary Guard officers directed');
    await expect(candidates).toContainText('Iran has no role in the Kirkuk operation.');
    await expect(candidates).not.toContainText('The weather delayed the convoy.');
    await expectNoSeriousAxeViolations(app.page, 'a proposition page with candidate statements');
    await candidates.getByRole('listitem').last().scrollIntoViewIfNeeded();
    await shoot(app.page, 'proposition-candidates');

    await candidates.getByRole('button', { name: /^Denies: Ali Akbar Velayati/ }).click();
    await candidates.getByRole('button', { name: /^Affirms: Ministry of Peshmerga/ }).click();
    await expect(propositions.positions).toContainText('Ali Akbar Velayati');
    await expect(propositions.positions).toContainText('Ministry of Peshmerga');
    await expect(candidates).not.toContainText('Iran has no role in the Kirkuk operation.');

    // Full-text search finds what shares no word with the proposition.
    await candidates.getByRole('searchbox', { name: 'Search statements to link' }).fill('convoy');
    await expect(candidates.getByRole('listitem')).toHaveCount(1);
    await expect(candidates).toContainText('The weather delayed the convoy.');
  });

  test('several marked statements get one stance at once', async ({
    app,
    statements,
    propositions,
  }) => {
    await statements.open();
    await statements.rows
      .filter({ hasText: 'Iran has no role' })
      .click({ modifiers: ['ControlOrMeta'] });
    await statements.rows
      .filter({ hasText: 'ایران در عملیات کرکوک' })
      .click({ modifiers: ['ControlOrMeta'] });
    await shoot(app.page, 'statements-marked');
    await app.page.getByRole('button', { name: 'Set stance…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Set the stance of 2 statements' });
    const picker = dialog.getByRole('combobox', { name: 'Proposition' });
    await picker.click();
    await picker.fill('Kirkuk');
    await dialog.getByRole('option', { name: 'Iran took part in the Kirkuk operation' }).click();
    await dialog.getByRole('radio', { name: 'Denies' }).check();
    await expectNoSeriousAxeViolations(app.page, 'the set-stance dialog');
    await dialog.getByRole('button', { name: 'Set stance' }).click();
    await expect(dialog).toHaveCount(0);

    await propositions.open();
    await propositions.select('Iran took part in the Kirkuk operation');
    await expect(propositions.positions.locator('.stance-denies')).toHaveCount(2);
  });

  test('importing a text already in the workspace offers the source that has it', async ({
    app,
    workbench,
  }) => {
    const text = 'Peshmerga statement\n\nThe IRGC were directly involved in the attacks.\n';
    writeFileSync(join(app.dir, 'peshmerga.txt'), text);
    writeFileSync(join(app.dir, 'forwarded-by-email.txt'), text);
    const reader = new ReaderPage(app.page);
    await reader.importFiles(join(app.dir, 'peshmerga.txt'));
    await expect(workbench.count('Sources')).toHaveText('1');

    await app.page
      .getByTestId('import-input')
      .setInputFiles(join(app.dir, 'forwarded-by-email.txt'));
    const offer = app.page.getByRole('dialog', { name: 'This text is already in the workspace' });
    await expect(offer).toContainText('forwarded-by-email.txt');
    await expect(offer).toContainText('“Peshmerga statement”');
    await expectNoSeriousAxeViolations(app.page, 'the duplicate import offer');
    await offer.getByRole('button', { name: 'Open the existing source' }).click();

    await expect(offer).toHaveCount(0);
    await expect(
      workbench.message('Opened “Peshmerga statement”, already in the workspace.'),
    ).toBeVisible();
    await expect(workbench.count('Sources')).toHaveText('1');
    await expect(reader.text).toContainText('The IRGC were directly involved');

    // Keeping both leaves the second copy as its own source.
    await app.page
      .getByTestId('import-input')
      .setInputFiles(join(app.dir, 'forwarded-by-email.txt'));
    await offer.getByRole('button', { name: 'Keep both' }).click();
    await expect(workbench.count('Sources')).toHaveText('2');
  });
});
