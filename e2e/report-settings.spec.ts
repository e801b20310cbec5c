import type { Page, Request } from '@playwright/test';
import { join } from 'node:path';
import { startAnotherHost } from './another-host';
import { expectNoSeriousAxeViolations } from './axe-check';
import { expect, test } from './fixtures';
import { ReportPage } from './pages/report-page';

/**
 * The report builder remembers its settings per workspace (kept by the host, see
 * core/report-settings-store.ts) and keeps named presets.
 */

const SAMPLE = join('samples', 'Kirkuk, October 2017.parallax');

/**
 * The host answers one call at a time, so after a run of changes a save or the latest preview
 * waits behind the previews the earlier changes asked for; on a busy machine that is seconds.
 */
const AFTER_PREVIEWS = { timeout: 20_000 };

/** The settings the first test chooses, as the builder shows them. */
async function expectChosen(report: ReportPage): Promise<void> {
  await expect(report.scope('Chosen comparisons')).toBeChecked();
  await expect(report.comparison(/^Velayati vs\./)).toBeChecked();
  await expect(report.comparison(/^Dillon vs\./)).not.toBeChecked();
  await expect(report.title).toHaveValue('Who was in Kirkuk?');
  await expect(report.author).toHaveValue('A. Researcher');
  await expect(report.section('Timeline')).not.toBeChecked();
  await expect(report.section('Position matrix')).toBeChecked();
  await expect(report.citationStyle).toHaveValue('apa');
  await expect(report.dateStyle('October 17, 2017')).toBeChecked();
  await expect(report.diffMarks).not.toBeChecked();
  await expect(report.format).toHaveValue('docx');
  await expect(report.preview.locator('h1')).toHaveText('Who was in Kirkuk?', AFTER_PREVIEWS);
}

/** The next preview request (browser host) that asks for `fields`. */
function previewAsking(page: Page, fields: Record<string, unknown>): Promise<Request> {
  return page.waitForRequest((request) => {
    if (!request.url().includes('/api/previewReport')) return false;
    const body = JSON.parse(request.postData() ?? '{}') as Record<string, unknown>;
    return Object.entries(fields).every(([k, v]) => body[k] === v);
  });
}

test.describe('report builder settings', () => {
  test.use({ opening: 'start-screen', viewport: { width: 1280, height: 800 } });
  // Many steps, each waiting on the host (see AFTER_PREVIEWS).
  test.describe.configure({ timeout: 90_000 });

  test('remembers the last settings of the workspace: after leaving, a reload and a restart', async ({
    app,
    start,
    workbench,
  }) => {
    const { page } = app;
    await start.openSample();
    const report = new ReportPage(page);
    await report.open();

    // A new workspace's builder: everything, every section, dates as "17 October 2017".
    await expect(report.scope('Everything in the workspace')).toBeChecked();
    await expect(report.title).toHaveValue('Parallax report');
    await expect(report.dateStyle('17 October 2017')).toBeChecked();
    await expect(report.presetMenu).toBeDisabled();
    await expect(report.presetMenu).toHaveText('No presets yet');
    await expect(report.preview.locator('h1')).toHaveText('Parallax report');
    await expectNoSeriousAxeViolations(page, 'the report builder', {
      exclude: 'iframe.report-frame',
    });

    const asked =
      app.host === 'browser'
        ? previewAsking(page, { dateStyle: 'month-day-year', citationStyle: 'apa' })
        : null;
    await report.scope('Chosen comparisons').check();
    await report.comparison(/^Velayati vs\./).check();
    await report.title.fill('Who was in Kirkuk?');
    await report.author.fill('A. Researcher');
    await report.section('Timeline').uncheck();
    await report.citationStyle.selectOption('apa');
    await report.dateStyle('October 17, 2017').check();
    await report.diffMarks.uncheck();
    await report.format.selectOption('docx');
    // The date style goes to the host with the rest of the request.
    await asked;
    await expect(report.preview.locator('h1')).toHaveText('Who was in Kirkuk?', AFTER_PREVIEWS);

    // Leaving at once (before the pause that saves) still saves them.
    await workbench.goTo('Statements');
    await report.open();
    await expectChosen(report);

    await page.reload();
    await expect(page.locator('body')).toHaveAttribute('data-ready', 'workbench');
    await report.open();
    await expectChosen(report);

    test.skip(app.host !== 'browser', 'a second host is started as `parallax serve`');
    // The next launch: a new host process on a new port (a new origin), same data folder.
    await workbench.closeButton.click();
    await start.expectShown();
    const next = await startAnotherHost(app, join(app.dataDir, SAMPLE));
    const context = await page.context().browser()!.newContext({ viewport: page.viewportSize() });
    try {
      const again = await context.newPage();
      const errors: string[] = [];
      again.on('pageerror', (error) => errors.push(error.message));
      await again.goto(next.address);
      await expect(again.locator('body')).toHaveAttribute('data-ready', 'workbench');
      const restarted = new ReportPage(again);
      await restarted.open();
      await expectChosen(restarted);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      expect(await next.stop(), 'the second host exits cleanly').toBe(0);
    }
  });

  test('saves the settings as named presets, applies one, replaces one and deletes one', async ({
    app,
    start,
    workbench,
  }) => {
    const { page } = app;
    await start.openSample();
    const report = new ReportPage(page);
    await report.open();

    await report.title.fill('Weekly brief');
    await report.citationStyle.selectOption('apa');
    await report.savePreset('Weekly brief');
    await expect(workbench.message('Saved the preset “Weekly brief”.')).toBeVisible();
    await expect(report.presetMenu).toHaveValue('Weekly brief');
    await expect(report.deletePresetButton).toBeEnabled();

    // Changed settings are no longer the preset.
    await report.title.fill('For the editor');
    await report.dateStyle('2017-10-17').check();
    await report.section('Method note').uncheck();
    await expect(report.presetMenu).toHaveValue('');
    await expect(report.presetMenu.locator('option:checked')).toHaveText('Not a saved preset');
    await expect(report.deletePresetButton).toBeDisabled();

    // The dialog: named after the title, refuses an empty name, says when it replaces one.
    await report.savePresetButton.click();
    const dialog = report.savePresetDialog;
    const name = dialog.getByRole('textbox', { name: 'Preset name' });
    await expect(name).toHaveValue('For the editor');
    await expectNoSeriousAxeViolations(page, 'the save-preset dialog', {
      exclude: 'iframe.report-frame',
    });
    await name.fill('   ');
    await expect(dialog.getByText('Give the preset a name.')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Save' })).toBeDisabled();
    await name.fill('Weekly brief');
    await expect(dialog.getByText('Replaces the preset “Weekly brief”')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Replace' })).toBeEnabled();
    await name.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(report.savePresetButton).toBeFocused();

    await report.savePreset('For the editor');
    await expect(report.presetMenu.locator('option')).toHaveText([
      'Not a saved preset',
      'For the editor',
      'Weekly brief',
    ]);

    // Applying a preset sets every choice it holds.
    await report.presetMenu.selectOption('Weekly brief');
    await expect(report.title).toHaveValue('Weekly brief');
    await expect(report.citationStyle).toHaveValue('apa');
    await expect(report.dateStyle('17 October 2017')).toBeChecked();
    await expect(report.section('Method note')).toBeChecked();
    await expect(report.preview.locator('h1')).toHaveText('Weekly brief', AFTER_PREVIEWS);

    await report.presetMenu.selectOption('For the editor');
    await expect(report.dateStyle('2017-10-17')).toBeChecked();
    await report.deletePresetButton.click();
    await expect(workbench.message('Deleted the preset “For the editor”.')).toBeVisible();
    await expect(report.presetMenu.locator('option')).toHaveText([
      'Not a saved preset',
      'Weekly brief',
    ]);
    // Deleting a preset leaves the settings as they are.
    await expect(report.title).toHaveValue('For the editor');

    // The presets are the workspace's: still there on the next visit.
    await workbench.goTo('Statements');
    await report.open();
    await expect(report.presetMenu.locator('option')).toHaveText([
      'Not a saved preset',
      'Weekly brief',
    ]);
    await expect(report.title).toHaveValue('For the editor');
  });
});
