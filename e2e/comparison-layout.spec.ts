import type { Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe-check';
import { LONG_SOURCE_TITLE, LONG_URL, PROPOSITION, STATEMENTS } from './comparison-texts';
import { expect, test } from './fixtures';
import { ComparisonPage } from './pages/comparison-page';
import { shoot } from './shoot';
import { callThrough } from './xss-workspace';

/**
 * The comparison view puts the statements' words first: three statements of about 400 words
 * each are read in full, with the word diff on and off, at the two window sizes researchers
 * use most; nothing inside the columns scrolls or overlaps. Screenshots go to docs/screenshots/
 * with PARALLAX_SCREENSHOTS=1, otherwise to test-results/.
 */

// Two workspaces' worth of API calls and long layout checks, on a shared two-core machine.
test.describe.configure({ timeout: 90_000 });

const TITLE = `Marta Quell vs Varn Water Authority vs Tomas Berg on: ${PROPOSITION}`;

/** The three statements, each from its own source with a long title and URL, and their stances. */
async function buildDispute(page: Page): Promise<void> {
  const call = callThrough(page);
  const proposition = await call('createProposition', { text: PROPOSITION });
  const ids: string[] = [];
  for (const [i, s] of STATEMENTS.entries()) {
    const speaker = await call('createActor', { name: s.speaker });
    const source = await call('createSource', {
      title: `${LONG_SOURCE_TITLE} (${i + 1})`,
      url: `${LONG_URL}&part=${i + 1}`,
      outlet: 'Regional Assembly Press Office',
      body: s.text,
    });
    const statement = await call('createStatement', {
      speakerId: speaker.id,
      sourceId: source.id,
      text: s.text,
      kind: i === 2 ? 'paraphrase' : 'quote',
      role: s.role,
      saidOn: `2024-03-0${i + 4}`,
      saidOnPrecision: 'day',
    });
    await call('setStance', {
      statementId: statement.id,
      propositionId: proposition.id,
      stance: s.stance,
    });
    ids.push(statement.id);
  }
  // No title: the service names the speakers and the proposition.
  await call('createComparison', { statementIds: ids });
  await page.reload();
  await page.locator('body[data-ready]').waitFor();
}

/** Every column's first word is on screen as the view opens; its last after scrolling the view. */
async function expectEveryWordReadable(comparison: ComparisonPage): Promise<void> {
  await comparison.body.evaluate((box) => (box.scrollTop = 0));
  for (const [i, s] of STATEMENTS.entries()) {
    expect(await comparison.wordPlace(i, 'first', false)).toEqual({
      word: s.first,
      inView: true,
      uncovered: true,
    });
  }
  for (const [i, s] of STATEMENTS.entries()) {
    expect(await comparison.wordPlace(i, 'last', true)).toEqual({
      word: s.last,
      inView: true,
      uncovered: true,
    });
  }
  // All of each statement is there, word for word, however it is marked.
  for (const [i, s] of STATEMENTS.entries()) {
    const printed = i === 2 ? s.text : `“${s.text}”`;
    await expect(comparison.words.nth(i)).toHaveText(printed);
  }
  expect(await comparison.clippedInside()).toEqual([]);
  expect(await comparison.overlaps()).toEqual([]);
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
]) {
  test.describe(`three long statements at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('are read in full, words first, with the word diff off and on', async ({ app }) => {
      const { page } = app;
      await buildDispute(page);
      const comparison = new ComparisonPage(page);
      await comparison.open(/Marta Quell vs Varn Water Authority/);
      await expect(comparison.title).toHaveText(TITLE);
      await expect(comparison.heads).toHaveCount(3);
      await expect(comparison.heads.nth(0)).toContainText('Marta Quell');
      await expect(comparison.heads.nth(0)).toContainText('affirms');
      await expect(comparison.heads.nth(1)).toContainText('denies');
      await expect(comparison.field('Source')).toContainText(LONG_URL);

      await expectEveryWordReadable(comparison);
      if (viewport.width === 1280) {
        await comparison.body.evaluate((box) => (box.scrollTop = 0));
        await shoot(page, 'comparison-three-columns');
      }

      await comparison.diffToggle.check();
      // The diff runs in a worker; on a busy machine aligning 400 words takes a moment.
      await expect(comparison.diffNote).toContainText(
        'Columns 1 and 2: words only one of them has',
        { timeout: 10_000 },
      );
      await expect(comparison.words.nth(0).locator('.comparison-only').first()).toBeVisible();
      await expect(comparison.words.nth(1).locator('.comparison-negation').first()).toBeVisible();
      await expectEveryWordReadable(comparison);

      // The details fold away (and stay folded for the next comparison); the words stay.
      await comparison.detailsToggle.click();
      await expect(comparison.field('Source')).toHaveCount(0);
      await expectEveryWordReadable(comparison);
      await page.reload();
      await page.locator('body[data-ready]').waitFor();
      await comparison.open(/Marta Quell vs Varn Water Authority/);
      await expect(comparison.detailsToggle).toHaveAttribute('aria-expanded', 'false');
      await expect(comparison.field('Source')).toHaveCount(0);

      await expectNoSeriousAxeViolations(page, 'the comparison, details folded', {
        include: '.comparison',
      });
    });
  });
}

test.describe('taking a column out', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('leaves the focus on the statement it was on', async ({ app }) => {
    const { page } = app;
    await buildDispute(page);
    const comparison = new ComparisonPage(page);
    await comparison.open(/Marta Quell vs Varn Water Authority/);
    const focused = comparison.table.locator('thead th.comparison-focused');
    await page.getByRole('button', { name: '2. Varn Water Authority' }).click();
    await expect(focused).toContainText('Varn Water Authority');
    await page.getByRole('button', { name: 'Take Marta Quell out of the comparison' }).click();
    await expect(comparison.heads).toHaveCount(2);
    await expect(focused).toContainText('Varn Water Authority');
  });
});

test.describe('a comparison opened from the conflict board', () => {
  test.use({ opening: 'start-screen', viewport: { width: 1280, height: 800 } });

  test('puts the affirming statement left, is named after both sides, and can be renamed', async ({
    start,
    app,
    workbench,
  }) => {
    const { page } = app;
    await start.openSample();
    await page.getByRole('button', { name: /^Conflicts/ }).click();
    const pair = page
      .getByRole('list', { name: 'Opposed statements' })
      .getByRole('listitem')
      .filter({ hasText: 'Col. Ryan Dillon' })
      .filter({ hasText: 'We hung our pictures' })
      .first();
    await pair.getByRole('button', { name: 'Compare side by side' }).click();

    const comparison = new ComparisonPage(page);
    await expect(comparison.heads).toHaveCount(2);
    // On the board the affirming statement is on the left, the denying one on the right.
    await expect(comparison.heads.nth(0)).toContainText('affirms');
    await expect(comparison.heads.nth(1)).toContainText('Col. Ryan Dillon');
    await expect(comparison.heads.nth(1)).toContainText('denies');
    await expect(comparison.title).toHaveText(/^PMF fighter.* vs Col\. Ryan Dillon on: PMF units/);
    const named = (await comparison.title.textContent())!;

    await comparison.renameButton.click();
    await comparison.titleField.fill('   ');
    await expect(page.getByRole('alert')).toHaveText('A comparison needs a title.');
    await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
    await comparison.titleField.fill('Dillon’s denial against the fighter’s video');
    await comparison.titleField.press('Enter');
    await expect(comparison.title).toHaveText('Dillon’s denial against the fighter’s video');
    await expect(workbench.undoButton).toHaveAccessibleName(/Rename comparison/);
    await workbench.undoButton.click();
    await expect(comparison.title).toHaveText(named);

    // Escape leaves the title as it was.
    await comparison.renameButton.click();
    await comparison.titleField.fill('Not kept');
    await comparison.titleField.press('Escape');
    await expect(comparison.title).toHaveText(named);

    // The order can still be changed, by the column's own buttons.
    await page.getByRole('button', { name: 'Move Col. Ryan Dillon left' }).click();
    await expect(comparison.heads.nth(0)).toContainText('Col. Ryan Dillon');
    await expect(comparison.heads.nth(1)).toContainText('affirms');
  });
});
