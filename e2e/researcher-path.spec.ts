import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectNoSeriousAxeViolations } from './axe-check';
import { expect, test } from './fixtures';
import { ReviewPage } from './pages/review-page';

/**
 * The researcher's path of issue 11, from an empty workspace to a report an editor could read:
 * three invented news items on one made-up dispute (e2e/researcher-path/) imported, their
 * proposals reviewed, two propositions, stances, the conflicts, a comparison with the word diff,
 * and the report exported. Each step asserts what the researcher sees, and axe checks each view.
 */

const INPUTS = fileURLToPath(new URL('./researcher-path/', import.meta.url));
const FILES = ['harbour-herald.txt', 'kelmar-gazette.md', 'coastwatch.html'];

const HERALD = 'Ostravia says its dredgers stayed in their own channel';
const GAZETTE = 'Kelmar accuses Ostravia of crossing the channel line';
const COASTWATCH = 'Coast guard: no notice of Veltra works';

test.use({ viewport: { width: 1280, height: 800 } });

test('the researcher path: import, review, positions, conflicts, comparison, report', async ({
  app,
  statements,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  const review = new ReviewPage(page);

  await test.step('import three files into the empty workspace', async () => {
    const empty = page.getByRole('status').filter({ hasText: 'No statements yet' });
    await expect(empty).toBeVisible();
    await expectNoSeriousAxeViolations(page, 'the empty statements view');
    const paths = FILES.map((name) => {
      copyFileSync(join(INPUTS, name), join(app.dir, name));
      return join(app.dir, name);
    });
    const chooser = page.waitForEvent('filechooser');
    await empty.getByRole('button', { name: 'Import sources…' }).click();
    await (await chooser).setFiles(paths);
    // Each file is confirmed by name; the last one opens in the reader.
    for (const [name, title] of [
      ['harbour-herald.txt', HERALD],
      ['kelmar-gazette.md', GAZETTE],
      ['coastwatch.html', COASTWATCH],
    ])
      await expect(statements.workbench.message(`Imported ${name} as “${title}”.`)).toBeVisible({
        timeout: 20_000,
      });
    await expect(review.heading).toHaveText(COASTWATCH);
    await expect(statements.workbench.count('Sources')).toHaveText('3');
    await expect(page.locator('.pane-subtitle')).toContainText('Coastwatch Weekly · 6 March 2031');
  });

  await test.step('review the coast guard item: accept one, edit every field of another, reject one', async () => {
    await expect(review.reader.proposals).toHaveCount(3);
    // The item states no date for its quotations: the queue shows the source's date, marked.
    await expect(review.reader.proposal(/Nobody from Ostravia called us/)).toContainText(
      '6 March 2031 · date of the source',
    );
    await review.accept(/Nobody from Ostravia called us/);
    await expect(page.locator('.toasts')).toContainText('Accepted: a statement by Pavel Oren');

    await review.edit(/received no notice of any works/, {
      speaker: { type: 'Oren', pick: 'Pavel Oren' },
      role: 'coast guard commander',
      kind: 'paraphrase',
      date: '2031-03-05',
      precision: 'week',
      widenStart: 3,
    });
    await expect(review.span).toHaveText(
      'his crews "received no notice of any works in the channel',
    );
    await expectNoSeriousAxeViolations(page, 'the reader with a proposal being edited');
    await review.acceptEdited();
    await expect(page.locator('.toasts')).toContainText('Accepted: a statement by Pavel Oren');

    await review.reject(/it was never told about the dredging/);
    await expect(review.reader.proposals).toHaveCount(0);
    await expect(review.reader.highlights).toHaveText([
      'Nobody from Ostravia called us,',
      'his crews "received no notice of any works in the channel',
    ]);
  });

  await test.step('review the Gazette item: merge a quotation split around its "said"', async () => {
    await review.openSource(GAZETTE);
    await expect(review.reader.proposals).toHaveCount(2);
    await review.mergeWithNext(/Two Ostravian dredgers crossed/);
    const merged = review.reader.proposal(/Two Ostravian dredgers crossed/);
    await expect(merged).toContainText(
      'Two Ostravian dredgers crossed into Kelmari waters on Monday, … They worked there for six hours.',
    );
    await expectNoSeriousAxeViolations(page, 'the reader after a merge');
    await review.accept(/Two Ostravian dredgers crossed/);
  });

  await test.step('review the Herald item: accept the minister, reject the rest', async () => {
    await review.openSource(HERALD);
    await review.accept(/Our dredgers have not entered Kelmari waters/);
    await review.accept(/Kelmar was informed of every step/);
    await review.reject(/The fish left long before/);
    await review.reject(/its dredgers stayed in their own channel/);
    await expect(review.reader.proposals).toHaveCount(0);
  });

  await test.step('the statements list shows what was accepted, with its dates', async () => {
    await statements.open();
    await expect(statements.rows).toHaveCount(5);
    await expect(statements.row('Nobody from Ostravia called us')).toContainText(
      '6 March 2031 · date of the source',
    );
    await expect(statements.row('received no notice')).toContainText('coast guard commander');
    await expect(statements.row('received no notice')).toContainText('week of');
    await expect(statements.row('Two Ostravian dredgers')).toContainText('Irena Vask');
    await expect(statements.row('Two Ostravian dredgers')).toContainText('5 March 2031');
    await expect(statements.row('Our dredgers have not entered')).toContainText('Anna Lisk');
    await expect(statements.row('Our dredgers have not entered')).toContainText('4 March 2031');
    await expectNoSeriousAxeViolations(page, 'the statements list');
  });
});
