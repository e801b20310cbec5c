import type { Frame, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { BODY_TITLE, fillWithPayloads, PAYLOADS } from './xss-workspace';

/**
 * A workspace whose every typed field is an XSS payload, shown in every view. Nothing may run:
 * no dialog (alert), no `window.__xss` trace in any frame, no script the Content-Security-Policy
 * had to block (that would mean markup from user text reached the DOM; the fixture also fails
 * on any console error). And each view shows the payloads as text.
 */

/** The payloads the page shows as text right now (innerText: rendered, visible text only). */
function payloadsShown(frame: Page | Frame): Promise<number> {
  return frame.evaluate(
    (payloads) => payloads.filter((p) => document.body.innerText.includes(p)).length,
    PAYLOADS.filter((p) => !p.includes('\n')),
  );
}

/** `window.__xss` in every frame; a frame that runs no script at all cannot have one. */
async function traces(page: Page): Promise<unknown[]> {
  const found: unknown[] = [];
  for (const frame of page.frames()) {
    const value = await frame
      .evaluate(() => (window as { __xss?: unknown }).__xss)
      .catch(() => undefined);
    if (value !== undefined) found.push(`${frame.url()}: ${String(value)}`);
  }
  return found;
}

test.describe('XSS payloads in every view', () => {
  test('are shown as text and never run', async ({ app }) => {
    test.setTimeout(120_000);
    const { page } = app;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text()))
        blocked.push(message.text());
    });
    // Violations are also reported as events in the page, in frames that print nothing.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as { __csp?: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(
          `${e.violatedDirective} ${e.blockedURI} [${e.sample}] at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
        ),
      );
    });

    const seeding = Date.now();
    await fillWithPayloads(page);
    test.info().annotations.push({ type: 'seeding', description: `${Date.now() - seeding} ms` });
    await page.reload();
    await page.locator('body[data-ready]').waitFor();

    const library = page.getByRole('navigation', { name: 'Library' });
    const go = async (label: string): Promise<void> => {
      const item = library.getByRole('button', { name: new RegExp(`^${label}`) });
      await item.click();
      await expect(item).toHaveAttribute('aria-current', 'page');
    };
    const list = (name: string): Locator => page.getByRole('listbox', { name, exact: true });
    const visited: string[] = [];
    const check = async (view: string, frame: Page | Frame = page): Promise<void> => {
      await expect
        .poll(() => payloadsShown(frame), { message: `payload text shown in ${view}` })
        .toBeGreaterThan(0);
      expect(await traces(page), `window.__xss after ${view}`).toEqual([]);
      expect(dialogs, `dialogs after ${view}`).toEqual([]);
      visited.push(view);
    };

    await go('Statements');
    await list('Statements').getByRole('option').first().click();
    await expect(page.getByRole('complementary', { name: 'Statement details' })).toBeVisible();
    await check('statements and a statement');
    await page.getByRole('searchbox', { name: 'Search statements' }).fill('onerror');
    await expect(list('Search results').getByRole('option').first()).toBeVisible();
    await check('statement search');
    await page.getByRole('searchbox', { name: 'Search statements' }).fill('');

    await go('Sources');
    const sources = list('Sources').getByRole('option');
    await sources.first().click();
    await check('sources and a source');
    // The source that holds every payload in its body, each one a highlighted statement.
    await page.getByRole('region', { name: 'Sources' }).getByRole('searchbox').fill(BODY_TITLE);
    await sources.filter({ hasText: BODY_TITLE }).dblclick();
    await expect(page.locator('.reader-text mark.span-statement').first()).toBeVisible();
    await check('reader');

    await go('Actors');
    await list('Actors').getByRole('option').first().click();
    await check('actors and an actor');

    await go('Propositions');
    await list('Propositions').getByRole('option').first().click();
    await check('propositions and a proposition');

    await go('Conflicts');
    await expect(page.getByRole('list', { name: 'Opposed statements' })).toBeVisible();
    await check('conflicts');

    await go('Positions');
    await check('positions');

    await go('Timeline');
    await check('timeline');

    await go('Comparisons');
    await check('comparisons');
    await list('Comparisons').getByRole('option').first().dblclick();
    await expect(page.getByRole('textbox', { name: 'Assessment' })).toBeVisible();
    await check('a comparison');

    await go('Report');
    const preview = page.frameLocator('iframe[title="Report preview"]');
    await expect(preview.locator('h1')).toBeVisible();
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame, 'the report preview frame').toBeDefined();
    await check('report preview', frame);

    expect(visited).toHaveLength(12);
    expect(blocked, 'scripts or resources the CSP blocked').toEqual([]);
    const violations = [];
    for (const f of page.frames()) {
      violations.push(
        ...(await f.evaluate(() => (window as { __csp?: string[] }).__csp ?? []).catch(() => [])),
      );
    }
    // None at all: zod's eval probe is switched off in renderer/src/main.tsx (jitless).
    expect(violations, 'securitypolicyviolation events').toEqual([]);
  });
});
