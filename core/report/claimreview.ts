import { z } from 'zod';
import type { StanceValue } from '../api';
import type { ReportComparison, ReportModel, ReportSource, ReportStatement } from './model';
import { linkableUrl } from './safe-url';

/**
 * schema.org ClaimReview (JSON-LD) for a report's comparisons: one ClaimReview per comparison.
 *
 * A comparison is not a fact check of one claim but a set of 2–6 statements set side by side, so
 * the mapping is:
 * - claimReviewed: the first statement's text (the comparison's subject, the others contrast it);
 * - itemReviewed: that statement as a Claim: its speaker as author, its date (only when known to
 *   the day, month or year: a "week of" date is not a schema.org Date), its source as the
 *   appearance and firstAppearance (a CreativeWork with headline, http(s) URL, outlet as
 *   publisher);
 * - reviewBody: the researcher's assessment, then the other statements summarised (speaker,
 *   date, text, stances);
 * - reviewRating.alternateName: what the comparison shows about the first statement's stances
 *   (see `ratingOf`). No numeric rating: Parallax records stances, not verdicts;
 * - author: the report's author (a Person), or the Organization "Parallax user" when unnamed;
 *   datePublished: the report's date when given; name: the comparison's title.
 *
 * Google also wants a `url` for the page carrying the review; an offline report has none, so the
 * publisher adds it when the review goes online.
 */

type JsonLd = Record<string, unknown>;

const Named = z.object({
  '@type': z.enum(['Person', 'Organization']),
  name: z.string().min(1),
});

/** The ClaimReview properties Google's structured data requires or recommends, as we emit them. */
export const ClaimReviewSchema = z.object({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('ClaimReview'),
  claimReviewed: z.string().min(1),
  reviewRating: z.object({
    '@type': z.literal('Rating'),
    alternateName: z.string().min(1),
  }),
  author: Named,
  itemReviewed: z.object({
    '@type': z.literal('Claim'),
    author: Named,
    datePublished: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      .optional(),
    appearance: z
      .array(
        z.object({
          '@type': z.literal('CreativeWork'),
          headline: z.string().min(1),
          url: z.url({ protocol: /^https?$/ }).optional(),
        }),
      )
      .optional(),
  }),
  reviewBody: z.string(),
  datePublished: z.iso.date().optional(),
});

/** The speaker's schema.org type: people (and speakers of unknown kind) are Persons. */
function speakerType(statement: ReportStatement) {
  const kind = statement.speakerKind;
  return kind === 'person' || kind === 'other' ? 'Person' : 'Organization';
}

/** The statement's date as a schema.org Date, as precise as it is known. */
function claimDate(s: ReportStatement): string | undefined {
  if (s.date === null) return undefined;
  switch (s.datePrecision) {
    case 'week':
      return undefined;
    case 'month':
      return s.date.slice(0, 7);
    case 'year':
      return s.date.slice(0, 4);
    default:
      return s.date;
  }
}

function appearanceOf(source: ReportSource): JsonLd {
  const url = linkableUrl(source.url);
  return {
    '@type': 'CreativeWork',
    headline: source.title,
    ...(url && { url }),
    ...(source.outlet && { publisher: { '@type': 'Organization', name: source.outlet } }),
    ...(source.publishedOn && { datePublished: source.publishedOn }),
  };
}

function claimOf(s: ReportStatement): JsonLd {
  const appearance = s.source ? [appearanceOf(s.source)] : [];
  const date = claimDate(s);
  return {
    '@type': 'Claim',
    author: { '@type': speakerType(s), name: s.speaker },
    ...(date && { datePublished: date }),
    ...(s.language && { inLanguage: s.language }),
    ...(appearance.length > 0 && { appearance, firstAppearance: appearance[0] }),
  };
}

const OPPOSITE: Partial<Record<StanceValue, StanceValue>> = {
  affirms: 'denies',
  denies: 'affirms',
};

/**
 * A short textual rating of the first statement within its comparison, from the stances:
 * "Contradicted by N statement(s)" when that many of the other statements affirm what it denies
 * or deny what it affirms; "Not contradicted in this comparison" when it takes a stance and none
 * oppose it (qualifying is not opposing); "No stance recorded" when it takes none, since nothing
 * can then be said to contradict it.
 */
export function ratingOf(comparison: ReportComparison): string {
  const [first, ...others] = comparison.statements;
  const taken = new Map(
    (first?.stances ?? [])
      .filter((s) => OPPOSITE[s.stance])
      .map((s) => [s.proposition, OPPOSITE[s.stance]!]),
  );
  if (taken.size === 0) return 'No stance recorded';
  const n = others.filter((o) =>
    o.stances.some((s) => taken.get(s.proposition) === s.stance),
  ).length;
  if (n === 0) return 'Not contradicted in this comparison';
  return `Contradicted by ${n} statement${n === 1 ? '' : 's'}`;
}

function summary(s: ReportStatement): string {
  const who = s.role ? `${s.speaker} (${s.role})` : s.speaker;
  const stances = s.stances.map((st) => `${st.stance} “${st.proposition}”`).join('; ');
  return `${who}, ${s.date ?? 'undated'}: “${s.text}”${stances ? ` [${stances}]` : ''}`;
}

function reviewBody(comparison: ReportComparison): string {
  const others = comparison.statements.slice(1).map((s) => `- ${summary(s)}`);
  const contrasted = others.length > 0 ? `Contrasted with:\n${others.join('\n')}` : '';
  return [comparison.assessment.trim(), contrasted].filter(Boolean).join('\n\n');
}

function claimReviewOf(model: ReportModel, comparison: ReportComparison): JsonLd {
  const first = comparison.statements[0];
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    name: comparison.title,
    claimReviewed: first?.text ?? comparison.title,
    ...(first && { itemReviewed: claimOf(first) }),
    reviewBody: reviewBody(comparison),
    reviewRating: { '@type': 'Rating', alternateName: ratingOf(comparison) },
    author: model.author
      ? { '@type': 'Person', name: model.author }
      : { '@type': 'Organization', name: 'Parallax user' },
    ...(model.date && { datePublished: model.date }),
  };
}

/**
 * The report's comparisons as a JSON-LD array of ClaimReviews. "<", ">" and "&" are written as
 * \u escapes (the same JSON once parsed) so the file can go inside a
 * <script type="application/ld+json"> without a "</script>" in some text ending it.
 */
export function renderClaimReview(model: ReportModel): string {
  const reviews = model.comparisons.map((c) => claimReviewOf(model, c));
  const json = JSON.stringify(reviews, null, 2).replace(
    /[<>&]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${json}\n`;
}
