import type { ActorKind, DateOrigin, DatePrecision, Statement, StatementKind } from '../api/types';
import { notFound } from '../errors';
import { SAID_ON_FROM_SQL } from '../../db/hot-queries';
import type { Ctx } from './context';

/** The joined columns every statement listing returns, and how they become a `Statement`. */
export const STATEMENT_SELECT = `SELECT s.id, s.speaker_id, sp.name AS speaker_name, sp.kind AS speaker_kind, s.source_id, src.title AS source_title, src.outlet AS source_outlet, src.url AS source_url,
  s.text, s.kind, s.language, s.translation, s.translation_language, s.said_on, s.said_on_precision,
  ${SAID_ON_FROM_SQL} AS said_on_from, s.role,
  s.venue, s.reported_via_id, rv.name AS reported_via_name, s.cue, s.quote_exact, s.quote_prefix,
  s.quote_suffix, s.position_start, s.position_end, s.anchor_status, s.created_at, s.updated_at
FROM statements s
JOIN actors sp ON sp.id = s.speaker_id
LEFT JOIN sources src ON src.id = s.source_id
LEFT JOIN actors rv ON rv.id = s.reported_via_id`;

export interface StatementRow {
  id: string;
  speaker_id: string;
  speaker_name: string;
  speaker_kind: ActorKind;
  source_id: string | null;
  source_title: string | null;
  source_outlet: string | null;
  source_url: string | null;
  text: string;
  kind: StatementKind;
  language: string | null;
  translation: string | null;
  translation_language: string | null;
  said_on: string | null;
  said_on_precision: DatePrecision | null;
  said_on_from: DateOrigin | null;
  role: string | null;
  venue: string | null;
  reported_via_id: string | null;
  reported_via_name: string | null;
  cue: string | null;
  quote_exact: string | null;
  quote_prefix: string | null;
  quote_suffix: string | null;
  position_start: number | null;
  position_end: number | null;
  anchor_status: 'lost' | null;
  created_at: string;
  updated_at: string;
}

export function toStatement(r: StatementRow): Statement {
  return {
    id: r.id,
    speakerId: r.speaker_id,
    speakerName: r.speaker_name,
    speakerKind: r.speaker_kind,
    sourceId: r.source_id,
    sourceTitle: r.source_title,
    sourceOutlet: r.source_outlet,
    sourceUrl: r.source_url,
    text: r.text,
    kind: r.kind,
    language: r.language,
    translation: r.translation,
    translationLanguage: r.translation_language,
    saidOn: r.said_on,
    saidOnPrecision: r.said_on_precision,
    saidOnFrom: r.said_on_from,
    role: r.role,
    venue: r.venue,
    reportedViaId: r.reported_via_id,
    reportedViaName: r.reported_via_name,
    cue: r.cue,
    anchor:
      r.quote_exact === null
        ? null
        : {
            exact: r.quote_exact,
            prefix: r.quote_prefix,
            suffix: r.quote_suffix,
            start: r.position_start,
            end: r.position_end,
            lost: r.anchor_status === 'lost',
          },
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function getStatementRow(ctx: Ctx, id: string): Statement {
  const row = ctx.db.prepare<[string], StatementRow>(`${STATEMENT_SELECT} WHERE s.id = ?`).get(id);
  if (!row) throw notFound('statement', id);
  return toStatement(row);
}
