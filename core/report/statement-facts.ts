import { flipSentence } from '../api/flip-words';
import { capacityOf } from '../api/capacity';
import { formatSaidOn, type DateStyle } from '../api/said-on';
import type { StanceValue } from '../api/types';
import type { ReportFlip, ReportModel, ReportPosition, ReportStatement } from './model';

/** What a statement's origin-of-date note says, when its date is not the text's own. */
export const DATE_OF_SOURCE = 'date of the source';

/** The statement's date in the report's style, as precisely as it is known. */
export function statementDate(s: ReportStatement, style: DateStyle): string {
  return formatSaidOn(s.date, s.datePrecision, style);
}

/**
 * What a report says after a quotation it cannot give as verbatim: edited since it was anchored
 * in its source, or no longer found there. Null for a faithful quotation and for paraphrases.
 */
export function fidelityNote(s: ReportStatement): string | null {
  if (s.kind !== 'quote') return null;
  if (s.fidelity === 'differs') return 'differs from the source';
  if (s.fidelity === 'lost') return 'no longer found in the source';
  return null;
}

/** "17 October 2017 · quotation", with "date of the source" when the date is the source's. */
export function dateAndKind(s: ReportStatement, style: DateStyle): string {
  const date = statementDate(s, style);
  const from = s.date !== null && s.dateFrom === 'source' ? ` (${DATE_OF_SOURCE})` : '';
  const note = fidelityNote(s);
  return `${date}${from} · ${s.kind === 'quote' ? 'quotation' : 'paraphrase'}${note ? ` (${note})` : ''}`;
}

/** The speaker's role and affiliations at the time, each said once (see `capacityOf`). */
export function roleAndAffiliations(s: ReportStatement): string[] {
  return capacityOf(s.role, s.affiliations);
}

/** The in-text citation of the statement's source, or null when it has none. */
export function citationOf(s: ReportStatement, model: ReportModel): string | null {
  if (!s.source) return null;
  return model.citations[s.source.id]?.inText || null;
}

function stanceOn(position: ReportPosition, id: string): StanceValue {
  if (position.affirms.includes(id)) return 'affirms';
  if (position.denies.includes(id)) return 'denies';
  return 'qualifies';
}

/** A flip in words, earlier first, as the conflict board says it (see `flipSentence`). */
export function flipWords(
  flip: ReportFlip,
  position: ReportPosition,
  byId: ReadonlyMap<string, ReportStatement>,
  style: DateStyle,
): string {
  const side = (id: string) => {
    const s = byId.get(id)!;
    return {
      speaker: s.speaker,
      stance: stanceOn(position, id),
      date: s.date,
      precision: s.datePrecision,
    };
  };
  return flipSentence(side(flip.earlierId), side(flip.laterId), flip.organisation, style);
}

/** The statements of a report by id. */
export function statementsById(model: ReportModel): Map<string, ReportStatement> {
  return new Map(model.statements.map((s) => [s.id, s]));
}

/** The sides of a proposition's positions in print order, with their headings. */
export function sidesOf(
  p: ReportPosition,
): Array<{ stance: 'affirm' | 'deny' | 'qualify'; heading: string; ids: string[] }> {
  const sides = [
    { stance: 'affirm' as const, heading: 'Affirming', ids: p.affirms },
    { stance: 'deny' as const, heading: 'Denying', ids: p.denies },
    { stance: 'qualify' as const, heading: 'Qualifying', ids: p.qualifies },
  ];
  return sides.filter((side) => side.ids.length > 0);
}

/** Statement ids that take part in a flip of this proposition. */
export function flippedIds(p: ReportPosition): Set<string> {
  return new Set(p.flips.flatMap((f) => [f.earlierId, f.laterId]));
}

/** "2 affirm · 1 deny · 1 qualify": how many statements are on each side of a proposition. */
export function positionCounts(p: ReportPosition): string {
  return sidesOf(p)
    .map((side) => `${side.ids.length} ${side.stance}`)
    .join(' · ');
}

/** The researcher's note on why `s` takes its stance on this proposition, if they wrote one. */
export function stanceNote(s: ReportStatement, propositionId: string): string | null {
  return s.stances.find((st) => st.propositionId === propositionId)?.note ?? null;
}

/** How a format introduces a stance note, so a reader tells analysis from the speaker's words. */
export const STANCE_NOTE_LABEL = 'Researcher’s note';
