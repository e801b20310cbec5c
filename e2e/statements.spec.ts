import { expect, test } from './fixtures';

test('a researcher records two statements by name', async ({ statements, actors, workbench }) => {
  await expect(statements.page.getByText('No statements yet')).toBeVisible();

  await statements.add({
    speaker: 'Ryan Dillon',
    text: 'We do not have reports of PMF units or the types of units that you mentioned in and around the Kirkuk area.',
    kind: 'quote',
    date: '2017-10-17',
  });
  await statements.add({
    speaker: 'Heather Nauert',
    text: 'the United States is concerned by reports of violence around Kirkuk',
    kind: 'paraphrase',
    date: '2017-10-16',
  });

  await expect(statements.rows).toHaveCount(2);
  await expect(statements.subtitle).toHaveText('2 statements');
  const dillon = statements.row('Ryan Dillon');
  await expect(dillon).toContainText('17 October 2017');
  await expect(dillon).toContainText('“We do not have reports of PMF units'); // quotes get quotation marks
  await expect(dillon.locator('.badge')).toHaveText('quote');
  await expect(statements.row('Heather Nauert').locator('.badge')).toHaveText('paraphrase');
  await expect(workbench.count('Statements')).toHaveText('2');

  // Each new name became an actor.
  await actors.open();
  await expect(actors.rows).toHaveCount(2);
  await expect(actors.row('Ryan Dillon')).toContainText('1 statement');
});

test('a researcher corrects a statement and saves it', async ({ statements }) => {
  await statements.add({
    speaker: 'Ali Akbar Velayati',
    text: 'Iran has no role in Kirkuk operation',
    date: '2017-10-21',
  });
  await statements.select('Ali Akbar Velayati');

  const words = statements.field('Words quoted');
  await words.fill(
    'Iran has no role in Kirkuk operation and most Iraqi Kurdish officials are friends of Iran',
  );
  await statements.field('Venue').fill('meeting with Iraqi Kurdish officials in Tehran');
  await expect(statements.editor.getByRole('button', { name: 'Revert' })).toBeVisible();
  await statements.saveChanges();

  await expect(statements.editor.getByRole('button', { name: 'Save changes' })).toBeDisabled();
  await expect(statements.editor.getByRole('button', { name: 'Revert' })).toBeHidden();
  await expect(statements.row('Velayati')).toContainText(
    'most Iraqi Kurdish officials are friends of Iran',
  );

  // Reopened, the statement has the saved text.
  await statements.page.reload();
  await statements.select('Ali Akbar Velayati');
  await expect(statements.field('Words quoted')).toHaveValue(/friends of Iran$/);
  await expect(statements.field('Venue')).toHaveValue(
    'meeting with Iraqi Kurdish officials in Tehran',
  );
});

test.describe('the Kirkuk sample', () => {
  test.use({ opening: 'start-screen' });

  test.beforeEach(async ({ start }) => {
    await start.openSample();
  });

  test('filters by speaker, kind and proposition narrow the list', async ({ statements }) => {
    await expect(statements.rows.first()).toBeVisible();
    await expect(statements.subtitle).toHaveText('13 statements');

    await statements.filterBy('Speaker', 'Col. Ryan Dillon');
    await expect(statements.subtitle).toHaveText('2 statements (filtered)');
    await expect(statements.rows).toHaveCount(2);
    await expect(statements.rowsBy('Col. Ryan Dillon')).toHaveCount(2);

    await statements.filterBy('Kind', 'Quotes');
    await expect(statements.subtitle).toHaveText('1 statement (filtered)');
    await expect(statements.rows).toHaveText([/We do not have reports of PMF units/]);

    await statements.clearFilters();
    await expect(statements.subtitle).toHaveText('13 statements');

    await statements.filterBy('Kind', 'Quotes');
    await expect(statements.subtitle).toHaveText('7 statements (filtered)');

    await statements.clearFilters();
    await statements.filterBy('Proposition', 'PMF units entered Kirkuk city');
    await expect(statements.subtitle).toHaveText('4 statements (filtered)');
    await expect(statements.rowsBy('PMF fighter (unnamed)')).toHaveCount(1);
    await expect(statements.rowsBy('Rudaw')).toHaveCount(1);
    await expect(statements.rowsBy('Col. Ryan Dillon')).toHaveCount(2);
    await expect(statements.rowsBy('Ali Akbar Velayati')).toHaveCount(0);
  });

  test('the arrow keys move through the list and the editor follows', async ({
    statements,
    app,
  }) => {
    const { page } = app;
    await expect(statements.rows.first()).toBeVisible();
    await statements.list.focus();
    await expect(statements.list.locator('[aria-selected="true"]')).toHaveCount(0);

    const speakerOf = (row: number) => statements.rows.nth(row).locator('.row-primary').innerText();
    const heading = statements.editor.getByRole('heading', { level: 2 });

    await page.keyboard.press('ArrowDown');
    await expect(statements.rows.nth(0)).toHaveAttribute('aria-selected', 'true');
    await expect(heading).toHaveText(await speakerOf(0));
    await expect(statements.list).toHaveAttribute(
      'aria-activedescendant',
      (await statements.rows.nth(0).getAttribute('id'))!,
    );

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(statements.rows.nth(2)).toHaveAttribute('aria-selected', 'true');
    await expect(statements.rows.nth(0)).toHaveAttribute('aria-selected', 'false');
    await expect(heading).toHaveText(await speakerOf(2));
    await expect(
      statements.field('Words quoted').or(statements.field(/^What was said/)),
    ).toHaveValue(
      // The list shows a quote without the comma it ran on with in the article.
      new RegExp(
        `^${escapeRegExp((await statements.rows.nth(2).locator('.row-text').innerText()).replace(/^“|”$/g, ''))}`,
      ),
    );

    await page.keyboard.press('ArrowUp');
    await expect(statements.rows.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(heading).toHaveText(await speakerOf(1));

    await page.keyboard.press('End');
    await expect(statements.list.locator('[aria-posinset="13"]')).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await page.keyboard.press('Home');
    await expect(statements.rows.nth(0)).toHaveAttribute('aria-selected', 'true');
    await expect(statements.list).toBeFocused();
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
