import { HeadingLevel, type Paragraph, type Table } from 'docx';
import type { ReportSectionId } from '../../api/reports';
import { excerpt } from '../excerpt';
import { formatDate, type ReportConflictSide, type ReportModel } from '../model';
import {
  bibliographyPieces,
  MUTED,
  NEGATION,
  OWN,
  SHARED,
  sourcePieces,
  stancePiece,
} from './pieces';
import { paragraph, textParagraph, type Piece } from './runs';
import { statementParagraphs } from './statement';
import { table } from './tables';

type Block = Paragraph | Table;
type SectionRenderer = (model: ReportModel) => Block[];

/** The numbering reference of the bibliography's numbered list. */
export const BIBLIOGRAPHY_LIST = 'bibliography';

function heading(text: string, level: 1 | 2 = 1): Paragraph {
  return textParagraph(
    text,
    {},
    {
      heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
      keepNext: true,
    },
  );
}

function conflictSide(s: ReportConflictSide): Paragraph[] {
  return [
    paragraph([
      { text: s.speaker, style: { bold: true } },
      { text: ` ${formatDate(s.date, null)}`, style: MUTED },
    ]),
    textParagraph(excerpt(s.text)),
  ];
}

const summary: SectionRenderer = ({ conflicts }) => {
  const out: Block[] = [heading('Conflicts')];
  if (conflicts.items.length === 0) {
    out.push(
      textParagraph('No two statements in this report take opposed stances on a proposition.'),
    );
    return out;
  }
  out.push(
    table({
      headers: ['Proposition', 'Affirms', 'Denies'],
      weights: [2, 3, 3],
      rows: conflicts.items.map((c) => {
        const flip: Piece[] = c.flip
          ? [
              {
                text: ` flip${c.organisation ? ` (${c.organisation})` : ''}`,
                style: { italics: true, color: 'C62828' },
              },
            ]
          : [];
        return [
          [paragraph([{ text: c.proposition }, ...flip])],
          conflictSide(c.a),
          conflictSide(c.b),
        ];
      }),
    }),
  );
  if (conflicts.total > conflicts.items.length) {
    out.push(
      textParagraph(`… and ${conflicts.total - conflicts.items.length} more conflicts.`, MUTED),
    );
  }
  return out;
};

const legend = (): Paragraph =>
  paragraph([
    { text: 'Marks: ', style: MUTED },
    { text: 'shared words', style: SHARED },
    { text: ' · ', style: MUTED },
    { text: 'words only one side has', style: OWN },
    { text: ' · ', style: MUTED },
    { text: 'negations', style: NEGATION },
  ]);

const comparisons: SectionRenderer = (model) => {
  if (model.comparisons.length === 0)
    return [heading('Comparisons'), textParagraph('No comparisons.')];
  const out: Block[] = [];
  if (model.comparisons.some((c) => c.statements.some((s) => s.diff))) out.push(legend());
  for (const c of model.comparisons) {
    out.push(
      heading(c.title),
      table({ rows: [c.statements.map((s) => statementParagraphs(s, model))] }),
    );
    if (c.assessment) out.push(heading('Assessment', 2), textParagraph(c.assessment));
  }
  return out;
};

const matrix: SectionRenderer = ({ matrix: m }) => {
  if (m.propositions.length === 0)
    return [heading('Position matrix'), textParagraph('No stances recorded.')];
  return [
    heading('Position matrix'),
    table({
      headers: ['Speaker', ...m.propositions],
      rows: m.rows.map((r) => [
        [textParagraph(r.speaker, { bold: true })],
        ...r.cells.map((cell) => [
          paragraph(
            cell.flatMap((st, i) =>
              i === 0 ? [stancePiece(st)] : [{ text: ', ' }, stancePiece(st)],
            ),
          ),
        ]),
      ]),
    }),
  ];
};

const timeline: SectionRenderer = ({ timeline: t }) => {
  if (t.length === 0) return [heading('Timeline'), textParagraph('No statements.')];
  return [
    heading('Timeline'),
    table({
      headers: ['Date', 'Speaker', 'Statement', 'Stances'],
      weights: [2, 3, 6, 4],
      rows: t.map((e) => [
        [textParagraph(formatDate(e.date, e.datePrecision))],
        [textParagraph(e.speaker)],
        [textParagraph(excerpt(e.text))],
        e.stances.map((s) =>
          paragraph([stancePiece(s.stance), { text: ' ' }, { text: s.proposition }]),
        ),
      ]),
    }),
  ];
};

const sources: SectionRenderer = (model) => {
  if (model.sources.length === 0) return [heading('Sources'), textParagraph('None.')];
  return [
    heading('Sources'),
    textParagraph(model.citationStyle.label, { ...MUTED, italics: true }),
    ...model.sources.map((s) => {
      const cited = model.citations[s.id];
      const pieces = cited?.text ? bibliographyPieces(cited.text, s.url) : sourcePieces(s);
      return paragraph(pieces, { numbering: { reference: BIBLIOGRAPHY_LIST, level: 0 } });
    }),
  ];
};

const method: SectionRenderer = (model) => [
  heading('Method'),
  ...model.method.map((p) => textParagraph(p)),
];

export const DOCX_SECTIONS: Record<ReportSectionId, SectionRenderer> = {
  summary,
  comparisons,
  matrix,
  timeline,
  sources,
  method,
};
