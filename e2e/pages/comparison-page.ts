import { expect, type Locator, type Page } from '@playwright/test';

/** Where a word sits on screen, and whether the reader can actually see it there. */
export interface WordPlace {
  word: string;
  /** Inside the window and inside the comparison's scroll box. */
  inView: boolean;
  /** The topmost element at the word's centre is its own paragraph (nothing covers it). */
  uncovered: boolean;
}

/** A saved comparison: its title, columns, the statements' words and the details under them. */
export class ComparisonPage {
  readonly title: Locator;
  readonly renameButton: Locator;
  readonly titleField: Locator;
  readonly table: Locator;
  readonly heads: Locator;
  readonly words: Locator;
  readonly body: Locator;
  readonly diffToggle: Locator;
  readonly diffNote: Locator;
  readonly detailsToggle: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByRole('heading', { level: 1 });
    this.renameButton = page.getByRole('button', { name: 'Rename', exact: true });
    this.titleField = page.getByRole('textbox', { name: 'Comparison title' });
    this.table = page.locator('.comparison-table');
    this.heads = this.table.locator('thead th');
    this.words = this.table.locator('.comparison-words-row .comparison-text');
    this.body = page.locator('.comparison-body');
    this.diffToggle = page.getByRole('checkbox', { name: /Word differences/ });
    this.diffNote = page.locator('.comparison-diff-note');
    this.detailsToggle = this.table.getByRole('button', { name: /details/ });
  }

  /** Opens the comparison whose title matches from the Comparisons list. */
  async open(title: RegExp): Promise<void> {
    await this.page.getByRole('button', { name: /^Comparisons/ }).click();
    await this.page
      .getByRole('listbox', { name: 'Comparisons' })
      .getByRole('option')
      .filter({ hasText: title })
      .dblclick();
    await expect(this.table).toBeVisible();
  }

  /** The row of facts with this label (Speaker, Date, Source, Stance, …). */
  field(label: string): Locator {
    return this.table.getByRole('rowgroup', { name: label });
  }

  /**
   * Where the first (or last) word of column `index`'s text is. `reveal` first scrolls the
   * comparison's own scroll box (the view's one scroll box) so that the word can be on screen.
   */
  async wordPlace(index: number, which: 'first' | 'last', reveal: boolean): Promise<WordPlace> {
    return this.words.nth(index).evaluate(
      (paragraph, [which, reveal]) => {
        const text = paragraph.textContent ?? '';
        const matches = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
        const match = which === 'first' ? matches[0]! : matches[matches.length - 1]!;
        // Find the text node and offset that hold the word.
        const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
        let seen = 0;
        const range = document.createRange();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent!.length;
          if (match.index! < seen + length) {
            range.setStart(node, match.index! - seen);
            range.setEnd(node, match.index! - seen + match[0].length);
            break;
          }
          seen += length;
        }
        const box = paragraph.closest('.comparison-body')!;
        if (reveal) {
          const r = range.getBoundingClientRect();
          const b = box.getBoundingClientRect();
          if (r.bottom > b.bottom) box.scrollTop += r.bottom - b.bottom + 8;
          if (r.top < b.top + 80) box.scrollTop -= b.top + 80 - r.top;
        }
        const r = range.getBoundingClientRect();
        const b = box.getBoundingClientRect();
        const inView =
          r.width > 0 &&
          r.top >= Math.max(0, b.top) &&
          r.bottom <= Math.min(window.innerHeight, b.bottom) &&
          r.left >= Math.max(0, b.left) &&
          r.right <= Math.min(window.innerWidth, b.right);
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return { word: match[0], inView, uncovered: hit !== null && paragraph.contains(hit) };
      },
      [which, reveal] as const,
    );
  }

  /**
   * Elements inside the columns whose content is cut or scrolls on its own: taller or wider
   * than their box while clipping (overflow other than visible). The view's own scroll box,
   * outside the table, is not counted.
   */
  async clippedInside(): Promise<string[]> {
    return this.table.evaluate((table) =>
      [table, ...table.querySelectorAll('*')].flatMap((el) => {
        const style = getComputedStyle(el);
        const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
        const cut = el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;
        return clips && cut ? [`${el.tagName.toLowerCase()}.${el.className}`] : [];
      }),
    );
  }

  /**
   * Pairs of neighbouring cells, in any row, whose boxes overlap, or whose content spills out
   * of its cell (a long URL or title that does not wrap).
   */
  async overlaps(): Promise<string[]> {
    return this.table.evaluate((table) => {
      const found: string[] = [];
      for (const row of table.querySelectorAll('tr')) {
        const cells = [...row.children] as HTMLElement[];
        cells.forEach((cell, i) => {
          if (cell.scrollWidth > cell.clientWidth + 1)
            found.push(`cell ${i + 1} of "${row.textContent!.slice(0, 30)}" spills over`);
          const next = cells[i + 1];
          if (next && cell.getBoundingClientRect().right > next.getBoundingClientRect().left + 1)
            found.push(`cells ${i + 1} and ${i + 2} of "${row.textContent!.slice(0, 30)}"`);
        });
      }
      return found;
    });
  }
}
