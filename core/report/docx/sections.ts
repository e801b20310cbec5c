import { HeadingLevel, type Paragraph, type Table } from 'docx';
import type { ReportSectionId } from '../../api/reports';
import type { ReportModel, ReportPosition, ReportStatement } from '../model';
import {
  citationOf,
  flippedIds,
  flipWords,
  positionCounts,
  sidesOf,
  statementDate,
  statementsById,
  stanceNote,
} from '../statement-facts';
import { timelineWords } from '../statement-text';
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
import { stanceNoteParagraph, statementCore, statementParagraphs } from './statement';
import { table } from './tables';

type Block = Paragraph | Table;
type SectionRenderer = (model: ReportModel) => Block[];

/** The numbering reference of the bibliography's numbered list. */
export const BIBLIOGRAPHY_LIST = 'bibliography';

const LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 };

function heading(text: string, level: 1 | 2 | 3 = 1): Paragraph {
  return textParagraph(text, {}, { heading: LEVELS[level], keepNext: true });
}

/** The flip badge: white on rust, so a reader notices it. */
const FLIP: Piece = {
  text: ' FLIP ',
  style: { bold: true, color: 'FFFFFF', shading: { fill: 'A4410E', color: 'auto', type: 'clear' } },
};

function positionBlocks(
  p: ReportPosition,
  model: ReportModel,
  byId: Map<string, ReportStatement>,
): Block[] {
  const flipped = flippedIds(p);
  const counts = positionCounts(p);
  const out: Block[] = [
    heading(p.proposition, 2),
    paragraph([
      ...(p.conflictingPairs > 0
        ? [{ text: 'In conflict · ', style: { bold: true, color: '8A1C1C' } }]
        : []),
      { text: counts, style: MUTED },
    ]),
  ];
  for (const f of p.flips) {
    out.push(
      paragraph([
        { ...FLIP, text: f.organisation ? ' FLIP through its members ' : FLIP.text },
        { text: ` ${flipWords(f, p, byId, model.dateStyle)}` },
      ]),
    );
  }
  for (const side of sidesOf(p)) {
    out.push(heading(`${side.heading} (${side.ids.length})`, 3));
    for (const id of side.ids) {
      const mark = flipped.has(id) ? [{ text: ' ' }, FLIP] : [];
      const s = byId.get(id)!;
      out.push(...statementCore(s, model, mark));
      const note = stanceNote(s, p.propositionId);
      if (note) out.push(stanceNoteParagraph(note));
    }
  }
  return out;
}

const summary: SectionRenderer = (model) => {
  const out: Block[] = [heading('Positions and conflicts')];
  if (model.positions.length === 0) {
    out.push(textParagraph('No statement in this report takes a stance on a proposition.'));
    return out;
  }
  if (model.positions.every((p) => p.conflictingPairs === 0)) {
    out.push(
      textParagraph('No two statements in this report take opposed stances on a proposition.'),
    );
  }
  const byId = statementsById(model);
  for (const p of model.positions) out.push(...positionBlocks(p, model, byId));
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

const timeline: SectionRenderer = (model) => {
  if (model.statements.length === 0) return [heading('Timeline'), textParagraph('No statements.')];
  return [
    heading('Timeline'),
    table({
      headers: ['Date', 'Speaker', 'Statement', 'Stances'],
      weights: [3, 3, 7, 4],
      rows: model.statements.map((s) => {
        const cite = citationOf(s, model);
        return [
          [
            textParagraph(
              statementDate(s, model.dateStyle),
              s.dateFrom === 'source' ? { italics: true } : {},
            ),
          ],
          [textParagraph(s.speaker)],
          [
            paragraph([
              { text: timelineWords(s) },
              ...(cite ? [{ text: ` ${cite}`, style: MUTED }] : []),
            ]),
          ],
          s.stances.map((st) =>
            paragraph([stancePiece(st.stance), { text: ' ' }, { text: st.proposition }]),
          ),
        ];
      }),
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
      const pieces = cited?.text
        ? bibliographyPieces(cited.text, s.url)
        : sourcePieces(s, model.dateStyle);
      return paragraph(pieces, { numbering: { reference: BIBLIOGRAPHY_LIST, level: 0 } });
    }),
  ];
};

const method: SectionRenderer = (model) => [
  heading('Method'),
  ...[...model.method, ...(model.diffNote ? [model.diffNote] : [])].map((p) => textParagraph(p)),
];

export const DOCX_SECTIONS: Record<ReportSectionId, SectionRenderer> = {
  summary,
  comparisons,
  matrix,
  timeline,
  sources,
  method,
};
