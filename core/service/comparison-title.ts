/**
 * The title a comparison gets when nobody gives one: who is set against whom, and on what —
 * "Col. Ryan Dillon vs PMF fighter on: PMF units are in Kirkuk". The UI and the CLI both create
 * comparisons without a title, so the wording lives here, once.
 */
import type { DatePrecision } from '../api/types';
import { formatSaidOn } from '../api/said-on';
import type { Ctx } from './context';

export interface TitleSpeaker {
  name: string;
  saidOn: string | null;
  saidOnPrecision: DatePrecision | null;
}

/** Names past this many characters are cut at a word; a proposition past PROPOSITION_MAX too. */
const NAME_MAX = 40;
const PROPOSITION_MAX = 90;
/** More speakers than this are summed up as "and N others": a title is a label, not a list. */
const NAMED_SPEAKERS = 3;

/** Cuts `text` to at most `max` characters at a word boundary, marking the cut with "…". */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // A single very long word is cut mid-word rather than dropped.
  const head = space > max / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/**
 * "A vs B on: P". A speaker who appears twice (a flip) is told apart by date; past three
 * speakers the rest are counted. The proposition loses a closing full stop, which reads oddly
 * after "on:".
 */
export function composeComparisonTitle(
  speakers: TitleSpeaker[],
  proposition: string | null,
): string {
  const names = speakers.map((s) => shorten(s.name, NAME_MAX));
  const labels = names.map((name, i) =>
    names.filter((n) => n === name).length > 1
      ? `${name} (${formatSaidOn(speakers[i]!.saidOn, speakers[i]!.saidOnPrecision)})`
      : name,
  );
  const named =
    labels.length > NAMED_SPEAKERS + 1
      ? `${labels.slice(0, NAMED_SPEAKERS).join(' vs ')} and ${labels.length - NAMED_SPEAKERS} others`
      : labels.join(' vs ');
  if (proposition === null) return named;
  const topic = shorten(proposition, PROPOSITION_MAX).replace(/\.$/u, '');
  return `${named} on: ${topic}`;
}

/**
 * `title`, or `title (2)`, `title (3)`… — the first that no comparison has yet, so two
 * comparisons of the same pair never share a heading by default.
 */
export function unusedComparisonTitle(ctx: Ctx, title: string): string {
  // LIKE with its wildcards escaped: the title itself, or the title and " (n)".
  const numbered = `${title.replace(/[\\%_]/g, (c) => `\\${c}`)} (%)`;
  const taken = new Set(
    ctx.db
      .prepare<[string, string], { title: string }>(
        "SELECT title FROM comparisons WHERE title = ? OR title LIKE ? ESCAPE '\\'",
      )
      .all(title, numbered)
      .map((r) => r.title),
  );
  if (!taken.has(title)) return title;
  let n = 2;
  while (taken.has(`${title} (${n})`)) n++;
  return `${title} (${n})`;
}

/**
 * The proposition a default title names: `propositionId` when the caller knows it (a conflict
 * does), otherwise the one most of these statements take a stance on, opposed stances first,
 * then the oldest. At least two of the statements must take a stance on it.
 */
export function sharedPropositionText(
  ctx: Ctx,
  statementIds: string[],
  propositionId: string | undefined,
): string | null {
  if (propositionId !== undefined) {
    return (
      ctx.db
        .prepare<[string], { text: string }>('SELECT text FROM propositions WHERE id = ?')
        .get(propositionId)?.text ?? null
    );
  }
  const placeholders = statementIds.map(() => '?').join(', ');
  const row = ctx.db
    .prepare<string[], { text: string }>(
      `SELECT p.text FROM stances st JOIN propositions p ON p.id = st.proposition_id
       WHERE st.statement_id IN (${placeholders})
       GROUP BY p.id
       HAVING count(*) >= 2
       ORDER BY count(*) DESC,
         (max(st.stance = 'affirms') AND max(st.stance = 'denies')) DESC,
         p.created_at, p.id
       LIMIT 1`,
    )
    .get(...statementIds);
  return row?.text ?? null;
}

/** The default title for a comparison of these statements, in this order, unused so far. */
export function defaultComparisonTitle(
  ctx: Ctx,
  statementIds: string[],
  propositionId: string | undefined,
): string {
  const byId = new Map(
    ctx.db
      .prepare<string[], TitleSpeaker & { id: string }>(
        `SELECT s.id, a.name, s.said_on AS saidOn, s.said_on_precision AS saidOnPrecision
         FROM statements s JOIN actors a ON a.id = s.speaker_id
         WHERE s.id IN (${statementIds.map(() => '?').join(', ')})`,
      )
      .all(...statementIds)
      .map((r) => [r.id, r]),
  );
  const speakers = statementIds.map((id) => byId.get(id)!);
  const title = composeComparisonTitle(
    speakers,
    sharedPropositionText(ctx, statementIds, propositionId),
  );
  return unusedComparisonTitle(ctx, title);
}
