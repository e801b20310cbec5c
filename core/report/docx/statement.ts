import { BorderStyle, type Paragraph } from 'docx';
import type { ReportModel, ReportStatement } from '../model';
import {
  citationOf,
  dateAndKind,
  roleAndAffiliations,
  STANCE_NOTE_LABEL,
} from '../statement-facts';
import {
  CLOSE_QUOTE,
  OPEN_QUOTE,
  PARAPHRASE_LABEL,
  printedWords,
  spokenParts,
} from '../statement-text';
import { diffPieces, MUTED, sourcePieces, stancePiece } from './pieces';
import { paragraph, textParagraph, type Piece } from './runs';

const SMALL = 18; // 9 pt, in half-points

/** The statement's text as a block quote: a rule at its start, its diff marks when it has them. */
function quote(s: ReportStatement): Paragraph {
  const marked = s.diff ? diffPieces(spokenParts(s.diff.parts, s.kind)) : null;
  const pieces: Piece[] =
    s.kind === 'quote'
      ? marked
        ? [{ text: OPEN_QUOTE }, ...marked, { text: CLOSE_QUOTE }]
        : [{ text: printedWords(s) }]
      : [
          { text: `${PARAPHRASE_LABEL}: `, style: { ...MUTED, bold: true } },
          ...(marked ?? [{ text: printedWords(s) }]),
        ];
  return paragraph(pieces, {
    language: s.language,
    spacing: { before: 120, after: 120 },
    indent: { left: 120 },
    border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'BFBFBF', space: 6 } },
  });
}

/**
 * A statement as paragraphs: who (speaker bold, role and affiliations at the time), date · kind,
 * the words, the in-text citation and the translation.
 */
export function statementCore(
  s: ReportStatement,
  model: ReportModel,
  mark: Piece[] = [],
): Paragraph[] {
  const who: Piece[] = [{ text: s.speaker, style: { bold: true } }];
  const capacity = roleAndAffiliations(s);
  if (capacity.length > 0) who.push({ text: ', ' }, { text: capacity.join('; '), style: MUTED });
  who.push(...mark);
  const out = [
    paragraph(who, { keepNext: true }),
    textParagraph(
      dateAndKind(s, model.dateStyle),
      {
        ...MUTED,
        size: SMALL,
        ...(s.dateFrom === 'source' ? { italics: true } : {}),
      },
      { keepNext: true },
    ),
    quote(s),
  ];
  const cite = citationOf(s, model);
  if (cite) out.push(textParagraph(cite, { size: SMALL }));
  if (s.translation) out.push(textParagraph(s.translation, { italics: true }));
  return out;
}

/** A stance note, labelled as the researcher's so nobody reads it as the speaker's words. */
export function stanceNoteParagraph(note: string): Paragraph {
  return paragraph([
    { text: `${STANCE_NOTE_LABEL}: `, style: { ...MUTED, italics: true } },
    { text: note, style: { italics: true } },
  ]);
}

/** One statement in a comparison's cell: the statement, then its stances and its source line. */
export function statementParagraphs(s: ReportStatement, model: ReportModel): Paragraph[] {
  const out = statementCore(s, model);
  for (const st of s.stances) {
    out.push(paragraph([stancePiece(st.stance), { text: ' ' }, { text: st.proposition }]));
    if (st.note) out.push(stanceNoteParagraph(st.note));
  }
  if (s.source) {
    out.push(
      paragraph([{ text: 'Source: ', style: MUTED }, ...sourcePieces(s.source, model.dateStyle)], {
        spacing: { before: 80 },
      }),
    );
  }
  return out;
}
