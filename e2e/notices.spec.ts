import type { Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe-check';
import { expect, test } from './fixtures';

/**
 * Notices ("Statement saved", "Undone: …", errors) never cover a form field or a button: in the
 * workbench they sit at the foot of the sidebar, in its own room, however many there are.
 */

/** Controls a notice's box overlaps: everything a user can click or type in, but the notice's own. */
async function coveredControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const notices = [...document.querySelectorAll('.toast')].map((t) => t.getBoundingClientRect());
    const controls = [
      ...document.querySelectorAll<HTMLElement>(
        'button, input, select, textarea, a[href], [role="option"]',
      ),
    ].filter((c) => !c.closest('.toast') && c.getClientRects().length > 0);
    const overlap = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    return controls
      .filter((c) => notices.some((n) => overlap(n, c.getBoundingClientRect())))
      .map((c) => c.getAttribute('aria-label') ?? c.textContent?.trim() ?? c.tagName);
  });
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1280, height: 640 },
]) {
  test.describe(`notices at ${viewport.width}×${viewport.height}`, () => {
    test.use({ opening: 'start-screen', viewport });

    test('cover no field and no button', async ({ app, start, statements, workbench }) => {
      const { page } = app;
      await start.openSample();
      await statements.open();
      await statements.select('We do not have reports of PMF units');
      // Each notice lives a few seconds, so each is checked as it shows.
      await statements.field('Venue').fill('Press briefing, Baghdad');
      await statements.saveChanges();
      expect(await coveredControls(page)).toEqual([]);
      await statements.field('Venue').fill('Press briefing by video link');
      await statements.saveChanges();
      expect(await coveredControls(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await workbench.undoButton.click();
      const undone = page.locator('.sidebar .toasts .toast').filter({ hasText: /^Undone/ });
      // Pointed at, a notice stays until the pointer leaves.
      await undone.hover();
      expect(await coveredControls(page)).toEqual([]);
      await expectNoSeriousAxeViolations(page, 'the workbench with its notices', {
        include: '.workbench',
      });
      await undone.getByRole('button', { name: 'Dismiss' }).click();
      await expect(undone).toHaveCount(0);
    });
  });
}
