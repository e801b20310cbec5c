/**
 * Characters XML 1.0 does not allow (C0 controls but tab, line feed and carriage return; lone
 * surrogates; U+FFFE and U+FFFF). A document holding one does not open, so they are dropped.
 */
const ILLEGAL_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** User text made safe to put in a document: illegal XML characters removed. */
export function xmlSafe(text: string | null | undefined): string {
  return (text ?? '').replace(ILLEGAL_XML, '');
}

/** The text's lines (CRLF, CR, LF, and the Unicode line and paragraph separators). */
export function lines(text: string): string[] {
  return xmlSafe(text).split(/\r\n?|\n|\u2028|\u2029/);
}
