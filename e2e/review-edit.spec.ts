import { AxeBuilder } from '@axe-core/playwright';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createService } from '../core/service/index';
import { createWorkspace } from '../db/workspace';
import { expect, test } from './fixtures';
import { ReaderPage } from './pages/reader-page';
import { shoot } from './shoot';

/** A briefing where the extractor names the speaker only as "the spokesman". */
const BRIEFING = `Kirkuk security: the coalition answers

The coalition's spokesman spoke to reporters in Baghdad on Tuesday. “We do not have reports of PMF units in and around the city,” the spokesman said. Asked about the video, he added: “We are still looking at it.”

The Iraqi government said its forces had entered the governorate building.
`;

/** A workspace that knows the spokesman by name, and by another name. */
function buildWorkspace(file: string): void {
  const workspace = createWorkspace(file);
  try {
    const service = createService(workspace, { author: 'e2e' });
    service.call('createActor', {
      name: 'Ryan Dillon',
      kind: 'person',
      aliases: ['CJTF-OIR spokesman'],
    });
    service.close();
  } finally {
    workspace.close();
  }
}

test.describe('editing a proposal in the review queue', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test.describe('in a workspace that knows the speaker', () => {
    test.use({ opening: 'start-screen' });

    test('every field, the span word by word, then accept; the focus goes on to the next', async ({
      app,
      start,
    }) => {
      // Many steps, each a round trip to the host: more time on a loaded machine.
      test.slow();
      const { page } = app;
      const file = join(app.dir, 'Briefing.parallax');
      buildWorkspace(file);
      await start.openWorkspaceFile(file);
      const briefing = join(app.dir, 'briefing.txt');
      writeFileSync(briefing, BRIEFING);
      const reader = new ReaderPage(page);
      await reader.importFiles(briefing);
      await expect(reader.proposals).toHaveCount(2);

      await reader.decide(/We do not have reports/, 'e');
      const editor = page.getByRole('form', { name: 'Edit the proposal' });
      const speaker = editor.getByRole('combobox', { name: 'Speaker' });
      await expect(speaker).toBeFocused();
      await expect(speaker).toHaveValue('the spokesman');

      // The speaker, found by another name.
      await speaker.fill('CJTF');
      const suggestions = editor
        .getByRole('listbox', { name: 'Known speakers' })
        .getByRole('option');
      await expect(suggestions).toHaveCount(1);
      await expect(suggestions.first()).toContainText('Ryan Dillon');
      await expect(suggestions.first()).toContainText('also called CJTF-OIR spokesman');
      const axe = await new AxeBuilder({ page }).include('.reader-side').analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      await speaker.press('ArrowDown');
      await speaker.press('Enter');
      await expect(speaker).toHaveValue('Ryan Dillon');
      await expect(editor).toBeVisible(); // Enter took the suggestion; it did not accept yet

      await editor.getByLabel('Role at the time').fill('coalition spokesman');
      await editor.getByLabel('Kind').selectOption('paraphrase');
      await editor.getByLabel('Date said').fill('2017-10-17');
      await editor.getByLabel('Precision').selectOption('week');

      // The span: two words off the end, one back; the text shows the span as it moves.
      const words = editor.getByTestId('candidate-span');
      await expect(words).toHaveText('We do not have reports of PMF units in and around the city,');
      await editor.getByRole('button', { name: 'Narrow at the end by a word' }).click();
      await editor.getByRole('button', { name: 'Narrow at the end by a word' }).click();
      await editor.getByRole('button', { name: 'Widen at the end by a word' }).click();
      await editor.getByRole('button', { name: 'Widen at the start by a word' }).click();
      await expect(words).toHaveText('“We do not have reports of PMF units in and around the');
      await expect(reader.text.locator('mark.span-active')).toHaveText(
        '“We do not have reports of PMF units in and around the',
      );
      await shoot(page, 'review-edit');

      await editor.getByRole('button', { name: 'Accept' }).click();
      await expect(page.locator('.toasts')).toContainText('Accepted: a statement by Ryan Dillon');
      // The next proposal is the one selected, and the list has the focus for its decision.
      await expect(reader.queue).toBeFocused();
      await expect(reader.proposals).toHaveCount(1);
      await expect(reader.proposals.first()).toHaveAttribute('aria-selected', 'true');

      // The statement has every edited field, anchored at the edited span.
      await reader.highlights.first().click();
      const statement = page.getByRole('form', { name: 'Edit statement' });
      await expect(statement.getByLabel('Speaker', { exact: true })).toHaveValue('Ryan Dillon');
      await expect(statement.getByLabel('Role at the time')).toHaveValue('coalition spokesman');
      await expect(statement.getByLabel('Kind')).toHaveValue('paraphrase');
      // Tuesday 17 October, given as "that week", is stored as the week's Monday.
      await expect(statement.getByLabel('Date said')).toHaveValue('2017-10-16');
      await expect(statement.getByLabel('Precision')).toHaveValue('week');
      await expect(reader.highlights).toHaveText([
        '“We do not have reports of PMF units in and around the',
      ]);
    });
  });

  test('takes words selected in the text as the span, and Escape gives the edit up', async ({
    app,
  }) => {
    const { page } = app;
    const briefing = join(app.dir, 'briefing.txt');
    writeFileSync(briefing, BRIEFING);
    const reader = new ReaderPage(page);
    await reader.importFiles(briefing);

    await reader.decide(/We are still looking/, 'e');
    const editor = page.getByRole('form', { name: 'Edit the proposal' });
    await reader.select('still looking at it');
    await editor.getByRole('button', { name: 'Use the words selected in the text' }).click();
    await expect(editor.getByTestId('candidate-span')).toHaveText('still looking at it');

    await editor.getByLabel('Role at the time').press('Escape');
    await expect(editor).toHaveCount(0);
    await expect(reader.queue).toBeFocused();
    // Nothing was accepted, and the proposal keeps the words it had.
    await expect(reader.highlights).toHaveCount(0);
    await expect(reader.text.locator('mark.span-active')).toHaveText('We are still looking at it.');

    // Rejected with its key: the other proposal is selected, the list keeps the focus.
    await page.keyboard.press('r');
    await expect(reader.proposals).toHaveCount(1);
    await expect(reader.proposals.first()).toHaveAttribute('aria-selected', 'true');
    await expect(reader.queue).toBeFocused();
  });
});
