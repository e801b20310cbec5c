import { expectNoSeriousAxeViolations } from './axe-check';
import { expect, test } from './fixtures';
import { ComparisonPage } from './pages/comparison-page';
import { shoot } from './shoot';

/**
 * "New comparison" in the Comparisons view is a picker: find statements by their words or by
 * the proposition they take a stance on, tick two or more, and they open side by side.
 */
test.describe('a new comparison', () => {
  test.use({ opening: 'start-screen', viewport: { width: 1280, height: 800 } });

  test('is made from statements found by words and by proposition', async ({ app, start }) => {
    const { page } = app;
    await start.openSample();
    await page.getByRole('button', { name: /^Comparisons/ }).click();
    // Filtering the list counts the matches.
    await page.getByRole('searchbox', { name: /Filter comparisons/ }).fill('Velayati');
    await expect(
      page.getByRole('listbox', { name: 'Comparisons' }).getByRole('option'),
    ).toHaveCount(1);
    await page.getByRole('searchbox', { name: /Filter comparisons/ }).fill('');
    await page.getByRole('button', { name: 'New comparison' }).click();
    const picker = page.getByRole('form', { name: 'New comparison' });
    const compare = picker.getByRole('button', { name: /side by side/ });
    await expect(compare).toBeDisabled();

    // By proposition: only the statements that take a stance on it.
    await picker
      .getByRole('combobox', { name: 'Only statements on a proposition' })
      .selectOption({ label: 'PMF units entered Kirkuk city' });
    const items = picker.locator('.new-comparison-item');
    await expect(items.filter({ hasText: 'Ali Akbar Velayati' })).toHaveCount(0);
    await items
      .filter({ hasText: 'We do not have reports of PMF units' })
      .getByRole('checkbox')
      .check();

    // By words, still within that proposition.
    await picker.getByRole('searchbox').fill('governorate');
    await expect(items).toHaveCount(1);
    await items.getByRole('checkbox').check();
    await expect(picker).toContainText('Chosen: Col. Ryan Dillon, PMF fighter (unnamed)');
    await expectNoSeriousAxeViolations(page, 'the new comparison picker', {
      include: '.workbench',
    });
    await shoot(page, 'new-comparison-picker');

    await compare.click();
    const comparison = new ComparisonPage(page);
    await expect(comparison.heads).toHaveCount(2);
    await expect(comparison.heads.nth(0)).toContainText('Col. Ryan Dillon');
    await expect(comparison.heads.nth(1)).toContainText('PMF fighter');
    await expect(comparison.title).toHaveText(/Col\. Ryan Dillon vs PMF fighter.* on: PMF units/);
  });
});
