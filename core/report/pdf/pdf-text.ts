/**
 * Test helpers around poppler's pdftotext: a printed report's text, and a way to compare it with
 * what was put in. Used by the PDF tests and the report benchmark (page count).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from './find-chromium';

/**
 * What the PDF tests print with: the browser found, or why they are skipped (no browser, or
 * PARALLAX_CHROMIUM naming a missing file; pdftotext missing). `skip` is null when they can run.
 */
export function pdfTestPrinter(): { chromium: string | null; skip: string | null } {
  let chromium: string | null = null;
  let reason = 'no Chromium or Chrome found (install one or set PARALLAX_CHROMIUM)';
  try {
    chromium = findChromium();
  } catch (error) {
    reason = (error as Error).message;
  }
  if (!chromium) return { chromium, skip: reason };
  if (!hasTool('pdftotext'))
    return { chromium, skip: 'pdftotext (poppler-utils) is not installed' };
  return { chromium, skip: null };
}

/** True when `tool -v` runs (poppler's tools print their version and exit 0). */
export function hasTool(tool: string): boolean {
  const run = spawnSync(tool, ['-v'], { stdio: 'ignore' });
  return run.error === undefined && run.status === 0;
}

/**
 * The PDF's text. 'raw' is content-stream order: each table cell comes out whole, where reading
 * order interleaves the lines of side-by-side cells; but right-to-left runs stay in visual order
 * (words reversed). 'reading' puts right-to-left runs back in logical order, each wrapped in
 * U+202A–U+202E marks.
 */
export function pdfText(
  pdf: Uint8Array,
  dir: string,
  mode: 'raw' | 'reading' = 'raw',
  name = 'report.pdf',
): string {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  const args = [...(mode === 'raw' ? ['-raw'] : []), '-enc', 'UTF-8', file, '-'];
  const run = spawnSync('pdftotext', args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr || run.error?.message}`);
  return run.stdout;
}

/** The page count pdfinfo reports. */
export function pdfPages(pdf: Uint8Array, dir: string, name = 'report.pdf'): number {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  const run = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = /^Pages:\s+(\d+)$/m.exec(run.stdout ?? '');
  if (run.status !== 0 || !pages)
    throw new Error(`pdfinfo failed: ${run.stderr || run.error?.message}`);
  return Number(pages[1]);
}

/** The PDF's document title as pdfinfo reports it. */
export function pdfTitle(pdf: Uint8Array, dir: string, name = 'report.pdf'): string | null {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  const run = spawnSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
  return /^Title:\s+(.*)$/m.exec(run.stdout ?? '')?.[1] ?? null;
}

/**
 * The text without printPdf's "page X of Y" footers: in content-stream order a footer falls in
 * the middle of a paragraph that runs on to the next page.
 */
export function withoutFooters(text: string): string {
  return text.replace(/^page \d+ of \d+$/gm, '');
}

/**
 * Text reduced to what survives printing and extraction in order: bidi marks (pdftotext wraps
 * right-to-left runs in U+202A–U+202E; a typed override is not printable either), other
 * control characters, and all whitespace (line breaks fall where the page width puts them, even
 * inside long words) are dropped.
 */
export function comparable(text: string): string {
  return text.replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/g, '').replace(/[\p{Cc}\s]/gu, '');
}
