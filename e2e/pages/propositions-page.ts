import { expect, type Locator, type Page } from '@playwright/test';
import { WorkbenchPage } from './workbench-page';

/** Propositions: plain sentences statements affirm, deny or qualify. */
export class PropositionsPage {
  readonly workbench: WorkbenchPage;
  readonly list: Locator;
  readonly rows: Locator;
  readonly details: Locator;
  readonly editor: Locator;
  readonly positions: Locator;

  constructor(readonly page: Page) {
    this.workbench = new WorkbenchPage(page);
    this.list = page.getByRole('listbox', { name: 'Propositions' });
    this.rows = this.list.getByRole('option');
    this.details = page.getByRole('complementary', { name: 'Propositions details' });
    this.editor = this.details.getByRole('form');
    this.positions = this.editor.getByRole('region', { name: 'Statements taking a position' });
  }

  async open(): Promise<void> {
    await this.workbench.goTo('Propositions');
  }

  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  async select(text: string | RegExp): Promise<void> {
    await this.row(text).click();
    await expect(this.details.getByRole('form', { name: 'Edit proposition' })).toBeVisible();
  }
}
