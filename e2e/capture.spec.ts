import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { ReaderPage } from './pages/reader-page';

const SEED = fileURLToPath(new URL('../../shared/fixtures/kirkuk-2017.txt', import.meta.url));

test.describe('capture from the seed article', () => {
  // The article is not part of the project; it lives beside it in ../shared.
  test.skip(
    !existsSync(SEED),
    'the seed article ../shared/fixtures/kirkuk-2017.txt is not present',
  );

  test('import it, work the review queue, and keep the anchors through a re-import', async ({
    app,
    statements,
  }) => {
    const reader = new ReaderPage(app.page);
    const copy = join(app.dir, 'kirkuk-2017.txt');
    const article = readFileSync(SEED, 'utf8');
    writeFileSync(copy, article);
    await reader.importFiles(copy);

    // Nothing is a statement until someone accepts it.
    await expect(reader.proposals.first()).toBeVisible();
    await expect(reader.highlights).toHaveCount(0);

    await reader.decide(/We do not have reports of PMF units/, 'a');
    await expect(reader.highlights).toHaveCount(1);
    await reader.decide(/We hung our pictures/, 'a');
    await expect(reader.highlights).toHaveCount(2);
    await reader.decide(/voters/, 'r');
    await expect(reader.proposal(/voters/)).toHaveCount(0);

    await expect(
      reader.text.locator('mark.span-statement', {
        hasText: 'We do not have reports of PMF units',
      }),
    ).toBeVisible();
    await expect(
      reader.text.locator('mark.span-statement', { hasText: 'We are now inside the governorate' }),
    ).toBeVisible();

    // A changed copy: a correction added above, a sentence reworded below. The anchors hold.
    writeFileSync(
      copy,
      `Correction, 20 October: an earlier version misstated the date of the video.\n\n${article.replace(
        'Kurdish outlets are also reporting',
        'Kurdish media also report',
      )}`,
    );
    await reader.importFiles(copy);
    await expect(app.page.getByText(/new text kept/)).toBeVisible();
    await expect(reader.highlights).toHaveCount(2);
    await expect(app.page.locator('.reader-warning')).toHaveCount(0);

    // The two versions side by side: the added correction marked, the anchors listed.
    await app.page.getByRole('button', { name: /Compare versions/ }).click();
    await expect(app.page.locator('.versions .diff-added').first()).toContainText('Correction');
    await expect(app.page.locator('.versions-anchors + ul')).toContainText('at ');
    await app.page.getByRole('button', { name: '← Read the source' }).click();
    await reader.text.waitFor();

    // Words selected by hand become a statement, pre-filled by the extractor's reading.
    await reader.select('Iran has no role in Kirkuk operation');
    await app.page.getByRole('button', { name: 'New statement from selection' }).click();
    const form = app.page.getByRole('form', { name: 'New statement' });
    await expect(form.getByLabel('Speaker', { exact: true })).toHaveValue('Ali Akbar Velayati');
    await expect(form.getByLabel('Kind')).toHaveValue('quote');
    await form.getByRole('button', { name: 'Add statement' }).click();
    await expect(reader.highlights).toHaveCount(3);

    // The accepted statements carry their speakers and link back to the reader's source.
    await statements.open();
    await expect(statements.row(/Dillon/)).toContainText('We do not have reports of PMF units');
    await expect(statements.row(/fighter/)).toContainText('We hung our pictures');
  });
});
