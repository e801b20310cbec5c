import { invalidFile } from './invalid';
import { languageTag } from './html-meta';
import { joinLines, pageParagraphLines, type TextPiece } from './pdf-layout';
import { pdfHeaderAt } from './sniff';
import { clipTitle } from './title';
import type { Importer } from './types';

/** The pdf.js text item fields this reads (TextItem; TextMarkedContent items have no `str`). */
interface PdfTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

/**
 * A PDF's Title, unless it is a placeholder producers leave behind ("Untitled", a file name,
 * "Microsoft Word - report.docx").
 */
export function usefulPdfTitle(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const title = clipTitle(raw.replace(/^Microsoft (Word|PowerPoint) - /i, ''));
  if (title === '' || /^(untitled|title|document|\(?anonymous\)?)$/i.test(title)) return null;
  if (/^[^\s/\\]+\.(docx?|pdf|rtf|odt|txt|html?|indd|qxp|pages|pptx?)$/i.test(title)) return null;
  return title;
}

function pieceOf(item: PdfTextItem): TextPiece | null {
  if (typeof item.str !== 'string' || !item.transform) return null;
  const [, , c = 0, d = 1, x = 0, y = 0] = item.transform;
  return {
    str: item.str,
    x,
    y,
    width: item.width ?? 0,
    size: Math.max(item.height ?? 0, Math.hypot(c, d)) || 1,
  };
}

/**
 * More pages than any document a researcher quotes from. A 30 KB PDF can list one page
 * 200,000 times, and pdf.js reads about 1,500 pages a second, so without a cap such a file
 * held the importer for minutes.
 */
export const MAX_PDF_PAGES = 10_000;

/** Incomplete downloads lose the end of the file: a PDF ends with %%EOF in its last 1024 bytes. */
function endsLikePdf(bytes: Uint8Array): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - 1024));
  return Buffer.from(tail.buffer, tail.byteOffset, tail.length).includes('%%EOF', 0, 'latin1');
}

function readError(fileName: string, error: unknown): Error {
  const name = (error as { name?: unknown })?.name;
  if (name === 'PasswordException') {
    return invalidFile(
      `${fileName} is protected by a password; Parallax cannot open encrypted PDFs. ` +
        'Save a copy without the password and import that.',
    );
  }
  return invalidFile(`${fileName} is damaged: it could not be read as a PDF.`);
}

/**
 * A PDF's text through pdf.js, laid out in lines and paragraphs (see pdf-layout.ts); titled by
 * its Title metadata, else its first line. Encrypted, damaged and truncated PDFs are refused.
 */
export const importPdf: Importer = async (bytes, fileName) => {
  if (pdfHeaderAt(bytes) < 0) throw invalidFile(`${fileName} is not a PDF.`);
  if (!endsLikePdf(bytes)) {
    throw invalidFile(
      `${fileName} is incomplete: the end of the PDF is missing (was the download cut short?).`,
    );
  }
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // a copy: pdf.js takes ownership of what it is given
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    // Text only: no compiled font programs, no XFA forms, no document scripts (pdf.js runs
    // scripts only in its viewer), so a hostile PDF gets nothing to execute (docs/security.md).
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
  });
  try {
    let pdf;
    try {
      pdf = await task.promise;
    } catch (error) {
      throw readError(fileName, error);
    }
    const paragraphs: string[] = [];
    let firstLine: string | null = null;
    let meta: { info?: unknown } = {};
    if (pdf.numPages > MAX_PDF_PAGES) {
      throw invalidFile(
        `${fileName} has ${pdf.numPages.toLocaleString('en')} pages; Parallax imports PDFs of ` +
          `up to ${MAX_PDF_PAGES.toLocaleString('en')} pages.`,
      );
    }
    try {
      meta = await pdf.getMetadata();
      for (let number = 1; number <= pdf.numPages; number++) {
        // pdf.js answers in microtasks, which starve the event loop: let the host breathe.
        if (number % 20 === 0) await new Promise((resolve) => setImmediate(resolve));
        const page = await pdf.getPage(number);
        const content = await page.getTextContent();
        const pieces = (content.items as PdfTextItem[])
          .map(pieceOf)
          .filter((p): p is TextPiece => p !== null);
        const lines = pageParagraphLines(pieces);
        firstLine ??= lines[0]?.[0] ?? null;
        paragraphs.push(...lines.map(joinLines));
        page.cleanup();
      }
    } catch (error) {
      throw readError(fileName, error);
    }
    const body = paragraphs.join('\n\n');
    if (body.trim() === '') {
      throw invalidFile(
        `${fileName} has no text to import: its pages hold no text layer ` +
          '(a scanned PDF? Parallax cannot read text in images).',
      );
    }
    const info = (meta.info ?? {}) as Record<string, unknown>;
    const author = typeof info.Author === 'string' ? clipTitle(info.Author) : '';
    return {
      title: usefulPdfTitle(info.Title) ?? (firstLine ? clipTitle(firstLine) : fileName),
      body,
      author: author === '' ? null : author,
      language: languageTag(typeof info.Language === 'string' ? info.Language : null),
    };
  } finally {
    await task.destroy();
  }
};
