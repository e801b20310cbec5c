import { expect, type Locator, type Page } from '@playwright/test';

export type ViewLabel = 'Statements' | 'Sources' | 'Actors' | 'Propositions';

/** The frame around every view: the library sidebar, undo/redo, messages. */
export class WorkbenchPage {
  readonly library: Locator;
  readonly undoButton: Locator;
  readonly redoButton: Locator;
  readonly closeButton: Locator;

  constructor(readonly page: Page) {
    this.library = page.getByRole('navigation', { name: 'Library' });
    // Their names say what they would undo ("Undo add statement …").
    this.undoButton = page.getByRole('button', { name: /^Undo/ });
    this.redoButton = page.getByRole('button', { name: /^Redo/ });
    this.closeButton = page.getByRole('button', { name: 'Close workspace' });
  }

  /** The workspace's name in the top bar. */
  workspaceName(): Locator {
    return this.page.locator('.topbar-workspace');
  }

  async goTo(view: ViewLabel): Promise<void> {
    const item = this.library.getByRole('button', { name: new RegExp(`^${view}`) });
    await item.click();
    await expect(item).toHaveAttribute('aria-current', 'page');
  }

  /** The count the sidebar shows beside a view. */
  count(view: ViewLabel): Locator {
    return this.library.getByRole('button', { name: new RegExp(`^${view}`) }).locator('.nav-count');
  }

  /** A confirmation or error message in the corner (the newest, if it says the same twice). */
  message(text: string | RegExp): Locator {
    return this.page.locator('.toasts').getByText(text).last();
  }

  /** Ctrl+Z: undoes the last change when the focus is not in a text field. */
  async pressUndo(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+z');
  }

  /** Ctrl+Shift+Z. */
  async pressRedo(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+Shift+z');
  }
}
