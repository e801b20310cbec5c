import type { SourceKind } from '../../api';
import type { ReportModel, ReportSource } from '../model';
import { linkableUrl } from '../safe-url';
import type { CslDate, CslItem, CslType } from './csl-schema';

export { CslItemSchema, type CslItem } from './csl-schema';

/**
 * Parallax source kinds as CSL types. CSL 1.0.2 has no "transcript", "video" or "press release"
 * type, so each maps to the type whose formatting fits best:
 * - article: article-newspaper when an outlet published it (news is what Parallax cites), a
 *   webpage when there is only a URL, else a bare article;
 * - transcript: speech (officials' remarks, press conferences, interviews read from transcripts);
 * - video: motion_picture (the CSL type for recorded video; "broadcast" implies a TV/radio
 *   programme, which most clips are not);
 * - press_release: report with genre "Press release" (APA prints "[Press release]"), the issuing
 *   outlet as publisher;
 * - social_post: post, the platform as container;
 * - document and other: document, the outlet as publisher.
 */
function cslType(kind: SourceKind, hasOutlet: boolean, hasUrl: boolean): CslType {
  switch (kind) {
    case 'article':
      return hasOutlet ? 'article-newspaper' : hasUrl ? 'webpage' : 'article';
    case 'transcript':
      return 'speech';
    case 'video':
      return 'motion_picture';
    case 'press_release':
      return 'report';
    case 'social_post':
      return 'post';
    case 'document':
    case 'other':
      return 'document';
  }
}

/** Kinds whose outlet is the issuing body (publisher), not a periodical or platform (container). */
const PUBLISHED_BY_OUTLET: ReadonlySet<CslType> = new Set(['report', 'document', 'speech']);

/** "2017-10-19" → {date-parts: [[2017, 10, 19]]} (also "2017-10" and "2017"); else raw. */
export function cslDate(date: string | null): CslDate | undefined {
  if (!date) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m) return { raw: date };
  const parts = [m[1], m[2], m[3]].filter((p) => p !== undefined).map(Number);
  return { 'date-parts': [parts] };
}

/**
 * One source as a CSL-JSON item. Authors are literal names: they are often organisations or
 * Arabic names, which a family/given split would get wrong.
 */
export function toCslItem(source: ReportSource): CslItem {
  const url = linkableUrl(source.url);
  const type = cslType(source.kind, source.outlet !== null && source.outlet !== '', url !== null);
  const item: CslItem = { id: source.id, type, title: source.title };
  if (source.author) item.author = [{ literal: source.author }];
  if (source.outlet) {
    if (PUBLISHED_BY_OUTLET.has(type)) item.publisher = source.outlet;
    else item['container-title'] = source.outlet;
  }
  if (source.kind === 'press_release') item.genre = 'Press release';
  if (url) item.URL = url;
  const issued = cslDate(source.publishedOn);
  if (issued) item.issued = issued;
  // the date the researcher fetched it, in UTC as retrievedAt is stored
  const accessed = cslDate(source.retrievedAt);
  if (accessed) item.accessed = accessed;
  return item;
}

/** The report's sources as a CSL-JSON array (Zotero, Pandoc, citeproc import it), in order. */
export function renderCslJson(model: ReportModel): string {
  return `${JSON.stringify(model.sources.map(toCslItem), null, 2)}\n`;
}
