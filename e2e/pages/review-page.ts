import { expect, type Locator, type Page } from '@playwright/test';
import { ReaderPage } from './reader-page';
import { SourcesPage } from './sources-page';

/** The fields a proposal's editor (E in the review queue) can change. */
export interface ProposalEdits {
  /** Typed into the speaker box; `pick` is the suggestion then chosen from the known speakers. */
  speaker?: { type: string; pick: string };
  role?: string;
  kind?: 'quote' | 'paraphrase';
  /** YYYY-MM-DD */
  date?: string;
  precision?: 'day' | 'week' | 'month' | 'year';
  /** Words to add at the start of the span, one button press each. */
  widenStart?: number;
  /** Words to add at the end of the span, one button press each. */
  widenEnd?: number;
}

/**
 * One source's review queue, as a researcher works it: open the source from Sources, then one
 * decision per proposal (Accept, Edit every field, Merge with next, Reject).
 */
export class ReviewPage {
  readonly reader: ReaderPage;
  readonly sources: SourcesPage;
  readonly heading: Locator;
  readonly editor: Locator;
  readonly span: Locator;

  constructor(readonly page: Page) {
    this.reader = new ReaderPage(page);
    this.sources = new SourcesPage(page);
    this.heading = page.getByRole('heading', { level: 1 });
    this.editor = page.getByRole('form', { name: 'Edit the proposal' });
    this.span = this.editor.getByTestId('candidate-span');
  }

  /** Sources → the source's row → Read and review. */
  async openSource(title: string): Promise<void> {
    await this.sources.open();
    await this.sources.select(title);
    await this.page.getByRole('button', { name: 'Read and review' }).click();
    await expect(this.heading).toHaveText(title);
    await this.reader.text.waitFor();
  }

  async accept(words: string | RegExp): Promise<void> {
    const before = await this.reader.highlights.count();
    await this.reader.decide(words, 'a');
    await expect(this.reader.highlights).toHaveCount(before + 1);
    await expect(this.reader.proposal(words)).toHaveCount(0);
  }

  async reject(words: string | RegExp): Promise<void> {
    await this.reader.decide(words, 'r');
    await expect(this.reader.proposal(words)).toHaveCount(0);
  }

  /** M: the proposal with `words` and the next one become one. */
  async mergeWithNext(words: string | RegExp): Promise<void> {
    const before = await this.reader.proposals.count();
    await this.reader.decide(words, 'm');
    await expect(this.reader.proposals).toHaveCount(before - 1);
  }

  /** E on the proposal with `words`, then every field given; the editor stays open. */
  async edit(words: string | RegExp, edits: ProposalEdits): Promise<void> {
    await this.reader.decide(words, 'e');
    await expect(this.editor).toBeVisible();
    if (edits.speaker) {
      const speaker = this.editor.getByRole('combobox', { name: 'Speaker' });
      await speaker.fill(edits.speaker.type);
      const suggestion = this.editor
        .getByRole('listbox', { name: 'Known speakers' })
        .getByRole('option')
        .filter({ hasText: edits.speaker.pick });
      await expect(suggestion).toHaveCount(1);
      await suggestion.click();
      await expect(speaker).toHaveValue(edits.speaker.pick);
    }
    if (edits.role !== undefined) await this.editor.getByLabel('Role at the time').fill(edits.role);
    if (edits.kind) await this.editor.getByLabel('Kind').selectOption(edits.kind);
    if (edits.date) await this.editor.getByLabel('Date said').fill(edits.date);
    if (edits.precision) await this.editor.getByLabel('Precision').selectOption(edits.precision);
    for (let i = 0; i < (edits.widenStart ?? 0); i++)
      await this.editor.getByRole('button', { name: 'Widen at the start by a word' }).click();
    for (let i = 0; i < (edits.widenEnd ?? 0); i++)
      await this.editor.getByRole('button', { name: 'Widen at the end by a word' }).click();
  }

  /** The open editor's Accept. */
  async acceptEdited(): Promise<void> {
    const before = await this.reader.highlights.count();
    await this.editor.getByRole('button', { name: 'Accept' }).click();
    await expect(this.editor).toHaveCount(0);
    await expect(this.reader.highlights).toHaveCount(before + 1);
  }
}
