import { expect, type Locator, type Page } from '@playwright/test';
import { WorkbenchPage } from './workbench-page';

export interface NewStatement {
  speaker: string;
  text: string;
  kind?: 'quote' | 'paraphrase';
  /** YYYY-MM-DD */
  date?: string;
}

/** Statements: the list (or search results), the filters, and the selected statement's editor. */
export class StatementsPage {
  readonly workbench: WorkbenchPage;
  readonly list: Locator;
  readonly rows: Locator;
  readonly searchBox: Locator;
  readonly results: Locator;
  readonly resultRows: Locator;
  readonly subtitle: Locator;
  readonly filters: Locator;
  readonly details: Locator;
  readonly editor: Locator;

  constructor(readonly page: Page) {
    this.workbench = new WorkbenchPage(page);
    this.list = page.getByRole('listbox', { name: 'Statements' });
    this.rows = this.list.getByRole('option');
    this.searchBox = page.getByRole('searchbox', { name: 'Search statements' });
    this.results = page.getByRole('listbox', { name: 'Search results' });
    this.resultRows = this.results.getByRole('option');
    this.subtitle = page.getByRole('region', { name: 'Statements' }).locator('.pane-subtitle');
    this.filters = page.getByRole('group', { name: 'Filters' });
    this.details = page.getByRole('complementary', { name: 'Statement details' });
    this.editor = this.details.getByRole('form');
  }

  /** The rows of statements made by `speaker` (not merely mentioning them). */
  rowsBy(speaker: string): Locator {
    return this.rows.filter({ has: this.page.locator('.row-primary', { hasText: speaker }) });
  }

  async open(): Promise<void> {
    await this.workbench.goTo('Statements');
  }

  /** A row of the list by the words in it. */
  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  /** New statement → speaker, kind, text, date → Add statement. */
  async add(statement: NewStatement): Promise<void> {
    await this.page.getByRole('button', { name: 'New statement' }).first().click();
    const form = this.details.getByRole('form', { name: 'New statement' });
    await form.getByLabel('Speaker').fill(statement.speaker);
    await form.getByLabel('Kind').selectOption(statement.kind ?? 'quote');
    await form.getByLabel(/^(Words quoted|What was said)/).fill(statement.text);
    if (statement.date) await form.getByLabel('Date said').fill(statement.date);
    await form.getByRole('button', { name: 'Add statement' }).click();
    await expect(this.workbench.message('Statement added')).toBeVisible();
    await expect(this.details.getByRole('form', { name: 'Edit statement' })).toBeVisible();
  }

  async select(text: string | RegExp): Promise<void> {
    await this.row(text).click();
    await expect(this.row(text)).toHaveAttribute('aria-selected', 'true');
    await expect(this.details.getByRole('form', { name: 'Edit statement' })).toBeVisible();
  }

  /** The open statement's field, by its label. */
  field(label: string | RegExp): Locator {
    return this.editor.getByLabel(label);
  }

  async saveChanges(): Promise<void> {
    await this.editor.getByRole('button', { name: 'Save changes' }).click();
    await expect(this.workbench.message('Statement saved')).toBeVisible();
  }

  async search(query: string): Promise<void> {
    await this.searchBox.fill(query);
    await expect(this.results).toBeVisible();
  }

  /**
   * Picks a filter's option by its visible text, e.g. filterBy('Speaker', 'Ryan Dillon'):
   * Speaker, Affiliation and Proposition are record pickers (type part of the name, click the
   * match); Tag and Kind are selects.
   */
  async filterBy(
    filter: 'Speaker' | 'Affiliation' | 'Proposition' | 'Tag' | 'Kind',
    option: string,
  ): Promise<void> {
    if (filter === 'Tag' || filter === 'Kind') {
      await this.filters.getByLabel(filter).selectOption({ label: option });
      return;
    }
    const picker = this.picker(filter);
    await picker.click();
    await picker.fill(option.slice(0, Math.max(3, Math.ceil(option.length / 2))));
    await this.pickerOptions(filter)
      .and(this.page.getByRole('option', { name: option, exact: true }))
      .click();
    await expect(picker).toHaveValue(option);
    await expect(picker).toHaveAttribute('aria-expanded', 'false');
  }

  /** A record picker of the filter bar: its combobox. */
  picker(filter: 'Speaker' | 'Affiliation' | 'Proposition'): Locator {
    return this.filters.getByRole('combobox', { name: filter, exact: true });
  }

  /** The options a record picker lists while open. */
  pickerOptions(filter: 'Speaker' | 'Affiliation' | 'Proposition'): Locator {
    return this.filters.getByRole('listbox', { name: filter, exact: true }).getByRole('option');
  }

  async clearFilters(): Promise<void> {
    await this.filters.getByRole('button', { name: 'Clear filters' }).click();
  }
}
