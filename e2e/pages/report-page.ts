import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

/** The report builder: presets, the choices, and the preview of the report. */
export class ReportPage {
  readonly preview: FrameLocator;
  readonly subtitle: Locator;
  readonly title: Locator;
  readonly author: Locator;
  readonly citationStyle: Locator;
  readonly format: Locator;
  readonly diffMarks: Locator;
  readonly presetMenu: Locator;
  readonly savePresetButton: Locator;
  readonly deletePresetButton: Locator;
  readonly savePresetDialog: Locator;

  constructor(readonly page: Page) {
    this.preview = page.frameLocator('iframe[title="Report preview"]');
    this.subtitle = page.locator('.pane-subtitle');
    this.title = page.getByRole('textbox', { name: 'Title' });
    this.author = page.getByRole('textbox', { name: 'Author' });
    this.citationStyle = page.getByRole('combobox', { name: 'Citation style' });
    this.format = page.getByRole('combobox', { name: 'Format' });
    this.diffMarks = page.getByRole('checkbox', { name: /^Mark shared words/ });
    this.presetMenu = page.getByRole('combobox', { name: 'Preset' });
    this.savePresetButton = page.getByRole('button', { name: 'Save as preset…' });
    this.deletePresetButton = page.getByRole('button', { name: /^Delete/ });
    this.savePresetDialog = page.getByRole('dialog', { name: 'Save as preset' });
  }

  /** Opens the builder from the sidebar and waits for its remembered settings. */
  async open(): Promise<void> {
    await this.page.getByRole('button', { name: /^Report/ }).click();
    await expect(this.presetMenu).toBeVisible();
  }

  scope(label: 'Everything in the workspace' | 'Chosen comparisons' | 'One proposition'): Locator {
    return this.page.getByRole('radio', { name: label });
  }

  /** A date style's radio, by its example ("17 October 2017"). */
  dateStyle(example: string): Locator {
    return this.page.getByRole('radio', { name: new RegExp(`^${example}`) });
  }

  section(label: string): Locator {
    return this.page.getByRole('checkbox', { name: label, exact: true });
  }

  comparison(title: RegExp): Locator {
    return this.page.getByRole('group', { name: 'Comparisons to include' }).getByRole('checkbox', {
      name: title,
    });
  }

  async savePreset(name: string): Promise<void> {
    await this.savePresetButton.click();
    const field = this.savePresetDialog.getByRole('textbox', { name: 'Preset name' });
    await expect(field).toBeFocused();
    await field.fill(name);
    await field.press('Enter');
    // Saved once the host answers, which may be after the previews asked for before.
    await expect(this.savePresetDialog).toBeHidden({ timeout: 20_000 });
  }
}
