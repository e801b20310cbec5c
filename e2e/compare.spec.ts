import { expect, test } from './fixtures';

test.describe('comparison', () => {
  test.use({ opening: 'start-screen' });

  test('open Dillon against the fighter side by side, write an assessment, undo it', async ({
    start,
    app,
  }) => {
    // A long walk (diff, assessment, undo, positions, reordering) through one comparison.
    test.setTimeout(60_000);
    const { page } = app;
    await start.openSample();
    await page.getByRole('button', { name: /^Comparisons/ }).click();
    await page
      .getByRole('listbox', { name: 'Comparisons' })
      .getByRole('option')
      .filter({ hasText: /Dillon/ })
      .dblclick();
    const table = page.locator('.comparison-table');
    const stances = table.getByRole('rowgroup', { name: 'Stance' });
    await expect(table).toContainText('Col. Ryan Dillon');
    await expect(table).toContainText('PMF fighter');
    await expect(stances).toContainText('denies');
    await expect(stances).toContainText('affirms');

    // Dillon's words and the fighter's share almost nothing: the diff says so instead of
    // pretending to align them, and both statements stay on screen as written.
    const words = table.locator('.comparison-words-row .comparison-text');
    const before = await words.allTextContents();
    await page.getByRole('checkbox', { name: /Word differences/ }).check();
    await expect(page.getByRole('status').filter({ hasText: /No useful alignment/ })).toContainText(
      /too different.*shown as written/,
    );
    expect(await words.allTextContents()).toEqual(before);
    await expect(words.filter({ hasText: 'We do not have reports of PMF units' })).toBeVisible();
    await page.getByRole('checkbox', { name: /Word differences/ }).uncheck();

    const assessment = page.getByRole('textbox', { name: 'Assessment' });
    const written = await assessment.inputValue();
    await assessment.fill('The video contradicts the denial within days.');
    await page.getByRole('button', { name: 'Save assessment' }).click();
    await expect(page.getByText('Assessment saved')).toBeVisible();

    await page.locator('.compare-body').focus();
    await page.keyboard.press('Control+z');
    await expect(assessment).toHaveValue(written);

    // The chosen column's statement can be linked to another proposition from here.
    const positions = page.locator('.comparison-positions');
    await positions.getByLabel('Stance to add').selectOption('qualifies');
    await positions
      .getByLabel('Proposition to link')
      .selectOption({ label: 'Iran took part in directing the Kirkuk operation' });
    await positions.getByRole('button', { name: 'Link', exact: true }).click();
    await expect(stances).toContainText('qualifies');
    await page.keyboard.press('Control+z');
    await expect(stances).not.toContainText('qualifies');

    // Columns move from the keyboard.
    const heads = table.locator('thead th');
    const firstSpeaker = await heads.nth(0).getByRole('button', { pressed: true }).innerText();
    await page.locator('.compare-body').focus();
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect(heads.nth(1).getByRole('button', { pressed: true })).toHaveText(
      firstSpeaker.replace(/^1/, '2'),
    );
  });
});

test.describe('conflict board', () => {
  test.use({ opening: 'start-screen' });

  test('lists Dillon against the fighter and Velayati against the Ministry, and opens a pair side by side', async ({
    start,
    app,
  }) => {
    const { page } = app;
    await start.openSample();
    await page.getByRole('button', { name: /^Conflicts/ }).click();
    const board = page.getByRole('list', { name: 'Opposed statements' });
    const dillonAndFighter = board
      .getByRole('listitem')
      .filter({ hasText: 'Col. Ryan Dillon' })
      .filter({ hasText: 'We hung our pictures' });
    await expect(dillonAndFighter.first()).toBeVisible();
    await expect(
      board
        .getByRole('listitem')
        .filter({ hasText: 'Ali Akbar Velayati' })
        .filter({ hasText: 'Ministry of Peshmerga' }),
    ).toHaveCount(1);
    await dillonAndFighter.first().getByRole('button', { name: 'Compare side by side' }).click();
    await expect(page.locator('.comparison-table')).toContainText('We hung our pictures');
    await expect(page.locator('.comparison-table')).toContainText('Col. Ryan Dillon');
  });
});

test.describe('positions and timeline', () => {
  test.use({ opening: 'start-screen' });

  test('the matrix shows stances by symbol and word, the timeline draws the conflicts', async ({
    start,
    app,
  }) => {
    const { page } = app;
    await start.openSample();
    await page.getByRole('button', { name: /^Positions/ }).click();
    const dillon = page.locator('.matrix tbody tr').filter({ hasText: 'Col. Ryan Dillon' });
    await expect(dillon).toContainText('✗');
    await expect(dillon).toContainText('denies');
    await dillon.getByRole('button').first().click();
    await expect(page.getByRole('heading', { level: 2, name: 'Col. Ryan Dillon' })).toBeVisible();

    await page.getByRole('button', { name: /^Timeline/ }).click();
    const timeline = page.locator('svg.timeline');
    await expect(timeline).toBeVisible();
    await expect(timeline.locator('.conflict-line')).toHaveCount(4);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(timeline).toHaveAttribute('width', /\d+/);
  });
});

test.describe('comparing a selection', () => {
  test.use({ opening: 'start-screen' });

  test('marks statements in the list and compares them', async ({ start, statements, app }) => {
    await start.openSample();
    await statements.rows.nth(0).click({ modifiers: ['ControlOrMeta'] });
    await statements.list.focus();
    await statements.rows.nth(4).click();
    await app.page.keyboard.press(' ');
    await expect(statements.rows.nth(0)).toHaveAttribute('data-marked', 'true');
    await app.page.getByRole('button', { name: 'Compare 2 marked' }).click();
    await expect(app.page.locator('.comparison-table thead th')).toHaveCount(2);
  });
});
