import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createService } from '../core/service/index';
import { createWorkspace } from '../db/workspace';
import { expectNoSeriousAxeViolations } from './axe-check';
import { expect, test } from './fixtures';
import { ComparisonPage } from './pages/comparison-page';
import { PropositionsPage } from './pages/propositions-page';
import { ReaderPage } from './pages/reader-page';
import { StatementsPage } from './pages/statements-page';
import { shoot } from './shoot';

/**
 * A statement whose words give no date takes its source's publication date, and every view
 * that shows it says so ("date of the source"); the timeline counts the undated statements and
 * shows them in a row of their own on request.
 */

/** A page published on Thursday 19 October 2017: one quote dated in its words, one not. */
const PAGE = `<!doctype html><html lang="en"><head><title>Kirkuk briefing</title>
  <meta property="article:published_time" content="2017-10-19T10:00:00+03:00"></head>
  <body><article><h1>Kirkuk briefing</h1>
  <p>“We do not have reports of PMF units in and around the Kirkuk area,” Col. Ryan Dillon said on Tuesday.</p>
  <p>The Ministry of Peshmerga said in a statement that the guards were directly involved in the attacks.</p>
  </article></body></html>`;

/**
 * Four statements on whether PMF units were in Kirkuk: the ministry's dated by its source
 * (affirms), Dillon's by a person (denies), a fighter's undated (affirms), and Iraq's a month
 * (qualifies); the ministry and Dillon side by side in a comparison.
 */
function kirkukWorkspace(file: string): void {
  const workspace = createWorkspace(file);
  try {
    const service = createService(workspace, { author: 'e2e' });
    const c = service.client;
    const source = c.createSource({
      title: 'Kirkuk briefing',
      body: 'The Ministry of Peshmerga said in a statement that the guards were directly involved in the attacks.',
      publishedOn: '2017-10-19',
    });
    c.extractCandidates({ sourceId: source.id });
    const [proposal] = c.listCandidates({ sourceId: source.id, status: 'pending' });
    const ministry = c.acceptCandidate({ id: proposal!.id });
    const person = (name: string) => c.createActor({ name, kind: 'person', aliases: [] }).id;
    const dillon = c.createStatement({
      speakerId: person('Col. Ryan Dillon'),
      text: 'We do not have reports of PMF units in and around the Kirkuk area.',
      saidOn: '2017-10-17',
    });
    const fighter = c.createStatement({
      speakerId: person('PMF fighter (unnamed)'),
      text: 'We are now inside the governorate’s building.',
    });
    const iraq = c.createStatement({
      speakerId: c.createActor({ name: 'Government of Iraq', kind: 'government', aliases: [] }).id,
      text: 'Federal forces and the PMF secured Kirkuk.',
      saidOn: '2017-10-01',
      saidOnPrecision: 'month',
    });
    const propositionId = c.createProposition({ text: 'PMF units were in Kirkuk.' }).id;
    const stance = (statementId: string, value: 'affirms' | 'denies' | 'qualifies') =>
      c.setStance({ statementId, propositionId, stance: value });
    stance(ministry.id, 'affirms');
    stance(fighter.id, 'affirms');
    stance(dillon.id, 'denies');
    stance(iraq.id, 'qualifies');
    c.createComparison({ statementIds: [ministry.id, dillon.id], propositionId });
    service.close();
  } finally {
    workspace.close();
  }
}

test.describe('statement dates', () => {
  test.use({ opening: 'start-screen', viewport: { width: 1280, height: 800 } });

  test('a date taken from the source is marked as such in the queue, the list and the editor', async ({
    app,
    start,
  }) => {
    test.setTimeout(90_000); // an import, the extractor, two accepts and an axe scan
    const { page } = app;
    const file = join(app.dir, 'Briefing.parallax');
    createWorkspace(file).close();
    await start.openWorkspaceFile(file);
    const briefing = join(app.dir, 'briefing.html');
    writeFileSync(briefing, PAGE);
    const reader = new ReaderPage(page);
    await reader.importFiles(briefing);
    await expect(reader.proposals).toHaveCount(2);

    // The queue says which date a proposal will get, and where it comes from.
    const ministry = reader.proposals.filter({ hasText: 'Ministry of Peshmerga' });
    const dillon = reader.proposals.filter({ hasText: 'Col. Ryan Dillon' });
    await expect(ministry.locator('.said-on-source')).toHaveText(
      '19 October 2017 · date of the source',
    );
    await expect(dillon).toContainText('17 October 2017');
    await expect(dillon.locator('.said-on-source')).toHaveCount(0);
    await reader.decide(/We do not have reports/, 'a');
    await reader.decide(/the guards were directly involved/, 'a');
    await expect(reader.proposals).toHaveCount(0);

    const statements = new StatementsPage(page);
    await statements.open();
    await expect(statements.rows).toHaveCount(2);
    await expect(statements.rowsBy('Ministry of Peshmerga').locator('.said-on-source')).toHaveText(
      '19 October 2017 · date of the source',
    );
    await expect(statements.rowsBy('Col. Ryan Dillon').locator('.row-meta')).toHaveText(
      '17 October 2017',
    );

    await statements.select('the guards were directly involved');
    const date = statements.field('Date said');
    await expect(date).toHaveValue('2017-10-19');
    await expect(date).toHaveClass(/said-on-source/);
    await expect(statements.editor).toContainText(
      'Date of the source. The text gives no date for this statement',
    );
    await expectNoSeriousAxeViolations(page, 'the statement editor', { include: '.workbench' });
    await shoot(page, 'date-of-the-source');

    // Once a person changes it, it is their date.
    await date.fill('2017-10-18');
    await expect(date).not.toHaveClass(/said-on-source/);
    await statements.saveChanges();
    await expect(statements.rowsBy('Ministry of Peshmerga').locator('.said-on-source')).toHaveCount(
      0,
    );
  });

  test('the timeline fits every dated statement, keeps labels apart, and shows the undated on request', async ({
    app,
    start,
  }) => {
    test.setTimeout(90_000);
    const { page } = app;
    const file = join(app.dir, 'Kirkuk.parallax');
    kirkukWorkspace(file);
    await start.openWorkspaceFile(file);
    await page.getByRole('button', { name: /^Timeline/ }).click();

    const timeline = page.locator('svg.timeline');
    const subtitle = page.getByRole('region', { name: 'Timeline' }).locator('.pane-subtitle');
    await expect(subtitle).toContainText('3 dated statements · 1 conflict drawn');
    await expect(subtitle).toContainText('1 undated not on the axis');
    await expect(timeline.locator('.conflict-line')).toHaveCount(1);
    await expect(timeline.locator('.from-source')).toHaveCount(1);
    await expect(timeline.locator('.from-source')).toContainText('Ministry of Peshmerga');
    // Opened zoomed to fit: the whole drawing is as wide as the view, no wider.
    const fits = await page.evaluate(() => {
      const body = document.querySelector('.compare-body')!;
      return body.scrollWidth <= body.clientWidth;
    });
    expect(fits).toBe(true);

    await page.getByRole('button', { name: 'Show 1 undated' }).click();
    await expect(subtitle).toContainText('1 undated shown in their own row');
    await expect(timeline.locator('.undated-chip .point-label')).toHaveText(
      'PMF fighter (unnamed)',
    );
    // As the browser laid the text out: no two labels overlap.
    const overlapping = await page.evaluate(() => {
      const boxes = [...document.querySelectorAll('svg.timeline .point-label')].map((e) =>
        e.getBoundingClientRect(),
      );
      const clash = (a: DOMRect, b: DOMRect) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      return boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => clash(a, b))).length;
    });
    expect(overlapping).toBe(0);
    await expectNoSeriousAxeViolations(page, 'the timeline', { include: '.compare' });
    await shoot(page, 'timeline-undated');
  });

  test('the conflict board, the proposition page and a comparison mark the date of the source', async ({
    app,
    start,
  }) => {
    const { page } = app;
    const file = join(app.dir, 'Kirkuk.parallax');
    kirkukWorkspace(file);
    await start.openWorkspaceFile(file);
    const fromSource = '19 October 2017 · date of the source';

    await page.getByRole('button', { name: /^Conflicts/ }).click();
    const ministrySide = page
      .locator('.conflict-side')
      .filter({ hasText: 'Ministry of Peshmerga' });
    await expect(ministrySide.first().locator('.said-on-source')).toHaveText(fromSource);
    const dillonSide = page.locator('.conflict-side').filter({ hasText: 'Col. Ryan Dillon' });
    await expect(dillonSide.first()).toContainText('17 October 2017');
    await expect(dillonSide.locator('.said-on-source')).toHaveCount(0);
    await shoot(page, 'conflicts-date-of-the-source');

    const propositions = new PropositionsPage(page);
    await propositions.open();
    await propositions.select('PMF units were in Kirkuk.');
    await expect(propositions.positions.locator('.said-on-source')).toHaveText([fromSource]);

    const comparison = new ComparisonPage(page);
    await comparison.open(/Ministry of Peshmerga/);
    await expect(comparison.heads.locator('.said-on-source')).toHaveText([fromSource]);
    await expect(comparison.field('Date').locator('.said-on-source')).toHaveText([fromSource]);
    await shoot(page, 'comparison-date-of-the-source');
    await expectNoSeriousAxeViolations(page, 'a comparison with a date of the source', {
      include: '.workbench',
    });
  });
});
