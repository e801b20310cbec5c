import { BrowserWindow, session } from 'electron';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PdfPrinter } from '../core/report/pdf';

/** Fixed markup only (no user text): Chromium fills in the page numbers. */
const FOOTER =
  '<div style="width:100%;font:8px sans-serif;color:#555;text-align:center">' +
  'page <span class="pageNumber"></span> of <span class="totalPages"></span></div>';

/** 18 mm, as the Chromium printer of the browser host and the CLI uses. */
const MARGIN_INCHES = 18 / 25.4;

/**
 * Electron's own PDF printer: the report page in a hidden window of a session of its own that
 * runs no script and loads nothing but the page itself, printed with `printToPDF`.
 */
export function electronPdfPrinter(): PdfPrinter {
  return async (html) => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-print-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, html, 'utf8');
    const page = pathToFileURL(file).href;
    const printing = session.fromPartition('parallax-print');
    printing.webRequest.onBeforeRequest((details, callback) =>
      callback({ cancel: details.url !== page }),
    );
    const window = new BrowserWindow({
      show: false,
      webPreferences: {
        session: printing,
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        // The page is never clicked, but no window of the app may open others by middle-click.
        disableBlinkFeatures: 'Auxclick',
      },
    });
    try {
      await window.loadURL(page);
      const pdf = await window.webContents.printToPDF({
        pageSize: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<div></div>',
        footerTemplate: FOOTER,
        margins: {
          top: MARGIN_INCHES,
          bottom: MARGIN_INCHES,
          left: MARGIN_INCHES,
          right: MARGIN_INCHES,
        },
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      window.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
