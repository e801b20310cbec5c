import { escapeHtml } from '../html';

/**
 * The only markup a formatted citation may carry: what CSL styles use for titles, small caps and
 * ordinals. Matched as exact strings, so no attribute can ride along.
 */
const ALLOWED: Record<string, string> = {
  '<i>': '</i>',
  '<b>': '</b>',
  '<sup>': '</sup>',
  '<sub>': '</sub>',
  '<span style="font-variant:small-caps;">': '</span>',
};
const CLOSERS = new Set(Object.values(ALLOWED));

const TOKEN =
  /<i>|<\/i>|<b>|<\/b>|<sup>|<\/sup>|<sub>|<\/sub>|<span style="font-variant:small-caps;">|<\/span>|[^<]+|</g;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Undoes citeproc's own escaping (&#38; &#60; &#62; …) so the text can be escaped our way. */
function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos));/gi,
    (m, d, h, n) => {
      if (n) return NAMED[(n as string).toLowerCase()]!;
      const code = d ? Number(d) : parseInt(h as string, 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : m;
    },
  );
}

/**
 * citeproc's HTML for one entry made safe for any page: the csl-entry div removed, the allowed
 * tags kept (balanced), every other character run decoded and escaped again with escapeHtml, so
 * whatever citeproc left unescaped, or markup it made that is not allowed, shows as text.
 */
export function safeCitationHtml(html: string): string {
  const entry = /^\s*<div class="csl-entry">([\s\S]*)<\/div>\s*$/.exec(html);
  const body = entry ? entry[1]! : html;
  const open: string[] = [];
  let out = '';
  for (const [token] of body.matchAll(TOKEN)) {
    const closer = ALLOWED[token];
    if (closer) {
      open.push(closer);
      out += token;
    } else if (CLOSERS.has(token) && open.at(-1) === token) {
      open.pop();
      out += token;
    } else {
      out += escapeHtml(decodeEntities(token));
    }
  }
  // an opener citeproc never closed is closed here rather than left to swallow the page
  return out + open.reverse().join('');
}
