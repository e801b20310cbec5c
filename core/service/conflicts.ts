import type { Database } from 'better-sqlite3';
import type { conflictMethods } from '../api/conflicts';
import type {
  Conflict,
  ConflictSide,
  DateOrigin,
  DatePrecision,
  StanceValue,
  StatementKind,
} from '../api/types';
import {
  compareGroups,
  flipPairs,
  rankedPairs,
  type OrgSpan,
  type Pair,
  type SideRow,
} from '../conflicts/rank';
import {
  CONFLICT_COUNTS,
  CONFLICT_COUNTS_ONE,
  CONFLICT_SIDES,
  SAID_ON_FROM_SQL,
} from '../../db/hot-queries';
import { mustExist, prepared, type Ctx } from './context';
import type { Handlers } from './handlers';

/**
 * The conflict board (see core/conflicts/rank.ts for the rules). The ranked list of pairs is
 * never built whole — 10,000 propositions of 100 statements make 25 million pairs. Instead:
 * per proposition counts (affirms × denies, from the covering index), the propositions ranked
 * by them, and only the propositions the page falls into have their pairs read and ranked.
 * Flips need each statement's speaker and date, a pass over every stance joined to its
 * statement; their per-proposition counts are kept per connection until the workspace changes.
 */

interface Group {
  id: string;
  text: string;
  count: number;
}

interface SideRowFull extends SideRow {
  stance: StanceValue;
  id: string;
  speaker: string;
  text: string;
  kind: StatementKind;
  datePrecision: DatePrecision | null;
  dateFrom: DateOrigin | null;
}

function countsToGroups(ctx: Ctx, rows: CountRow[]): Group[] {
  const counts = new Map<string, { affirms: number; denies: number }>();
  for (const { id, stance, n } of rows) {
    let c = counts.get(id);
    if (!c) counts.set(id, (c = { affirms: 0, denies: 0 }));
    if (stance === 'affirms') c.affirms = n;
    else c.denies = n;
  }
  const withPairs = new Map<string, number>();
  for (const [id, c] of counts)
    if (c.affirms > 0 && c.denies > 0) withPairs.set(id, c.affirms * c.denies);
  return withTexts(ctx, withPairs);
}

function withTexts(ctx: Ctx, counts: Map<string, number>): Group[] {
  if (counts.size === 0) return [];
  const groups: Group[] = [];
  if (counts.size <= 50) {
    const one = prepared(ctx.db, 'SELECT text FROM propositions WHERE id = ?');
    for (const [id, count] of counts) {
      const row = one.get(id) as { text: string } | undefined;
      if (row) groups.push({ id, text: row.text, count });
    }
  } else {
    const all = prepared(ctx.db, 'SELECT id, text FROM propositions').raw(true);
    for (const [id, text] of all.iterate() as Iterable<[string, string]>) {
      const count = counts.get(id);
      if (count !== undefined) groups.push({ id, text, count });
    }
    all.raw(false);
  }
  return groups.sort(compareGroups);
}

function membershipsOf(db: Database, speakerIds: Iterable<string>): Map<string, OrgSpan[]> {
  const query = prepared(
    db,
    `SELECT m.organisation_id AS id, o.name, m.start_date AS start, m.end_date AS "end"
     FROM memberships m JOIN actors o ON o.id = m.organisation_id WHERE m.actor_id = ?`,
  );
  const map = new Map<string, OrgSpan[]>();
  for (const id of speakerIds) {
    if (map.has(id)) continue;
    const spans = query.all(id) as OrgSpan[];
    if (spans.length > 0) map.set(id, spans);
  }
  return map;
}

function allMemberships(db: Database): Map<string, OrgSpan[]> {
  const rows = prepared(
    db,
    `SELECT m.actor_id AS actorId, m.organisation_id AS id, o.name, m.start_date AS start, m.end_date AS "end"
     FROM memberships m JOIN actors o ON o.id = m.organisation_id`,
  ).all() as Array<OrgSpan & { actorId: string }>;
  const map = new Map<string, OrgSpan[]>();
  for (const { actorId, ...span } of rows) {
    const list = map.get(actorId);
    if (list) list.push(span);
    else map.set(actorId, [span]);
  }
  return map;
}

// ---------------------------------------------------------------------------------------------
// Flip counts, cached per connection

const flipCache = new WeakMap<
  Database,
  { key: string; flips: Map<string, Array<Pair<SideRow>>> }
>();

/** Changes on this connection (total_changes) or any other (data_version) invalidate the cache. */
function changeKey(db: Database): string {
  const changes = (prepared(db, 'SELECT total_changes() AS n').get() as { n: number }).n;
  return `${changes}:${String(db.pragma('data_version', { simple: true }))}`;
}

const DATED_SIDES_ALL = `
  SELECT st.proposition_id, st.stance, s.seq, s.speaker_id, s.said_on
  FROM stances st JOIN statements s ON s.id = st.statement_id
  WHERE st.stance IN ('affirms', 'denies') AND s.said_on IS NOT NULL
  ORDER BY st.proposition_id`;

/** Every flip, ranked, by proposition: worked out once, kept until the workspace changes. */
function allFlips(db: Database): Map<string, Array<Pair<SideRow>>> {
  const key = changeKey(db);
  const cached = flipCache.get(db);
  if (cached?.key === key) return cached.flips;
  const memberships = allMemberships(db);
  const flips = new Map<string, Array<Pair<SideRow>>>();
  let current: string | null = null;
  let affirms: SideRow[] = [];
  let denies: SideRow[] = [];
  const flush = () => {
    if (current !== null && affirms.length > 0 && denies.length > 0) {
      const pairs = flipPairs(affirms, denies, memberships);
      if (pairs.length > 0) flips.set(current, pairs);
    }
    affirms = [];
    denies = [];
  };
  const rows = prepared(db, DATED_SIDES_ALL).raw(true);
  try {
    for (const [propositionId, stance, seq, speakerId, date] of rows.iterate() as Iterable<
      [string, string, number, string, string]
    >) {
      if (propositionId !== current) {
        flush();
        current = propositionId;
      }
      (stance === 'affirms' ? affirms : denies).push({ seq, speakerId, date });
    }
    flush();
  } finally {
    rows.raw(false);
  }
  flipCache.set(db, { key, flips });
  return flips;
}

type CountRow = { id: string; stance: string; n: number };

const groupCache = new WeakMap<Database, { key: string; groups: Group[] }>();

/**
 * Every proposition with conflicts, ranked, with its number of pairs: one pass over the covering
 * index (about 0.1 s at a million stances), kept until the workspace changes.
 */
function allGroups(ctx: Ctx): Group[] {
  const key = changeKey(ctx.db);
  const cached = groupCache.get(ctx.db);
  if (cached?.key === key) return cached.groups;
  const groups = countsToGroups(ctx, prepared(ctx.db, CONFLICT_COUNTS).all() as CountRow[]);
  groupCache.set(ctx.db, { key, groups });
  return groups;
}

// ---------------------------------------------------------------------------------------------

function side(row: SideRowFull): ConflictSide {
  return {
    statementId: row.id,
    speakerId: row.speakerId,
    speaker: row.speaker,
    text: row.text,
    kind: row.kind,
    stance: row.stance,
    date: row.date,
    datePrecision: row.datePrecision,
    dateFrom: row.dateFrom,
  };
}

/** The pairs of one proposition from `from` to `to` (exclusive) in its ranked order. */
function groupPage(
  ctx: Ctx,
  group: Group,
  flipsOnly: boolean,
  from: number,
  to: number,
): Conflict[] {
  const rows = prepared(ctx.db, CONFLICT_SIDES).all(group.id) as SideRowFull[];
  const affirms = rows.filter((r) => r.stance === 'affirms');
  const denies = rows.filter((r) => r.stance === 'denies');
  const memberships = membershipsOf(
    ctx.db,
    rows.map((r) => r.speakerId),
  );
  const pairs = flipsOnly
    ? flipPairs(affirms, denies, memberships)
    : rankedPairs(affirms, denies, memberships);
  return pairs.slice(from, to).map((p) => ({
    proposition: { id: group.id, text: group.text },
    a: side(p.a),
    b: side(p.b),
    flip: p.flip,
    organisation: p.organisation,
  }));
}

const SIDE_BY_SEQ = `
  SELECT s.id, s.speaker_id AS speakerId, a.name AS speaker, s.text, s.kind, s.said_on AS date,
    s.said_on_precision AS datePrecision, ${SAID_ON_FROM_SQL} AS dateFrom
  FROM statements s JOIN actors a ON a.id = s.speaker_id WHERE s.seq = ?`;

/** The cached flips of one proposition from `from` to `to`, their statements read by seq. */
function flipPage(
  ctx: Ctx,
  group: Group,
  pairs: Array<Pair<SideRow>>,
  from: number,
  to: number,
): Conflict[] {
  const bySeq = prepared(ctx.db, SIDE_BY_SEQ);
  const read = (row: SideRow, stance: StanceValue) => {
    const r = bySeq.get(row.seq) as Omit<ConflictSide, 'statementId' | 'stance'> & { id: string };
    return side({ ...r, seq: row.seq, stance });
  };
  return pairs.slice(from, to).map((p) => ({
    proposition: { id: group.id, text: group.text },
    a: read(p.a, 'affirms'),
    b: read(p.b, 'denies'),
    flip: true,
    organisation: p.organisation,
  }));
}

export const conflictHandlers: Handlers<keyof typeof conflictMethods> = {
  listConflicts(ctx, { propositionId, flipsOnly, limit, offset }) {
    if (propositionId !== undefined) mustExist(ctx, 'propositions', 'proposition', propositionId);
    let groups: Group[];
    let cached: Map<string, Array<Pair<SideRow>>> | null = null;
    if (flipsOnly && propositionId === undefined) {
      cached = allFlips(ctx.db);
      groups = withTexts(ctx, new Map([...cached].map(([id, pairs]) => [id, pairs.length])));
    } else if (flipsOnly) {
      const text = (
        prepared(ctx.db, 'SELECT text FROM propositions WHERE id = ?').get(propositionId) as {
          text: string;
        }
      ).text;
      const rows = prepared(ctx.db, CONFLICT_SIDES).all(propositionId) as SideRowFull[];
      const memberships = membershipsOf(
        ctx.db,
        rows.map((r) => r.speakerId),
      );
      const count = flipPairs(
        rows.filter((r) => r.stance === 'affirms'),
        rows.filter((r) => r.stance === 'denies'),
        memberships,
      ).length;
      groups = count > 0 ? [{ id: propositionId!, text, count }] : [];
    } else {
      groups =
        propositionId === undefined
          ? allGroups(ctx)
          : countsToGroups(
              ctx,
              prepared(ctx.db, CONFLICT_COUNTS_ONE).all(propositionId) as CountRow[],
            );
    }
    let total = 0;
    for (const g of groups) total += g.count;
    const items: Conflict[] = [];
    let start = 0;
    for (const group of groups) {
      if (items.length >= limit) break;
      const end = start + group.count;
      if (end > offset) {
        const from = Math.max(0, offset - start);
        const to = Math.min(group.count, from + limit - items.length);
        items.push(
          ...(cached
            ? flipPage(ctx, group, cached.get(group.id)!, from, to)
            : groupPage(ctx, group, flipsOnly, from, to)),
        );
      }
      start = end;
    }
    return { items, total };
  },
};
