/**
 * The conflict board's rules, as pure functions over plain rows (core/service/conflicts.ts reads
 * the rows; these decide what is a flip and in which order pairs are listed).
 *
 * - A conflict is a pair (a, b) of statements on one proposition where `a` affirms and `b`
 *   denies. `a` is always the affirming side, whatever the dates. Qualifies never conflicts.
 * - A flip is a conflict whose two statements are both dated, on different dates, and were said
 *   by the same actor, or by members of one organisation, each membership current on the date
 *   its member spoke (start_date ≤ date ≤ end_date, a missing end open). Same speaker on the
 *   same day, or undated, is still a conflict but not a flip (no change over time is shown).
 * - Order within a proposition: pairs by different speakers first, then pairs with both sides
 *   dated before those with an undated side, then by the earlier date of the pair, then the later
 *   one, then by statement order (seq) of a, then b.
 * - Order of propositions: by the number of listed pairs, most first, then text, then id.
 */

const UNDATED = '\uffff';
const collator = new Intl.Collator('en');

export interface OrgSpan {
  id: string;
  name: string;
  start: string | null;
  end: string | null;
}

export interface SideRow {
  seq: number;
  speakerId: string;
  /** said_on, YYYY-MM-DD, or null when undated. */
  date: string | null;
}

export interface Pair<S extends SideRow = SideRow> {
  a: S;
  b: S;
  flip: boolean;
  organisation: { id: string; name: string } | null;
}

/** The organisations a speaker belonged to on `date` (none when the date is unknown). */
export function orgsOn(spans: readonly OrgSpan[] | undefined, date: string | null): OrgSpan[] {
  if (!spans || date === null) return [];
  return spans.filter(
    (m) => (m.start === null || m.start <= date) && (m.end === null || m.end >= date),
  );
}

/** Whether a (affirms) against b (denies) is a flip, and through which organisation. */
export function flipOf(
  a: SideRow,
  b: SideRow,
  memberships: ReadonlyMap<string, readonly OrgSpan[]>,
): { flip: boolean; organisation: { id: string; name: string } | null } {
  return flipBetween(
    a,
    b,
    orgsOn(memberships.get(a.speakerId), a.date),
    orgsOn(memberships.get(b.speakerId), b.date),
  );
}

const NO_FLIP = { flip: false, organisation: null } as const;
const OWN_FLIP = { flip: true, organisation: null } as const;

/** flipOf with each side's current organisations worked out already. */
function flipBetween(
  a: SideRow,
  b: SideRow,
  aOrgs: readonly OrgSpan[],
  bOrgs: readonly OrgSpan[],
): { flip: boolean; organisation: { id: string; name: string } | null } {
  if (a.date === null || b.date === null || a.date === b.date) return NO_FLIP;
  if (a.speakerId === b.speakerId) return OWN_FLIP;
  if (aOrgs.length === 0 || bOrgs.length === 0) return NO_FLIP;
  let best: OrgSpan | undefined;
  for (const x of aOrgs) {
    if (!bOrgs.some((y) => y.id === x.id)) continue;
    if (
      !best ||
      collator.compare(x.name, best.name) < 0 ||
      (x.name === best.name && x.id < best.id)
    )
      best = x;
  }
  return best ? { flip: true, organisation: { id: best.id, name: best.name } } : NO_FLIP;
}

/** The order of pairs within one proposition (see the module comment). */
export function comparePairs(x: Pair, y: Pair): number {
  const same = (p: Pair) => (p.a.speakerId === p.b.speakerId ? 1 : 0);
  const undated = (p: Pair) => (p.a.date === null || p.b.date === null ? 1 : 0);
  const lo = (p: Pair) => minDate(p.a.date, p.b.date);
  const hi = (p: Pair) => maxDate(p.a.date, p.b.date);
  return (
    same(x) - same(y) ||
    undated(x) - undated(y) ||
    cmp(lo(x), lo(y)) ||
    cmp(hi(x), hi(y)) ||
    x.a.seq - y.a.seq ||
    x.b.seq - y.b.seq
  );
}

function minDate(a: string | null, b: string | null): string {
  return (a ?? UNDATED) < (b ?? UNDATED) ? (a ?? UNDATED) : (b ?? UNDATED);
}
function maxDate(a: string | null, b: string | null): string {
  if (a === null || b === null) return UNDATED;
  return a > b ? a : b;
}
function cmp(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Every affirms × denies pair of one proposition, ranked; only flips when `flipsOnly`. */
export function rankedPairs<S extends SideRow>(
  affirms: readonly S[],
  denies: readonly S[],
  memberships: ReadonlyMap<string, readonly OrgSpan[]>,
  flipsOnly = false,
): Array<Pair<S>> {
  const orgs = (s: S) => orgsOn(memberships.get(s.speakerId), s.date);
  const bOrgs = denies.map(orgs);
  const keyed: Array<{ pair: Pair<S>; same: number; undated: number; lo: string; hi: string }> = [];
  for (const a of affirms) {
    const aOrgs = orgs(a);
    denies.forEach((b, j) => {
      const f = flipBetween(a, b, aOrgs, bOrgs[j]!);
      if (flipsOnly && !f.flip) return;
      keyed.push({
        pair: { a, b, ...f },
        same: a.speakerId === b.speakerId ? 1 : 0,
        undated: a.date === null || b.date === null ? 1 : 0,
        lo: minDate(a.date, b.date),
        hi: maxDate(a.date, b.date),
      });
    });
  }
  keyed.sort(
    (x, y) =>
      x.same - y.same ||
      x.undated - y.undated ||
      cmp(x.lo, y.lo) ||
      cmp(x.hi, y.hi) ||
      x.pair.a.seq - y.pair.a.seq ||
      x.pair.b.seq - y.pair.b.seq,
  );
  return keyed.map((k) => k.pair);
}

/**
 * The flip pairs of one proposition without trying every affirms × denies pair: only sides that
 * share a speaker or an organisation (current on their dates) can flip.
 */
export function flipPairs<S extends SideRow>(
  affirms: readonly S[],
  denies: readonly S[],
  memberships: ReadonlyMap<string, readonly OrgSpan[]>,
): Array<Pair<S>> {
  const keysOf = (s: S) => [
    `s:${s.speakerId}`,
    ...orgsOn(memberships.get(s.speakerId), s.date).map((m) => `o:${m.id}`),
  ];
  const byKey = new Map<string, S[]>();
  for (const d of denies) {
    if (d.date === null) continue;
    for (const key of keysOf(d)) {
      const list = byKey.get(key);
      if (list) list.push(d);
      else byKey.set(key, [d]);
    }
  }
  const pairs: Array<Pair<S>> = [];
  for (const a of affirms) {
    if (a.date === null) continue;
    const seen = new Set<S>();
    for (const key of keysOf(a)) {
      for (const b of byKey.get(key) ?? []) {
        if (seen.has(b)) continue;
        seen.add(b);
        const f = flipOf(a, b, memberships);
        if (f.flip) pairs.push({ a, b, ...f });
      }
    }
  }
  return pairs.sort(comparePairs);
}

/** Proposition order: most listed pairs first, then text, then id. */
export function compareGroups(
  x: { count: number; text: string; id: string },
  y: { count: number; text: string; id: string },
): number {
  return y.count - x.count || collator.compare(x.text, y.text) || cmp(x.id, y.id);
}
