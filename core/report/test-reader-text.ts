import { parseHTML } from 'linkedom';
import type { ReportFormatId } from '../api/reports';
import { elements, parseXml, textOf, zipEntries } from './docx/test-docx';
import { renderReport } from './export';
import type { ReportModel } from './model';
import { pdfText, withoutFooters } from './pdf/pdf-text';
import { chromiumPrinter } from './pdf/print-pdf';

/** What a reader of each format sees, as one comparable string. */
export async function readerText(
  model: ReportModel,
  format: ReportFormatId,
  dir: string,
  chromium: string | null,
): Promise<string> {
  const printer = chromiumPrinter({ chromium: chromium ?? undefined });
  const { bytes } = await renderReport(model, format, printer);
  const text = new TextDecoder().decode(bytes);
  switch (format) {
    case 'pdf':
      return withoutFooters(pdfText(bytes, dir));
    case 'html':
      return parseHTML(text).document.body.textContent ?? '';
    case 'docx': {
      const doc = parseXml(zipEntries(bytes).get('word/document.xml')!);
      return elements(doc, 'w:p').map(textOf).join('\n');
    }
    case 'md':
      // a reader of the rendered Markdown sees the characters, not their escapes
      // (nor the emphasis marks around "Paraphrase:" or a note's label)
      return text.replace(/(?<!\\)\*+/g, '').replace(/\\([\\`*_{}[\]()#+\-.!<>&~|])/g, '$1');
    case 'json': {
      const strings: string[] = [];
      JSON.parse(text, (_key, value: unknown) => {
        if (typeof value === 'string') strings.push(value);
        return value;
      });
      return strings.join('\n');
    }
    default:
      return text;
  }
}
