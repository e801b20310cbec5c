import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer } from 'docx';
import { formatSaidOn } from '../../api/said-on';
import { countsLine, type ReportModel } from '../model';
import { FONT, textParagraph } from './runs';
import { BIBLIOGRAPHY_LIST, DOCX_SECTIONS } from './sections';
import { xmlSafe } from './xml-text';

const FONTS = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };

/** The document's styles: Arial (Latin, Arabic, Hebrew) at 10.5 pt, compact headings. */
const STYLES = {
  default: {
    document: { run: { font: FONTS, size: 21 }, paragraph: { spacing: { after: 80 } } },
    title: { run: { font: FONTS, size: 48, bold: true, color: '1F3864' } },
    heading1: {
      run: { font: FONTS, size: 30, bold: true, color: '1F3864' },
      paragraph: { spacing: { before: 360, after: 120 } },
    },
    heading2: {
      run: { font: FONTS, size: 24, bold: true, color: '2F5496' },
      paragraph: { spacing: { before: 200, after: 80 } },
    },
    heading3: {
      run: { font: FONTS, size: 21, bold: true, color: '404040' },
      paragraph: { spacing: { before: 160, after: 60 } },
    },
  },
};

const NUMBERING = {
  config: [
    {
      reference: BIBLIOGRAPHY_LIST,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: 480, hanging: 480 } } },
        },
      ],
    },
  ],
};

/** The report as a Word document (.docx): the title, a meta line, then each section in order. */
export async function renderDocx(model: ReportModel): Promise<Uint8Array> {
  const meta = [
    model.author && `By ${model.author}`,
    model.date && formatSaidOn(model.date, 'day', model.dateStyle),
    model.scope,
  ]
    .filter(Boolean)
    .join(' · ');
  const doc = new Document({
    title: xmlSafe(model.title),
    creator: xmlSafe(model.author ?? 'Parallax'),
    styles: STYLES,
    numbering: NUMBERING,
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 },
          },
        },
        children: [
          textParagraph(model.title, {}, { heading: HeadingLevel.TITLE }),
          textParagraph(meta, { color: '595959' }),
          textParagraph(countsLine(model.counts), { bold: true }, { spacing: { after: 240 } }),
          ...model.sections.flatMap((id) => DOCX_SECTIONS[id](model)),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
