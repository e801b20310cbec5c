import type { WordDiffPart } from '../diff';
import { linkableUrl } from './safe-url';

/** C0 controls other than tab and line breaks, DEL and C1 controls: HTML and XML forbid them. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Control characters a format cannot hold, shown as U+FFFD so the reader sees something was there. */
export function withoutControls(text: string): string {
  return text.replace(FORBIDDEN_CONTROLS, '\uFFFD');
}

/** The one escape for every piece of user text put into the page (content or attribute). */
export function escapeHtml(text: string | null | undefined): string {
  return withoutControls(text ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** User text in an element of its own, direction left to the browser (Arabic, Persian…). */
export function userText(tag: string, text: string | null, cls?: string, lang?: string | null) {
  const attrs = [
    cls ? ` class="${cls}"` : '',
    ' dir="auto"',
    lang ? ` lang="${escapeHtml(lang)}"` : '',
  ];
  return `<${tag}${attrs.join('')}>${escapeHtml(text)}</${tag}>`;
}

/** A link when the URL is http(s); anything else (javascript:, data:…) as plain text. */
export function link(url: string | null, label: string | null): string {
  const safe = linkableUrl(url);
  if (!safe) return userText('span', label ?? url);
  return `<a href="${escapeHtml(safe)}" rel="noopener noreferrer" dir="auto">${escapeHtml(label ?? safe)}</a>`;
}

/**
 * A statement's text with its diff marks: words only this statement has are highlighted,
 * content words both share are bold, negations underlined. Every part is escaped on its own.
 */
export function diffMarked(parts: WordDiffPart[]): string {
  return parts
    .map((part) => {
      let html = escapeHtml(part.text);
      if (part.negation) html = `<u class="neg">${html}</u>`;
      if (part.kind !== 'same') return `<mark class="own">${html}</mark>`;
      return part.shared ? `<b class="shared">${html}</b>` : html;
    })
    .join('');
}
