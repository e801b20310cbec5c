import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectNoSeriousAxeViolations } from './axe-check';
import { expect, test } from './fixtures';
import { ComparisonPage } from './pages/comparison-page';
import { PositionsPage, type Stance } from './pages/positions-page';
import { ReportPage } from './pages/report-page';
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

const ENTERED = 'Ostravian dredgers entered Kelmari waters';
const TOLD = 'Kelmar was told about the Veltra works in advance';

/** The statements accepted in review, as the report prints them, with their stances. */
const ACCEPTED = [
  {
    words: 'Our dredgers have not entered Kelmari waters',
    speaker: 'Anna Lisk',
    on: ENTERED,
    stance: 'denies',
  },
  {
    words:
      'Two Ostravian dredgers crossed into Kelmari waters on Monday, … They worked there for six hours.',
    speaker: 'Irena Vask',
    on: ENTERED,
    stance: 'affirms',
  },
  {
    words: 'Kelmar was informed of every step of the works',
    speaker: 'Anna Lisk',
    on: TOLD,
    stance: 'affirms',
  },
  {
    words: 'Nobody from Ostravia called us',
    speaker: 'Pavel Oren',
    on: TOLD,
    stance: 'denies',
    search: 'called',
  },
  {
    words: 'his crews "received no notice of any works in the channel',
    speaker: 'Pavel Oren',
    on: TOLD,
    stance: 'denies',
  },
] satisfies Array<{
  words: string;
  speaker: string;
  on: string;
  stance: Stance;
  search?: string;
}>;

/** The words a reader of an HTML file sees: tags dropped, entities decoded, spaces folded. */
function visibleText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The first and last words of both columns are on screen, nothing over them. */
async function expectWordsInView(comparison: ComparisonPage, diff: string): Promise<void> {
  for (const column of [0, 1]) {
    for (const which of ['first', 'last'] as const) {
      const place = await comparison.wordPlace(column, which, false);
      expect(place, `${diff}: column ${column + 1}'s ${which} word, "${place.word}"`).toMatchObject(
        { inView: true, uncovered: true },
      );
    }
  }
}

test.use({ viewport: { width: 1280, height: 800 } });
// A long walk through every view, on machines that may be busy.
test.describe.configure({ timeout: 180_000 });

test('the researcher path: import, review, positions, conflicts, comparison, report', async ({
  app,
  statements,
  sources,
  propositions,
}) => {
  const { page } = app;
  const review = new ReviewPage(page);
  const positions = new PositionsPage(page);
  const comparison = new ComparisonPage(page);
  const report = new ReportPage(page);

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

  await test.step('give the plain-text items the outlet and date their datelines state', async () => {
    // An HTML page states its outlet and date in its metadata; a .txt or .md file cannot.
    for (const { title, outlet, published } of [
      { title: HERALD, outlet: 'Harbour Herald', published: '2031-03-04' },
      { title: GAZETTE, outlet: 'Kelmar Gazette', published: '2031-03-05' },
    ]) {
      await sources.open();
      await sources.select(title);
      await sources.editor.getByLabel('Outlet').fill(outlet);
      await sources.editor.getByLabel('Published').fill(published);
      await sources.editor.getByRole('button', { name: 'Save changes' }).click();
      await expect(sources.workbench.message(/source saved/i)).toBeVisible();
    }
    await expect(sources.row(HERALD)).toContainText('Harbour Herald');
    await expect(sources.row(GAZETTE)).toContainText('Kelmar Gazette');
    await expect(sources.row(COASTWATCH)).toContainText('Coastwatch Weekly');
    await expectNoSeriousAxeViolations(page, 'the sources view');
    await review.openSource(COASTWATCH);
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
    await expect(statements.row('received no notice')).toContainText('week of 3 March 2031');
    await expect(statements.row('Two Ostravian dredgers')).toContainText('Irena Vask');
    await expect(statements.row('Two Ostravian dredgers')).toContainText('5 March 2031');
    await expect(statements.row('Our dredgers have not entered')).toContainText('Anna Lisk');
    await expect(statements.row('Our dredgers have not entered')).toContainText('4 March 2031');
    await expectNoSeriousAxeViolations(page, 'the statements list');
  });

  await test.step('two propositions', async () => {
    await propositions.open();
    await expect(page.getByRole('status').filter({ hasText: 'No propositions yet' })).toBeVisible();
    await positions.addProposition(ENTERED);
    await positions.addProposition(TOLD);
    await expect(propositions.rows).toHaveCount(2);
    await expectNoSeriousAxeViolations(page, 'the propositions view');
  });

  await test.step('stances, one click each from the proposition page', async () => {
    for (const proposition of [ENTERED, TOLD]) {
      await propositions.select(proposition);
      for (const s of ACCEPTED.filter((a) => a.on === proposition)) {
        await positions.linkFromProposition(
          // Oren's "Nobody … called us" shares no word with the proposition: searched for.
          { speaker: s.speaker, words: s.words.slice(0, 20).trim(), search: s.search },
          s.stance,
        );
      }
    }
    await propositions.select(ENTERED);
    await expect(propositions.details.locator('.counts')).toContainText('✓ 1 affirm');
    await expect(propositions.details.locator('.counts')).toContainText('✗ 1 deny');
    await expect(propositions.row(ENTERED)).toContainText('✓ 1 affirm');
    await expect(propositions.row(TOLD)).toContainText('✗ 2 deny');
    await expectNoSeriousAxeViolations(page, 'a proposition with its positions');
  });

  const board = page.getByRole('list', { name: 'Opposed statements' });
  await test.step('the conflict board shows a conflict on each proposition', async () => {
    await page.getByRole('button', { name: /^Conflicts/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: ENTERED })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: TOLD })).toBeVisible();
    await expect(
      board
        .getByRole('listitem')
        .filter({ hasText: 'Irena Vask' })
        .filter({ hasText: 'Anna Lisk' }),
    ).toHaveCount(1);
    await expect(
      board
        .getByRole('listitem')
        .filter({ hasText: 'Pavel Oren' })
        .filter({ hasText: 'Anna Lisk' }),
    ).not.toHaveCount(0);
    await expectNoSeriousAxeViolations(page, 'the conflict board');
  });

  await test.step('the comparison opened from a conflict, with the word diff on', async () => {
    await board
      .getByRole('listitem')
      .filter({ hasText: 'Irena Vask' })
      .getByRole('button', { name: 'Compare side by side' })
      .click();
    await expect(comparison.table).toBeVisible();
    // As on the board: the affirming statement left, the denying one right.
    await expect(comparison.heads.nth(0)).toContainText('Irena Vask');
    await expect(comparison.heads.nth(1)).toContainText('Anna Lisk');
    await expectWordsInView(comparison, 'diff off');
    const written = await comparison.words.allTextContents();
    expect(written).toEqual([
      '“Two Ostravian dredgers crossed into Kelmari waters on Monday, … They worked there for six hours.”',
      '“Our dredgers have not entered Kelmari waters”',
    ]);
    await comparison.diffToggle.check();
    await expect(comparison.diffNote).toContainText('Columns 1 and 2: words only one of them has');
    // The diff adds marks to the words (shared ones bold, the negation underlined); it never
    // replaces them, nor pushes them off screen.
    await expect(comparison.words.nth(1).locator('.comparison-negation')).toHaveText('not');
    await expect(comparison.words.nth(1).locator('.comparison-shared').first()).toBeVisible();
    expect(await comparison.words.allTextContents()).toEqual(written);
    await expectWordsInView(comparison, 'diff on');
    await expectNoSeriousAxeViolations(page, 'the comparison with the word diff on');
  });

  await test.step('the report of everything, exported as HTML', async () => {
    await report.open();
    await report.scope('Everything in the workspace').check();
    await expect(report.subtitle).toHaveText(
      '5 statements · 3 sources · 1 comparison · 2 conflicts',
    );
    await expectNoSeriousAxeViolations(page, 'the report builder', {
      exclude: 'iframe.report-frame',
    });
    await report.format.selectOption('html');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export' }).click(),
    ]);
    const html = readFileSync((await download.path())!, 'utf8');
    const text = visibleText(html);
    expect(text).toContain('5 statements · 3 sources · 1 comparison · 2 conflicts');
    for (const s of ACCEPTED) {
      expect(text, `${s.speaker}'s words`).toContain(s.words);
      expect(text).toContain(s.speaker);
    }
    // Roles at the time, dates by their precision, the source's date marked, a paraphrase labelled.
    expect(text).toContain('Anna Lisk, Transport Minister');
    expect(text).toContain('Pavel Oren, coast guard commander');
    // The Wednesday typed in review is stored as its week's Monday, as the method note says.
    expect(text).toContain('week of 3 March 2031');
    expect(text).toContain('6 March 2031 (date of the source)');
    expect(text).toContain('Paraphrase: his crews "received no notice of any works in the channel');
    // Each statement with its source's citation beside it, and each source in the bibliography.
    expect(text).toContain('“Our dredgers have not entered Kelmari waters” (Harbour Herald 2031)');
    expect(text).toContain('six hours.” (Kelmar Gazette 2031)');
    expect(text).toContain('“Nobody from Ostravia called us” (Coastwatch Weekly 2031)');
    expect(text).toContain(
      'Harbour Herald. 2031. “Ostravia says its dredgers stayed in their own channel,” 4 March 2031.',
    );
    expect(text).toContain(
      'Kelmar Gazette. 2031. “Kelmar accuses Ostravia of crossing the channel line,” 5 March 2031.',
    );
    expect(text).toContain(
      'Coastwatch Weekly. 2031. “Coast guard: no notice of Veltra works,” 6 March 2031.',
    );
    writeFileSync(test.info().outputPath('report.html'), html);
    // The exported page itself, as a reader's browser shows it, passes axe too.
    const reader = await page.context().newPage();
    await reader.setContent(html);
    await expectNoSeriousAxeViolations(reader, 'the exported HTML report');
    await reader.close();
  });

  await test.step('the same report exported as PDF (printed by the system Chromium)', async () => {
    await report.format.selectOption('pdf');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Export' }).click(),
    ]);
    const pdf = test.info().outputPath('report.pdf');
    await download.saveAs(pdf);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Its text, as pdftotext reads it (poppler-utils, as the report tests use), lines joined.
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('5 statements · 3 sources · 1 comparison · 2 conflicts');
    for (const s of ACCEPTED) {
      expect(text, `${s.speaker}'s words in the PDF`).toContain(s.words);
      expect(text).toContain(s.speaker);
    }
    for (const key of [
      '(Harbour Herald 2031)',
      '(Kelmar Gazette 2031)',
      '(Coastwatch Weekly 2031)',
    ])
      expect(text).toContain(key);
  });
});
