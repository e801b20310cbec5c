import type { Locator, Page } from '@playwright/test';

/** The reader: a source's text with its statements highlighted, and the review queue. */
export class ReaderPage {
  readonly text: Locator;
  readonly queue: Locator;
  readonly proposals: Locator;
  readonly highlights: Locator;

  constructor(readonly page: Page) {
    this.text = page.locator('.reader-text');
    this.queue = page.getByRole('listbox', { name: 'Proposed statements' });
    this.proposals = this.queue.getByRole('option');
    this.highlights = this.text.locator('mark.span-statement');
  }

  /** Imports files as File > Import or a drop would. */
  async importFiles(...paths: string[]): Promise<void> {
    await this.page.getByTestId('import-input').setInputFiles(paths);
    await this.text.waitFor();
  }

  proposal(text: string | RegExp): Locator {
    return this.proposals.filter({ hasText: text });
  }

  /** Selects a proposal and decides on it with one key, as a researcher working the queue. */
  async decide(text: string | RegExp, key: 'a' | 'r' | 'e' | 'm'): Promise<void> {
    await this.proposal(text).click();
    await this.page.keyboard.press(key);
  }

  /** Selects `words` in the text as a reader would with the mouse. */
  async select(words: string): Promise<void> {
    await this.text.evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
      throw new Error(`"${wanted}" is not in the text`);
    }, words);
  }
}
