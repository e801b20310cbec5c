import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { ReaderPage } from './pages/reader-page';
import { shoot } from './shoot';

const SEED = fileURLToPath(new URL('../../shared/fixtures/kirkuk-2017.txt', import.meta.url));

/**
 * Every view of the Kirkuk sample at 1440×900. Always runs (it walks through all the views), but
 * only rewrites docs/screenshots/ when asked:
 *
 *   PARALLAX_SCREENSHOTS=1 npx playwright test screenshots --project=browser
 *
 * Otherwise the PNGs go to test-results/.
 */
test.describe('screenshots', () => {
  test.use({ opening: 'start-screen', viewport: { width: 1440, height: 900 } });

  test('every view of the Kirkuk sample', async ({
    app,
    start,
    statements,
    sources,
    actors,
    propositions,
  }) => {
    test.skip(app.host !== 'browser', 'the documentation shows the browser host');
    const { page } = app;
    await start.expectShown();
    await shoot(page, 'start');

    await start.openSample();
    await expect(statements.rows).toHaveCount(13);
    await shoot(page, 'statements');

    await statements.select('We do not have reports of PMF units');
    await expect(statements.editor.getByRole('region', { name: 'Positions' })).toContainText(
      'PMF units entered Kirkuk city',
    );
    await shoot(page, 'statement-editor');

    await statements.search('Kirkuk');
    await statements.resultRows.filter({ hasText: 'Iran has no role' }).click();
    await expect(statements.editor.getByRole('heading', { level: 2 })).toHaveText(
      'Ali Akbar Velayati',
    );
    await shoot(page, 'search');

    await sources.open();
    await sources.select('Shiite Militias');
    await shoot(page, 'sources');

    await actors.open();
    await actors.select('Col. Ryan Dillon');
    await expect(actors.memberships).toContainText('spokesman');
    await shoot(page, 'actors');

    await propositions.open();
    await propositions.select('Iran took part in directing the Kirkuk operation');
    await expect(propositions.positions).toContainText('Ali Akbar Velayati');
    await shoot(page, 'propositions');

    await page.getByRole('button', { name: /^Conflicts/ }).click();
    await expect(page.getByRole('list', { name: 'Opposed statements' })).toContainText(
      'Col. Ryan Dillon',
    );
    await shoot(page, 'conflicts');

    await page.getByRole('button', { name: /^Comparisons/ }).click();
    await page
      .getByRole('listbox', { name: 'Comparisons' })
      .getByRole('option')
      .filter({ hasText: /Velayati/ })
      .dblclick();
    await expect(page.locator('.comparison-table')).toContainText('Ministry of Peshmerga');
    await shoot(page, 'comparison');

    await page.getByRole('button', { name: /^Positions/ }).click();
    await expect(page.locator('.matrix')).toContainText('Col. Ryan Dillon');
    await shoot(page, 'matrix');

    await page.getByRole('button', { name: /^Timeline/ }).click();
    await expect(page.locator('svg.timeline .conflict-line')).toHaveCount(4);
    await shoot(page, 'timeline');

    await page.getByRole('button', { name: /^Report/ }).click();
    await page.getByRole('textbox', { name: 'Title' }).fill('Kirkuk, October 2017: who was there?');
    await page.getByRole('textbox', { name: 'Author' }).fill('A. Researcher');
    const preview = page.frameLocator('iframe[title="Report preview"]');
    await expect(preview.locator('h1')).toHaveText('Kirkuk, October 2017: who was there?');
    await shoot(page, 'report');

    // The reader, on the seed article where it is beside the project.
    if (existsSync(SEED)) {
      const reader = new ReaderPage(page);
      await reader.importFiles(SEED);
      await reader.decide(/We do not have reports of PMF units/, 'a');
      await expect(reader.highlights).toHaveCount(1);
      await reader.proposal(/We hung our pictures/).click();
      await shoot(page, 'reader');
    }
  });

  test('the speaker filter, open on its choice', async ({ app, start, statements }) => {
    test.skip(app.host !== 'browser', 'the documentation shows the browser host');
    await start.openSample();
    await statements.filterBy('Speaker', 'Col. Ryan Dillon');
    await expect(statements.rows).toHaveCount(2);
    await statements.picker('Speaker').click();
    await expect(statements.pickerOptions('Speaker')).toHaveCount(17);
    await shoot(app.page, 'record-picker');
  });

  test.describe('dark', () => {
    test.use({ colorScheme: 'dark' });

    test('statements in the dark theme', async ({ app, start, statements }) => {
      test.skip(app.host !== 'browser', 'the documentation shows the browser host');
      await start.openSample();
      await statements.select('We do not have reports of PMF units');
      await shoot(app.page, 'statements-dark');
    });
  });
});
