/**
 * A report's HTML printed to PDF by a Chromium installed on this computer (playwright-core drives
 * it; nothing is downloaded). The page is treated as hostile: user text in it is escaped by
 * renderHtml, but printing does not rely on that alone — scripts are off and every request
 * the page would make is refused, so printing never reaches the network.
 */
import type { Browser } from 'playwright-core';
import { ParallaxError } from '../../errors';
import { findChromium } from './find-chromium';

/**
 * Prints a self-contained HTML page to PDF bytes. The Electron host can pass its own (built on
 * webContents.printToPDF) where Chromium is already at hand.
 */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;

export interface PrintPdfOptions {
  /** The browser executable; found with findChromium when not given. */
  chromium?: string;
  /** The PDF's document title (its metadata); the page's <title> when not given. */
  title?: string;
}

export const NO_CHROMIUM_MESSAGE =
  'PDF export needs Chromium, Google Chrome or Microsoft Edge on this computer; none was found. ' +
  'Install one, or set PARALLAX_CHROMIUM to its path.';

/**
 * Everything that would reach the network in the background is off, and no host name or address
 * resolves: request interception (below) does not see preconnects, which would still open
 * connections. --no-sandbox: the sandbox cannot start as root (CI, containers).
 */
/** The flags every headless Chromium Parallax starts gets (the e2e tests' too). */
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const CHROMIUM_ARGS = [...QUIET_CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND'];

export const PDF_MARGIN = '18mm';

/**
 * Fixed markup only: Chromium fills the pageNumber/totalPages spans itself. User text (the title)
 * must never go here — these templates are not escaped by anyone.
 */
const FOOTER =
  '<div style="width:100%;font:8px sans-serif;color:#555;text-align:center">' +
  'page <span class="pageNumber"></span> of <span class="totalPages"></span></div>';

async function launch(executablePath: string): Promise<Browser> {
  // Loaded on first use: playwright-core is slow to load and most commands never print.
  const { chromium } = await import('playwright-core');
  try {
    return await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  } catch (error) {
    throw new ParallaxError(
      'unavailable',
      `PDF export could not start the browser at ${executablePath}: ${(error as Error).message.split('\n')[0]}`,
    );
  }
}

/** Prints `html` (a whole page, e.g. renderHtml's) to A4 PDF bytes with a "page X of Y" footer. */
export async function printPdf(html: string, options: PrintPdfOptions = {}): Promise<Uint8Array> {
  const executable = options.chromium ?? findChromium();
  if (executable === null) throw new ParallaxError('unavailable', NO_CHROMIUM_MESSAGE);
  const browser = await launch(executable);
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
    // setContent writes the document without a request, so refusing every request refuses only
    // what the page itself asks for (images, styles, fonts, frames).
    await context.route('**/*', (route) => route.abort('blockedbyclient'));
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    if (options.title !== undefined) {
      // Set as a DOM property (text, never markup); Chromium takes the PDF's title from it.
      await page.evaluate((title) => {
        // Runs in the page; this project's TypeScript has no DOM types.
        (globalThis as unknown as { document: { title: string } }).document.title = title;
      }, options.title);
    }
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: PDF_MARGIN, right: PDF_MARGIN, bottom: PDF_MARGIN, left: PDF_MARGIN },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: FOOTER,
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    await browser.close();
  }
}

/** A PdfPrinter over printPdf with fixed options (the CLI's and the browser host's). */
export function chromiumPrinter(options: PrintPdfOptions = {}): PdfPrinter {
  return (html) => printPdf(html, options);
}
