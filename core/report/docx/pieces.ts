import type { StanceValue } from '../../api';
import { formatSaidOn, type DateStyle } from '../../api/said-on';
import type { WordDiffPart } from '../../diff';
import type { ReportSource } from '../model';
import { linkableUrl } from '../safe-url';
import type { Piece, RunStyle } from './runs';

/** Grey for meta lines (dates, roles, affiliations). */
export const MUTED: RunStyle = { color: '595959' };

const STANCE_COLOURS: Record<StanceValue, string> = {
  affirms: '2E7D32',
  denies: 'C62828',
  qualifies: '9A6700',
};

/** A stance as a coloured bold word. */
export function stancePiece(stance: StanceValue): Piece {
  return { text: stance, style: { bold: true, color: STANCE_COLOURS[stance] } };
}

/** The style of each diff mark, as in the HTML: own words highlighted, shared bold, negations underlined. */
export const OWN: RunStyle = { highlight: 'yellow' };
export const SHARED: RunStyle = { bold: true };
export const NEGATION: RunStyle = { underline: {} };

/** A statement's text with its diff marks, one piece per part. */
export function diffPieces(parts: WordDiffPart[]): Piece[] {
  return parts.map((part) => ({
    text: part.text,
    style: {
      ...(part.kind !== 'same' ? OWN : part.shared ? SHARED : {}),
      ...(part.negation ? NEGATION : {}),
    },
  }));
}

/** A link to the URL when it is http(s), otherwise the text as it is. */
export function linkOrText(text: string, url: string | null, style: RunStyle = {}): Piece {
  const safe = linkableUrl(url);
  return safe ? { text, style, link: safe } : { text, style };
}

/** A source as a line: title (linked when its URL is http(s)), outlet, date, other URLs as text. */
export function sourcePieces(s: ReportSource, style: DateStyle): Piece[] {
  const parts: Piece[] = [linkOrText(s.title, s.url)];
  if (s.outlet) parts.push({ text: s.outlet });
  if (s.publishedOn) parts.push({ text: formatSaidOn(s.publishedOn, 'day', style) });
  if (s.url && !linkableUrl(s.url)) parts.push({ text: s.url });
  return parts.flatMap((p, i) => (i === 0 ? [p] : [{ text: ', ' }, p]));
}

/**
 * A bibliography entry's plain text with the source's URL linked where the text holds it (and
 * after the text when it does not).
 */
export function bibliographyPieces(text: string, url: string | null): Piece[] {
  const safe = linkableUrl(url);
  if (!safe) return [{ text }];
  const at = text.indexOf(safe);
  if (at < 0) return [{ text }, { text: ' ' }, { text: safe, link: safe }];
  return [
    { text: text.slice(0, at) },
    { text: safe, link: safe },
    { text: text.slice(at + safe.length) },
  ].filter((p) => p.text !== '');
}
