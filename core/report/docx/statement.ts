import { BorderStyle, type Paragraph } from 'docx';
import { formatDate, type ReportModel, type ReportStatement } from '../model';
import { diffPieces, MUTED, sourcePieces, stancePiece } from './pieces';
import { paragraph, textParagraph, type Piece } from './runs';

const SMALL = 18; // 9 pt, in half-points

/** The statement's text as a block quote: a rule at its start, its diff marks when it has them. */
function quote(s: ReportStatement): Paragraph {
  const pieces: Piece[] = s.diff ? diffPieces(s.diff.parts) : [{ text: s.text }];
  return paragraph(pieces, {
    language: s.language,
    spacing: { before: 120, after: 120 },
    indent: { left: 120 },
    border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'BFBFBF', space: 6 } },
  });
}

/**
 * One statement as the paragraphs of its cell in a comparison: who (speaker bold, role), their
 * affiliations, date · kind, the text, the in-text citation, the translation, the stances and the
 * source line.
 */
export function statementParagraphs(s: ReportStatement, model: ReportModel): Paragraph[] {
  const who: Piece[] = [{ text: s.speaker, style: { bold: true } }];
  if (s.role) who.push({ text: ' ' }, { text: s.role, style: MUTED });
  const out = [paragraph(who)];
  if (s.affiliations.length > 0) {
    out.push(textParagraph(s.affiliations.join('; '), { ...MUTED, size: SMALL }));
  }
  out.push(
    textParagraph(`${formatDate(s.date, s.datePrecision)} · ${s.kind}`, {
      ...MUTED,
      size: SMALL,
    }),
    quote(s),
  );
  const cite = s.source ? model.citations[s.source.id]?.inText : undefined;
  if (cite) out.push(textParagraph(cite, { size: SMALL }));
  if (s.translation) out.push(textParagraph(s.translation, { italics: true }));
  for (const st of s.stances) {
    out.push(paragraph([stancePiece(st.stance), { text: ' ' }, { text: st.proposition }]));
  }
  if (s.source) {
    out.push(
      paragraph([{ text: 'Source: ', style: MUTED }, ...sourcePieces(s.source)], {
        spacing: { before: 80 },
      }),
    );
  }
  return out;
}
