/**
 * Metadata an HTML page states about itself, read before Readability (which changes the
 * document): canonical address, Open Graph and article tags, dates, language.
 */

/** The little of linkedom's Document this reads. */
export interface MetaDocument {
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null }>;
  documentElement: { getAttribute(name: string): string | null } | null;
}

export interface PageMeta {
  url: string | null;
  title: string | null;
  author: string | null;
  outlet: string | null;
  published: string | null;
  language: string | null;
}

/** The content of the first `<meta>` whose property, name or itemprop is one of `keys`. */
function meta(doc: MetaDocument, keys: string[]): string | null {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key =
      el.getAttribute('property') ??
      el.getAttribute('name') ??
      el.getAttribute('itemprop') ??
      el.getAttribute('http-equiv');
    const content = el.getAttribute('content')?.trim();
    if (key && content && wanted.has(key.trim().toLowerCase())) return content;
  }
  return null;
}

/** An absolute http(s) address, or null. */
export function httpUrl(value: string | null | undefined, base?: string | null): string | null {
  if (!value) return null;
  try {
    const url = base ? new URL(value.trim(), base) : new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function canonical(doc: MetaDocument, base: string | null): string | null {
  for (const link of Array.from(doc.querySelectorAll('link[rel]'))) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('canonical')) {
      const url = httpUrl(link.getAttribute('href'), base);
      if (url) return url;
    }
  }
  return null;
}

function isRealDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/**
 * The calendar date of a timestamp as the publisher wrote it: "2017-10-17T23:30:00+03:00" is
 * 2017-10-17 (where it was published), not 2017-10-17T20:30Z's date converted elsewhere.
 */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const written = /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(value)?.[1];
  if (written) return isRealDate(written) ? written : null;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return null;
  // A date without an offset is read in local time; take its local calendar date back.
  const d = new Date(time);
  const date = [d.getFullYear(), d.getMonth() + 1, d.getDate()]
    .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0'))
    .join('-');
  return isRealDate(date) ? date : null;
}

/** A BCP 47-looking tag ("en", "ar-IQ", "fa_IR" → "fa-IR"), or null. */
export function languageTag(value: string | null | undefined): string | null {
  const tag = value?.trim().replace(/_/g, '-');
  if (!tag || tag.length > 35 || !/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return null;
  return tag;
}

export function pageMeta(doc: MetaDocument): PageMeta {
  const ogUrl = httpUrl(meta(doc, ['og:url', 'twitter:url']));
  return {
    url: canonical(doc, ogUrl) ?? ogUrl,
    title: meta(doc, ['og:title', 'twitter:title', 'dc.title', 'dcterms.title']),
    author: meta(doc, ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'byl']),
    outlet: meta(doc, ['og:site_name', 'application-name']),
    published: isoDate(
      meta(doc, [
        'article:published_time',
        'og:article:published_time',
        'datePublished',
        'date',
        'pubdate',
        'publishdate',
        'dc.date',
        'dc.date.issued',
        'dcterms.date',
        'dcterms.issued',
      ]),
    ),
    language:
      languageTag(doc.documentElement?.getAttribute('lang')) ??
      languageTag(doc.documentElement?.getAttribute('xml:lang')) ??
      languageTag(meta(doc, ['content-language', 'dc.language', 'og:locale'])),
  };
}
