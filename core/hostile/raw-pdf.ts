/**
 * PDFs written by hand, byte by byte, so a test can put anything in them (a page count of two
 * billion, an /Encrypt dictionary) while the cross-reference table stays correct and the
 * file gets past the cheap checks to pdf.js itself.
 */
export function rawPdf(objects: string[], trailerExtra = ''): Uint8Array {
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra} >>\n`;
  out += `startxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const TEXT = 'BT /F1 12 Tf 50 700 Td (The talks will resume.) Tj ET';

/** A catalog, a page tree (`pagesDict`), one page of text, its font and content stream. */
export function onePagePdf({
  pagesDict = '/Type /Pages /Kids [3 0 R] /Count 1',
  pageExtra = '',
  content = TEXT,
  /** What the content stream's /Length says (its true length by default). */
  streamLength = String(Buffer.byteLength(content, 'latin1')),
  trailerExtra = '',
  extraObjects = [] as string[],
} = {}): Uint8Array {
  return rawPdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      `<< ${pagesDict} >>`,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R ${pageExtra} >>`,
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      `<< /Length ${streamLength} >>\nstream\n${content}\nendstream`,
      ...extraObjects,
    ],
    trailerExtra,
  );
}
