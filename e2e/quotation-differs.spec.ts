import { join } from 'node:path';
import { anchorAt } from '../core/anchor/text-quote';
import { createService } from '../core/service/index';
import { createWorkspace } from '../db/workspace';
import { expectNoSeriousAxeViolations } from './axe-check';
import { expect, test } from './fixtures';
import { shoot } from './shoot';
import { callThrough } from './xss-workspace';

/**
 * A quotation edited so its words no longer match its source is never saved silently: the editor
 * shows the difference and offers to anchor to the new words, keep the edit marked, or undo it.
 */
const BODY =
  'The envoy spoke after the talks. “We will not sign this agreement while the border posts ' +
  'stay closed to our traders,” he said, adding that talks could resume within the month.';
const QUOTE = 'We will not sign this agreement while the border posts stay closed to our traders';

/** One source and one quotation anchored in it (made-up words). */
function talksWorkspace(file: string): void {
  const workspace = createWorkspace(file);
  try {
    const service = createService(workspace, { author: 'e2e' });
    const c = service.client;
    const source = c.createSource({ title: 'Border talks', body: BODY });
    const speakerId = c.createActor({ name: 'Envoy Sami Haddad', kind: 'person', aliases: [] }).id;
    const start = BODY.indexOf(QUOTE);
    c.createStatement({
      speakerId,
      sourceId: source.id,
      text: QUOTE,
      anchor: anchorAt(BODY, start, start + QUOTE.length),
    });
    service.close();
  } finally {
    workspace.close();
  }
}

test.describe('editing a quotation away from its source', () => {
  test.use({ opening: 'start-screen', viewport: { width: 1280, height: 800 } });

  test('asks first, and each way on does what it says', async ({ app, start, statements }) => {
    const { page } = app;
    const file = join(app.dir, 'Talks.parallax');
    talksWorkspace(file);
    await start.openWorkspaceFile(file);
    await statements.open();
    await statements.select('We will not sign this agreement');
    const words = statements.field('Words quoted');
    const original = await words.inputValue();
    const dialog = page.getByRole('dialog', { name: 'These words differ from the source' });

    // Undo: the words go back, nothing is saved.
    await words.fill('We will never sign this agreement while the border stays closed');
    await statements.editor.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('region', { name: 'In the source' })).toContainText(
      'We will not sign this agreement',
    );
    await expect(dialog.getByRole('region', { name: 'As edited' })).toContainText(
      'We will never sign',
    );
    // The source does not say these words: they cannot be anchored there.
    await expect(dialog.getByRole('button', { name: 'Anchor to the new words' })).toBeDisabled();
    await expectNoSeriousAxeViolations(page, 'the quotation-differs dialog');
    await shoot(page, 'quotation-differs-warning');
    await dialog.getByRole('button', { name: 'Undo the edit' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(words).toHaveValue(original);

    // Re-anchor: a shorter span the source does hold, once.
    await words.fill('talks could resume within the month');
    await statements.editor.getByRole('button', { name: 'Save changes' }).click();
    await dialog.getByRole('button', { name: 'Anchor to the new words' }).click();
    await expect(page.locator('.toasts')).toContainText('Statement saved');
    await expect(words).toHaveValue('talks could resume within the month');
    const call = callThrough(page);
    type Read = {
      id: string;
      text: string;
      anchor: { exact: string; start: number; lost: boolean };
    };
    const { items } = (await call('listStatements', {})) as unknown as { items: Read[] };
    const listed = items[0]!;
    const anchored = (await call('getStatement', { id: listed.id })) as unknown as Read;
    expect(anchored.anchor).toMatchObject({
      exact: 'talks could resume within the month',
      start: BODY.indexOf('talks could resume'),
      lost: false,
    });

    // Keep: saved as edited; the next edit away from the new anchor asks again.
    await words.fill('talks would resume next month');
    await statements.editor.getByRole('button', { name: 'Save changes' }).click();
    await dialog.getByRole('button', { name: /^Keep/ }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.locator('.toasts')).toContainText('Statement saved');
    await expect(words).toHaveValue('talks would resume next month');
    // Kept as edited, on the same anchor: reports will mark it as differing from the source.
    const kept = (await call('getStatement', { id: listed.id })) as unknown as Read;
    expect(kept.text).toBe('talks would resume next month');
    expect(kept.anchor.exact).toBe('talks could resume within the month');
  });
});
