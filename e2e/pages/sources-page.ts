import { expect, type Locator, type Page } from '@playwright/test';
import { WorkbenchPage } from './workbench-page';

export interface NewSource {
  title: string;
  outlet?: string;
  text?: string;
}

/** Sources: the articles, transcripts and releases statements come from. */
export class SourcesPage {
  readonly workbench: WorkbenchPage;
  readonly list: Locator;
  readonly rows: Locator;
  readonly details: Locator;
  readonly editor: Locator;

  constructor(readonly page: Page) {
    this.workbench = new WorkbenchPage(page);
    this.list = page.getByRole('listbox', { name: 'Sources' });
    this.rows = this.list.getByRole('option');
    this.details = page.getByRole('complementary', { name: 'Sources details' });
    this.editor = this.details.getByRole('form');
  }

  async open(): Promise<void> {
    await this.workbench.goTo('Sources');
  }

  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  /** New source → title, outlet, text → Add source. (Importing a file comes with a later issue.) */
  async add(source: NewSource): Promise<void> {
    await this.page.getByRole('button', { name: 'New source' }).click();
    const form = this.details.getByRole('form', { name: 'New source' });
    await form.getByLabel('Title').fill(source.title);
    if (source.outlet) await form.getByLabel('Outlet').fill(source.outlet);
    if (source.text) await form.getByLabel('Text').fill(source.text);
    await form.getByRole('button', { name: 'Add source' }).click();
    await expect(this.workbench.message('Source added')).toBeVisible();
    await expect(this.details.getByRole('form', { name: 'Edit source' })).toBeVisible();
  }

  async select(text: string | RegExp): Promise<void> {
    await this.row(text).click();
    await expect(this.details.getByRole('form', { name: 'Edit source' })).toBeVisible();
  }
}
