import { anchorAt } from '../anchor/text-quote';
import type { Output, ParsedInput } from '../api';
import type { candidateMethods } from '../api/candidates';
import type { ReviewCandidate } from '../api/types';
import { notFound, ParallaxError } from '../errors';
import { speakerKindOf } from '../extract/speaker-kind';
import { acceptedDate } from './accepted-date';
import { actorHandlers, findActorByName } from './actors';
import { label, mustExist, type Ctx } from './context';
import type { Handlers } from './handlers';
import { extractAround, extractInParts } from './extract-windows';
import { mergedSpanText } from './merge-spans';
import { insertStatement } from './statements';

const CANDIDATE_COLUMNS = `id, source_id AS sourceId, start, end, text, kind, speaker, role, cue,
  said_on AS saidOn, said_on_precision AS saidOnPrecision, confidence, status, statement_id AS statementId`;

function getCandidate(ctx: Ctx, id: string): ReviewCandidate {
  const row = ctx.db
    .prepare<[string], ReviewCandidate>(`SELECT ${CANDIDATE_COLUMNS} FROM candidates WHERE id = ?`)
    .get(id);
  if (!row) throw notFound('candidate', id);
  return row;
}

function pending(ctx: Ctx, id: string): ReviewCandidate {
  const candidate = getCandidate(ctx, id);
  if (candidate.status !== 'pending') {
    throw new ParallaxError('conflict', `That candidate was already ${candidate.status}.`);
  }
  return candidate;
}

function sourceOf(
  ctx: Ctx,
  id: string,
): { id: string; title: string; body: string; publishedOn: string | null } {
  const row = ctx.db
    .prepare<[string], { id: string; title: string; body: string; publishedOn: string | null }>(
      'SELECT id, title, body, published_on AS publishedOn FROM sources WHERE id = ?',
    )
    .get(id);
  if (!row) throw notFound('source', id);
  return row;
}

function publishedOn(ctx: Ctx, id: string): { publishedOn: string | null } {
  const row = ctx.db
    .prepare<[string], { publishedOn: string | null }>(
      'SELECT published_on AS publishedOn FROM sources WHERE id = ?',
    )
    .get(id);
  if (!row) throw notFound('source', id);
  return row;
}

function setStatus(
  ctx: Ctx,
  id: string,
  status: ReviewCandidate['status'],
  statementId: string | null = null,
): void {
  ctx.db
    .prepare('UPDATE candidates SET status = ?, statement_id = ?, updated_at = ? WHERE id = ?')
    .run(status, statementId, ctx.now, id);
}

/**
 * Queues what the extractor finds in a source; spans already queued or recorded are skipped.
 * `body`, when the caller has just written it, saves reading the text back (it can be 35 M
 * characters).
 */
export function queueExtraction(ctx: Ctx, sourceId: string, body?: string): number {
  const source =
    body === undefined ? sourceOf(ctx, sourceId) : { body, ...publishedOn(ctx, sourceId) };
  // Spans already proposed or recorded, and words already decided on (a rejected proposal
  // stays rejected even when an edit above it shifts its offsets).
  const known = new Set(
    ctx.db
      .prepare<[{ sourceId: string }], { key: string }>(
        `SELECT start || ':' || end AS key FROM candidates WHERE source_id = @sourceId
         UNION SELECT 'text:' || text FROM candidates WHERE source_id = @sourceId AND status <> 'pending'
         UNION SELECT position_start || ':' || position_end FROM statements
           WHERE source_id = @sourceId AND position_start IS NOT NULL
         UNION SELECT 'text:' || quote_exact FROM statements
           WHERE source_id = @sourceId AND quote_exact IS NOT NULL`,
      )
      .all({ sourceId })
      .map((r) => r.key),
  );
  const insert = ctx.db.prepare(
    `INSERT INTO candidates (id, source_id, start, end, text, kind, speaker, role, cue, said_on,
       said_on_precision, confidence, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let added = 0;
  for (const c of extractInParts(source.body, { published: source.publishedOn ?? undefined })) {
    if (known.has(`${c.start}:${c.end}`) || known.has(`text:${c.text}`)) continue;
    insert.run(
      ctx.newId(),
      sourceId,
      c.start,
      c.end,
      c.text,
      c.kind,
      c.speaker,
      c.role,
      c.cue,
      c.date,
      c.date ? (c.datePrecision ?? 'day') : null,
      Math.max(0, Math.min(1, c.confidence)),
      ctx.now,
      ctx.now,
    );
    added++;
  }
  return added;
}

/**
 * Accepts, as they stand, the source's pending candidates that name a speaker (in text order);
 * the rest stay queued for review. Runs inside the caller's transaction. Returns how many.
 */
export function acceptPendingWithSpeaker(ctx: Ctx, sourceId: string): number {
  const ids = ctx.db
    .prepare<[string], { id: string }>(
      `SELECT id FROM candidates WHERE source_id = ? AND status = 'pending' AND speaker IS NOT NULL
       ORDER BY start, end, rowid`,
    )
    .all(sourceId);
  if (ids.length === 0) return 0;
  const source = sourceOf(ctx, sourceId);
  for (const { id } of ids) acceptInSource(ctx, { id }, source);
  return ids.length;
}

/**
 * The span a candidate is accepted at: as proposed, or as the researcher widened or narrowed
 * it, which must lie within the source's text and hold more than white space.
 */
function editedSpan(
  candidate: ReviewCandidate,
  body: string,
  input: { start?: number; end?: number },
): { start: number; end: number } {
  if (input.start === undefined || input.end === undefined) return candidate;
  const { start, end } = input;
  if (end <= start) throw new ParallaxError('invalid_input', 'The span must end after it starts.');
  if (end > body.length) {
    throw new ParallaxError(
      'invalid_input',
      `The span runs past the end of the source’s text (${body.length.toLocaleString('en')} characters).`,
    );
  }
  if (body.slice(start, end).trim() === '') {
    throw new ParallaxError('invalid_input', 'The span holds no words: widen it.');
  }
  return { start, end };
}

/**
 * Accepts a candidate as a statement anchored in its source. `known`, the source when the caller
 * has read it already, saves reading a text of up to 50 M characters once per candidate. A new
 * speaker gets the kind its name reads as; an undated proposal, the source's date (see
 * `acceptedDate`).
 */
function acceptInSource(
  ctx: Ctx,
  input: ParsedInput<'acceptCandidate'>,
  known?: { body: string; publishedOn: string | null },
): Output<'acceptCandidate'> {
  const candidate = pending(ctx, input.id);
  const source = known ?? sourceOf(ctx, candidate.sourceId);
  const text = source.body;
  const span = editedSpan(candidate, text, input);
  const speakerName = input.speaker ?? candidate.speaker;
  if (!speakerName) {
    throw new ParallaxError(
      'invalid_input',
      'Who said it? Give the candidate a speaker before accepting it.',
    );
  }
  const speakerId =
    findActorByName(ctx, speakerName)?.id ??
    actorHandlers.createActor(ctx, {
      name: speakerName,
      kind: speakerKindOf(speakerName),
      aliases: [],
    }).id;
  const date = acceptedDate(candidate, input, source.publishedOn);
  const statement = insertStatement(
    ctx,
    {
      speakerId,
      sourceId: candidate.sourceId,
      text: input.text ?? (span === candidate ? candidate.text : text.slice(span.start, span.end)),
      kind: input.kind ?? candidate.kind,
      role: input.role === undefined ? candidate.role : input.role,
      saidOn: date.saidOn,
      saidOnPrecision: date.saidOnPrecision,
      cue: candidate.cue,
      anchor: anchorAt(text, span.start, span.end),
      tagIds: [],
    },
    date.from ?? 'user',
  );
  setStatus(ctx, candidate.id, 'accepted', statement.id);
  ctx.describe(`Accept a statement by ${label(statement.speakerName)}`);
  return statement;
}

export const candidateHandlers: Handlers<keyof typeof candidateMethods> = {
  extractCandidates(ctx, { sourceId }) {
    const source = sourceOf(ctx, sourceId);
    const added = queueExtraction(ctx, sourceId);
    const pendingCount = ctx.db
      .prepare<[string], { n: number }>(
        "SELECT count(*) AS n FROM candidates WHERE source_id = ? AND status = 'pending'",
      )
      .get(sourceId)!.n;
    ctx.describe(`Find statements in ${label(source.title)}`);
    return { added, pending: pendingCount };
  },

  listCandidates(ctx, { sourceId, status }) {
    mustExist(ctx, 'sources', 'source', sourceId);
    return ctx.db
      .prepare<[{ sourceId: string; status: string | null }], ReviewCandidate>(
        `SELECT ${CANDIDATE_COLUMNS} FROM candidates
         WHERE source_id = @sourceId AND (@status IS NULL OR status = @status)
         ORDER BY start, end`,
      )
      .all({ sourceId, status: status ?? null });
  },

  acceptCandidate(ctx, input) {
    return acceptInSource(ctx, input);
  },

  suggestStatement(ctx, { sourceId, start, end }) {
    const source = sourceOf(ctx, sourceId);
    if (end <= start) throw new ParallaxError('invalid_input', 'Select at least one character.');
    if (end > source.body.length) {
      throw new ParallaxError(
        'invalid_input',
        'The selection runs past the end of the source’s text.',
      );
    }
    // The statement the selection overlaps most, as the extractor reads the whole text (a
    // very long one, the part the selection is in, as queueExtraction reads it).
    const overlap = (c: { start: number; end: number }) =>
      Math.min(end, c.end) - Math.max(start, c.start);
    const best = extractAround(source.body, start, end, {
      published: source.publishedOn ?? undefined,
    })
      .filter((c) => overlap(c) > 0)
      .sort((a, b) => overlap(b) - overlap(a))[0];
    const before = source.body.slice(Math.max(0, start - 2), start);
    return {
      speaker: best?.speaker ?? null,
      role: best?.role ?? null,
      kind: best?.kind ?? (/[“"«]\s*$/.test(before) ? 'quote' : 'paraphrase'),
      saidOn: best?.date ?? null,
      saidOnPrecision: best?.date ? (best.datePrecision ?? 'day') : null,
      cue: best?.cue ?? null,
    };
  },

  rejectCandidate(ctx, { id }) {
    pending(ctx, id);
    setStatus(ctx, id, 'rejected');
    ctx.describe('Reject a proposed statement');
    return getCandidate(ctx, id);
  },

  mergeCandidates(ctx, { ids }) {
    const parts = ids.map((id) => pending(ctx, id)).sort((a, b) => a.start - b.start);
    const first = parts[0]!;
    if (parts.some((p) => p.sourceId !== first.sourceId)) {
      throw new ParallaxError(
        'invalid_input',
        'Only candidates from the same source can be merged.',
      );
    }
    const start = first.start;
    const end = Math.max(...parts.map((p) => p.end));
    // Overlapping parts give their words once; a gap (the attribution) becomes an ellipsis.
    const text = mergedSpanText(sourceOf(ctx, first.sourceId).body, parts);
    ctx.db
      .prepare(
        'UPDATE candidates SET start = ?, end = ?, text = ?, confidence = ?, updated_at = ? WHERE id = ?',
      )
      .run(start, end, text, Math.min(...parts.map((p) => p.confidence)), ctx.now, first.id);
    for (const part of parts.slice(1)) setStatus(ctx, part.id, 'merged');
    ctx.describe(`Merge ${parts.length} proposed statements`);
    return getCandidate(ctx, first.id);
  },
};
