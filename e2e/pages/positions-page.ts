import { expect, type Page } from '@playwright/test';
import { PropositionsPage } from './propositions-page';

export type Stance = 'affirms' | 'denies' | 'qualifies';

/** Propositions and the stances statements take on them. */
export class PositionsPage {
  readonly propositions: PropositionsPage;

  constructor(readonly page: Page) {
    this.propositions = new PropositionsPage(page);
  }

  /** Propositions → New proposition → the sentence → Add proposition. */
  async addProposition(text: string): Promise<void> {
    await this.propositions.open();
    await this.page.getByRole('button', { name: 'New proposition' }).first().click();
    const form = this.propositions.details.getByRole('form', { name: 'New proposition' });
    await form.getByLabel('Proposition').fill(text);
    await form.getByRole('button', { name: 'Add proposition' }).click();
    await expect(this.propositions.workbench.message(/proposition added/i)).toBeVisible();
    await expect(this.propositions.row(text)).toBeVisible();
  }

  /**
   * On the open proposition's page, links a candidate statement with a stance in one click:
   * the statements sharing the proposition's words are listed already; `search` looks
   * for others. The statement then takes its place among "Statements taking a position".
   */
  async linkFromProposition(
    statement: { speaker: string; words: string; search?: string },
    stance: Stance,
  ): Promise<void> {
    const candidates = this.propositions.editor.getByRole('region', {
      name: 'Candidate statements',
    });
    // Without a search the list is of the statements sharing the proposition's words.
    await candidates
      .getByRole('searchbox', { name: 'Search statements to link' })
      .fill(statement.search ?? '');
    const label = `${stance[0]!.toUpperCase()}${stance.slice(1)}: ${statement.speaker}, “${statement.words}`;
    const button = candidates.getByRole('button', { name: label });
    await button.click();
    await expect(
      this.propositions.workbench.message(`${statement.speaker}: ${stance}.`),
    ).toBeVisible();
    await expect(button).toHaveCount(0);
    await expect(
      this.propositions.positions.locator('.note').filter({ hasText: statement.words }),
    ).toContainText(stance);
  }
}
