import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

test.describe('report builder', () => {
  test.use({ opening: 'start-screen' });

  test('choose comparisons, sections and style; the preview follows; export HTML and CSV', async ({
    start,
    app,
  }) => {
    const { page } = app;
    await start.openSample();
    await page.getByRole('button', { name: /^Report/ }).click();
    const preview = page.frameLocator('iframe[title="Report preview"]');

    // Everything by default: both comparisons, every section, Chicago author-date.
    await expect(page.locator('.pane-subtitle')).toContainText('2 comparisons');
    await expect(preview.locator('h1')).toHaveText('Parallax report');
    for (const heading of [
      'Positions and conflicts',
      'Position matrix',
      'Timeline',
      'Sources',
      'Method',
    ]) {
      await expect(preview.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    }
    await expect(preview.locator('body')).toContainText('We do not have reports of PMF units');
    await expect(preview.locator('body')).toContainText('Iran has no role in Kirkuk operation');
    // The preview is styled although the app's CSP forbids inline styles (adopted stylesheet).
    await expect(preview.locator('table.side').first()).toHaveCSS('table-layout', 'fixed');

    // One comparison, a title, no timeline, APA.
    await page.getByRole('radio', { name: 'Chosen comparisons' }).check();
    await expect(page.locator('.pane-subtitle')).toHaveText('Choose at least one comparison.');
    await expect(page.getByRole('button', { name: 'Export' })).toBeDisabled();
    await page.getByRole('checkbox', { name: /Velayati vs\./ }).check();
    await page.getByRole('textbox', { name: 'Title' }).fill('Who was in Kirkuk?');
    await page.getByRole('checkbox', { name: 'Timeline' }).uncheck();
    await page.getByRole('combobox', { name: 'Citation style' }).selectOption('apa');
    // the preview is rebuilt on the host after each change; a busy machine takes seconds
    await expect(preview.locator('h1')).toHaveText('Who was in Kirkuk?', { timeout: 20_000 });
    await expect(page.locator('.pane-subtitle')).toContainText('1 comparison ·');
    await expect(preview.getByRole('heading', { name: 'Timeline' })).toHaveCount(0);
    await expect(preview.locator('body')).not.toContainText('We do not have reports of PMF units');
    await expect(preview.locator('.sources')).toContainText('APA');

    // Export: the file the browser downloads is the report.
    await page.getByRole('combobox', { name: 'Format' }).selectOption('html');
    const [html] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export' }).click(),
    ]);
    expect(html.suggestedFilename()).toBe('Who was in Kirkuk.html');
    const page1 = readFileSync((await html.path())!, 'utf8');
    expect(page1).toContain('<h1 dir="auto">Who was in Kirkuk?</h1>');
    expect(page1).not.toMatch(/<script/i);

    await page.getByRole('combobox', { name: 'Format' }).selectOption('csv');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export' }).click(),
    ]);
    const rows = readFileSync((await csv.path())!, 'utf8')
      .trim()
      .split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain('Velayati');
  });
});
