import { expect, type Locator, type Page } from '@playwright/test';
import { PropositionsPage } from './propositions-page';
import { StatementsPage } from './statements-page';

export type Stance = 'affirms' | 'denies' | 'qualifies';

/** Propositions and the stances statements take on them. */
export class PositionsPage {
  readonly propositions: PropositionsPage;
  readonly statements: StatementsPage;

  constructor(readonly page: Page) {
    this.propositions = new PropositionsPage(page);
    this.statements = new StatementsPage(page);
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
   * Links a statement to a proposition with a stance from the statement's "Positions": the
   * stance, the proposition, Link. (The proposition page has no list of candidate statements
   * to link from yet; see the report of issue 11's e2e.)
   */
  async linkFromStatement(words: string, proposition: string, stance: Stance): Promise<void> {
    await this.statements.open();
    await this.statements.select(words);
    const positions = this.statements.editor.getByRole('region', { name: 'Positions' });
    await positions.getByLabel('Stance to add').selectOption(stance);
    await positions.getByLabel('Proposition to link').selectOption({ label: proposition });
    await positions.getByRole('button', { name: 'Link', exact: true }).click();
    await expect(this.stanceLine(positions, proposition)).toContainText(stance);
  }

  private stanceLine(positions: Locator, proposition: string): Locator {
    return positions.locator('.stance-line').filter({ hasText: proposition });
  }
}
