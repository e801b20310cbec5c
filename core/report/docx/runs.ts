import {
  ExternalHyperlink,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { isRtlLanguage, startsRtl } from './direction';
import { lines } from './xml-text';

/** A font with Latin, Arabic and Hebrew glyphs on Windows, macOS and LibreOffice installs. */
export const FONT = 'Arial';

/** Run formatting the renderers use (the text and direction are filled in here). */
export type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break' | 'rightToLeft'>;

/** A piece of a paragraph: text with its formatting, or a link to an http(s) URL. */
export type Piece =
  { text: string; style?: RunStyle } | { text: string; style?: RunStyle; link: string };

/** Runs for one piece of text: each line its own run, after a line break. */
function textRuns(text: string, style: RunStyle, rtl: boolean): TextRun[] {
  return lines(text).map(
    (line, i) =>
      new TextRun({
        ...style,
        ...(style.bold ? { boldComplexScript: true } : {}),
        ...(style.italics ? { italicsComplexScript: true } : {}),
        text: line,
        ...(i > 0 ? { break: 1 } : {}),
        ...(rtl ? { rightToLeft: true } : {}),
      }),
  );
}

export interface ParagraphOptions extends Omit<IParagraphOptions, 'children' | 'text'> {
  /** The language of the text (a right-to-left one sets the paragraph right to left). */
  language?: string | null;
}

/**
 * A paragraph of pieces. It is right to left (bidirectional, its runs too) when its text starts
 * with a strong right-to-left character or its language is written right to left.
 */
export function paragraph(pieces: Piece[], options: ParagraphOptions = {}): Paragraph {
  const { language, ...rest } = options;
  const rtl = isRtlLanguage(language) || startsRtl(pieces.map((p) => p.text).join(''));
  const lang = language && rtl ? { language: { bidirectional: language } } : {};
  const children = pieces.flatMap((p): ParagraphChild[] => {
    const style = { ...lang, ...p.style };
    if ('link' in p) {
      return [
        new ExternalHyperlink({
          link: p.link,
          children: textRuns(p.text, { ...style, style: 'Hyperlink' }, rtl),
        }),
      ];
    }
    return textRuns(p.text, style, rtl);
  });
  return new Paragraph({ ...rest, ...(rtl ? { bidirectional: true } : {}), children });
}

/** A paragraph of one piece of plain text. */
export function textParagraph(
  text: string,
  style: RunStyle = {},
  options: ParagraphOptions = {},
): Paragraph {
  return paragraph([{ text, style }], options);
}
