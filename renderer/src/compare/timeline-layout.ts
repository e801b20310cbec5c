import type { DatePrecision, StanceValue } from '../../../core/api';
import { coveredDays, fitPxPerDay, ticksFor, type Tick } from './timeline-scale';

/**
 * Where everything on the timeline goes. Affirming statements sit above a channel, denying ones
 * below it and qualifying ones under those; each conflict is a line from an affirming bar down
 * through the channel to a denying bar. Within a band, statements that would collide take
 * further rows (lanes), so no two labels overlap, and a label is never put where a conflict line
 * has to pass on its way to the channel. Pure, so it is tested without a browser.
 */

export interface TimelineItem {
  statementId: string;
  speaker: string;
  stance: StanceValue;
  /** YYYY-MM-DD; null for an undated statement (shown, when asked, in a row of its own). */
  date: string | null;
  precision: DatePrecision | null;
  /** The date is the source's publication date, the text giving none. */
  fromSource: boolean;
}

export interface TimelineConflict {
  /** The affirming statement's id and the denying one's. */
  a: string;
  b: string;
  flip: boolean;
  title: string;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Band = StanceValue | 'undated';

export interface PlacedItem extends TimelineItem {
  band: Band;
  row: number;
  bar: Rect;
  /** The speaker's name: its box (text is drawn on `label.y + LABEL_BASELINE`). */
  label: Rect;
}

export interface ConflictPath extends TimelineConflict {
  /** SVG path data. */
  d: string;
  /** The line's straight parts inside the bands (the rest stays in the channel). */
  verticals: Array<{ x: number; y0: number; y1: number }>;
}

export interface TimelineLayout {
  first: number;
  last: number;
  pxPerDay: number;
  width: number;
  height: number;
  bands: Array<{ band: Band; top: number; bottom: number }>;
  channel: { top: number; bottom: number };
  axis: { y: number; x0: number; x1: number; ticks: Array<Tick & { x: number }> };
  placed: PlacedItem[];
  conflicts: ConflictPath[];
}

export interface LayoutInput {
  items: TimelineItem[];
  conflicts: TimelineConflict[];
  /** Pixels per day; without it, the zoom that fits every dated statement into `viewWidth`. */
  pxPerDay?: number;
  viewWidth: number;
  /** Draw undated statements in a row of their own under the axis. */
  showUndated: boolean;
  /** The width of a label's text in pixels, as the view will draw it. */
  measure: (text: string) => number;
}

/** Room on the left for the bands' names. */
export const GUTTER = 88;
const RIGHT_PAD = 16;
const TOP_PAD = 8;
const ROW = 28;
const CHANNEL = 48;
const BAND_GAP = 14;
const AXIS_HEIGHT = 30;
const BAR_HEIGHT = 8;
const LABEL_HEIGHT = 14;
/** Where the text's baseline sits in its label box. */
export const LABEL_BASELINE = 11;
/** A label starts a little right of its bar's start, a conflict line leaves just right of it. */
const LABEL_INDENT = 6;
const CONNECTOR_INSET = 2;
/** Room kept clear around a label (from other boxes, and from lines). */
const BOX_GAP = 10;
const LINE_CLEARANCE = 3;
const MIN_BAR = 6;
const CHIP_PAD = 8;
/** How far apart lines between the same two days bow in the channel. */
const BOW = 18;

interface Slot {
  item: TimelineItem;
  barX: number;
  barWidth: number;
  labelWidth: number;
  /** Where its conflict line runs, for a statement in a conflict. */
  connector: number | null;
  row: number;
}

const labelStart = (s: Slot) => s.barX + LABEL_INDENT;
const boxEnd = (s: Slot) => Math.max(s.barX + s.barWidth, labelStart(s) + s.labelWidth);
const labelCovers = (s: Slot, x: number) =>
  x >= labelStart(s) - LINE_CLEARANCE && x <= labelStart(s) + s.labelWidth + LINE_CLEARANCE;

/**
 * The first row (0 nearest the channel) where `slot` fits: clear of every box in that row, its
 * conflict line clear of the labels in the rows it crosses, its label clear of the lines that
 * cross its row. A row past all the others always fits (see `assignRows` for why).
 */
function rowFor(slot: Slot, placed: Slot[]): number {
  // Bounded all the same: with one row per statement something always fits.
  for (let row = 0; row < placed.length; row++) {
    const fits = placed.every((other) => {
      if (other.row === row)
        return boxEnd(other) + BOX_GAP <= slot.barX || boxEnd(slot) + BOX_GAP <= other.barX;
      if (other.row < row) return slot.connector === null || !labelCovers(other, slot.connector);
      return other.connector === null || !labelCovers(slot, other.connector);
    });
    if (fits) return row;
  }
  return placed.length;
}

/**
 * Rows for one band's statements. Those in conflicts go first, latest first: every label placed
 * before a statement then starts right of its line (labels are indented, lines are not), so a
 * row beyond the others is always free of them. The rest follow in date order.
 */
function assignRows(slots: Slot[]): void {
  const inConflict = slots.filter((s) => s.connector !== null).sort((a, b) => b.barX - a.barX);
  const others = slots.filter((s) => s.connector === null).sort((a, b) => a.barX - b.barX);
  const placed: Slot[] = [];
  for (const slot of [...inConflict, ...others]) {
    slot.row = rowFor(slot, placed);
    placed.push(slot);
  }
}

const rowCount = (slots: Slot[]) => Math.max(1, ...slots.map((s) => s.row + 1));

export function layoutTimeline(input: LayoutInput): TimelineLayout {
  const { measure } = input;
  const dated = input.items.filter((i) => i.date !== null);
  const spans = new Map(dated.map((i) => [i, coveredDays(i.date!, i.precision ?? 'day')]));
  const first = dated.length ? Math.min(...dated.map((i) => spans.get(i)!.start)) : 0;
  const last = dated.length ? Math.max(...dated.map((i) => spans.get(i)!.end)) : 1;
  const widestLabel = Math.max(0, ...dated.map((i) => measure(i.speaker)));
  const labelRoom = Math.min(widestLabel + LABEL_INDENT, input.viewWidth * 0.3);
  const pxPerDay =
    input.pxPerDay ?? fitPxPerDay(first, last, input.viewWidth - GUTTER - RIGHT_PAD - labelRoom);

  const ids = new Set(dated.map((i) => i.statementId));
  const linked = new Set(
    input.conflicts.filter((c) => ids.has(c.a) && ids.has(c.b)).flatMap((c) => [c.a, c.b]),
  );
  const slots = dated.map((item): Slot => {
    const span = spans.get(item)!;
    const barX = GUTTER + (span.start - first) * pxPerDay;
    return {
      item,
      barX,
      barWidth: Math.max(MIN_BAR, (span.end - span.start) * pxPerDay),
      labelWidth: measure(item.speaker),
      connector: linked.has(item.statementId) ? barX + CONNECTOR_INSET : null,
      row: 0,
    };
  });
  const inBand = (band: StanceValue) => slots.filter((s) => s.item.stance === band);
  for (const band of ['affirms', 'denies', 'qualifies'] as const) assignRows(inBand(band));

  // Bands from the top: affirms (rows counted upwards from the channel), the channel, denies
  // and qualifies (rows counted downwards), the axis, and the undated row if shown.
  const affirmsTop = TOP_PAD;
  const affirmsBottom = affirmsTop + rowCount(inBand('affirms')) * ROW;
  const channel = { top: affirmsBottom, bottom: affirmsBottom + CHANNEL };
  const deniesBottom = channel.bottom + rowCount(inBand('denies')) * ROW;
  const qualifiesTop = deniesBottom + BAND_GAP;
  const qualifiesBottom = qualifiesTop + rowCount(inBand('qualifies')) * ROW;
  const axisY = qualifiesBottom + BAND_GAP;

  const placed: PlacedItem[] = slots.map((s) => {
    const above = s.item.stance === 'affirms';
    const rowTop = above
      ? affirmsBottom - (s.row + 1) * ROW
      : (s.item.stance === 'denies' ? channel.bottom : qualifiesTop) + s.row * ROW;
    // A label sits on the far side of its bar from the channel, out of the lines' way.
    const barY = above ? rowTop + ROW - 2 - BAR_HEIGHT : rowTop + 2;
    const labelY = above ? barY - 2 - LABEL_HEIGHT : barY + BAR_HEIGHT + 2;
    return {
      ...s.item,
      band: s.item.stance,
      row: s.row,
      bar: { x: s.barX, y: barY, width: s.barWidth, height: BAR_HEIGHT },
      label: { x: labelStart(s), y: labelY, width: s.labelWidth, height: LABEL_HEIGHT },
    };
  });

  const byId = new Map(placed.map((p) => [p.statementId, p]));
  // Lines between statements that start on the same days would be drawn one on another: each
  // bends at its own height in the channel (and bows, see below), so every one can be seen.
  const drawn = input.conflicts.filter((c) => {
    const a = byId.get(c.a);
    const b = byId.get(c.b);
    return a && b && a.band === 'affirms' && b.band === 'denies';
  });
  const pairKey = (c: TimelineConflict) => `${byId.get(c.a)!.bar.x}:${byId.get(c.b)!.bar.x}`;
  const shared = new Map<string, number>();
  for (const c of drawn) shared.set(pairKey(c), (shared.get(pairKey(c)) ?? 0) + 1);
  const bent = new Map<string, number>();
  const conflicts: ConflictPath[] = drawn.map((c) => {
    const a = byId.get(c.a)!;
    const b = byId.get(c.b)!;
    const xa = a.bar.x + CONNECTOR_INSET;
    const xb = b.bar.x + CONNECTOR_INSET;
    const ya = a.bar.y + BAR_HEIGHT;
    const yb = b.bar.y;
    const key = pairKey(c);
    const nth = (bent.get(key) ?? 0) + 1;
    bent.set(key, nth);
    const mid = channel.top + (nth / (shared.get(key)! + 1)) * CHANNEL;
    // Between statements on the same days the line would be straight whatever its height:
    // each after the first also bows to the right, by more the later it comes.
    const bow = (nth - 1) * BOW;
    return {
      ...c,
      d: `M${xa},${ya} V${channel.top} C${xa + bow},${mid} ${xb + bow},${mid} ${xb},${channel.bottom} V${yb}`,
      verticals: [
        { x: xa, y0: ya, y1: channel.top },
        { x: xb, y0: channel.bottom, y1: yb },
      ],
    };
  });

  const axisEnd = GUTTER + (last - first) * pxPerDay;
  let width = Math.max(
    axisEnd,
    ...placed.map((p) => Math.max(p.bar.x + p.bar.width, p.label.x + p.label.width)),
  );
  width += RIGHT_PAD;
  const ticks = ticksFor(first, last, pxPerDay, measure).map((t) => ({
    ...t,
    x: GUTTER + (t.day - first) * pxPerDay,
  }));

  const bands: TimelineLayout['bands'] = [
    { band: 'affirms', top: affirmsTop, bottom: affirmsBottom },
    { band: 'denies', top: channel.bottom, bottom: deniesBottom },
    { band: 'qualifies', top: qualifiesTop, bottom: qualifiesBottom },
  ];
  let height = axisY + AXIS_HEIGHT;
  if (input.showUndated) {
    const row = undatedRow(
      input.items.filter((i) => i.date === null),
      height,
      Math.max(width, input.viewWidth),
      measure,
    );
    placed.push(...row.placed);
    bands.push({ band: 'undated', top: height, bottom: row.bottom });
    height = row.bottom + TOP_PAD;
  }
  return {
    first,
    last,
    pxPerDay,
    width,
    height,
    bands,
    channel,
    axis: { y: axisY, x0: GUTTER, x1: axisEnd, ticks },
    placed,
    conflicts,
  };
}

/** Undated statements as chips side by side under the axis, wrapping at `maxWidth`. */
function undatedRow(
  items: TimelineItem[],
  top: number,
  maxWidth: number,
  measure: (text: string) => number,
): { placed: PlacedItem[]; bottom: number } {
  const placed: PlacedItem[] = [];
  let x = GUTTER;
  let row = 0;
  for (const item of items) {
    const labelWidth = measure(item.speaker);
    const chipWidth = labelWidth + 2 * CHIP_PAD;
    if (x > GUTTER && x + chipWidth > maxWidth - RIGHT_PAD) {
      x = GUTTER;
      row++;
    }
    const y = top + row * ROW + 2;
    placed.push({
      ...item,
      band: 'undated',
      row,
      bar: { x, y, width: chipWidth, height: ROW - 6 },
      label: {
        x: x + CHIP_PAD,
        y: y + (ROW - 6 - LABEL_HEIGHT) / 2,
        width: labelWidth,
        height: LABEL_HEIGHT,
      },
    });
    x += chipWidth + BOX_GAP;
  }
  return { placed, bottom: top + Math.max(1, row + 1) * ROW };
}
