import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, type Page } from '@playwright/test';

const DOCS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

/**
 * A screenshot for the documentation: into docs/screenshots/ when PARALLAX_SCREENSHOTS is set
 * (see screenshots.spec.ts), otherwise into the test's output folder.
 */
export async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env.PARALLAX_SCREENSHOTS ? DOCS : test.info().outputPath();
  mkdirSync(dir, { recursive: true });
  // The far corner: no hover highlight.
  await page.mouse.move(page.viewportSize()!.width - 1, page.viewportSize()!.height - 1);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(dir, `${name}.png`), animations: 'disabled', caret: 'hide' });
}
