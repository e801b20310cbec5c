import { CITATION_STYLES, type CitationStyleId } from '../../api/reports';
import type { DateStyle } from '../../api/said-on';
import type { ReportSource } from '../model';
import type { CslItem } from './csl-schema';
import { toCslItem } from './csl-json';
import { engineWith } from './engine';
import { safeCitationHtml } from './safe-html';

export type CitationStyle = CitationStyleId;
/** The styles with their labels (defined with the report contract, which validates the id). */
export { CITATION_STYLES };

export interface FormattedCitations {
  /** Each source's parenthetical in-text citation (plain text) by source id. */
  inText: Record<string, string>;
  /** Bibliography entries in the style's order: plain text and safe HTML. */
  bibliography: Array<{ id: string; text: string; html: string }>;
}

/**
 * Stands in for "<" in user text while citeproc works on it. citeproc reads <i>, <b>, <sup>,
 * <sc>, span tags and the like in its input as rich-text markup; Parallax fields are plain text,
 * so a title holding "<b>" must print "<b>". A private-use character is never markup and is put
 * back (as "<" or "&lt;") after formatting.
 */
const LT = '\uE000';

function plain(text: string): string {
  return text.replaceAll(LT, '\uFFFD').replaceAll('<', LT);
}

/**
 * User text as citeproc should see it: no markup, and in a nocase span so styles do not change
 * its case (Chicago title-cases titles: "javascript:alert(1)" would print as
 * "Javascript:Alert(1)", and a quoted official's words should print as written).
 */
function verbatim(text: string): string {
  return `<span class="nocase">${plain(text)}</span>`;
}

function forCiteproc(item: CslItem): CslItem {
  const copy: CslItem = { ...item };
  if (copy.title !== undefined) copy.title = verbatim(copy.title);
  if (copy['container-title'] !== undefined)
    copy['container-title'] = verbatim(copy['container-title']);
  if (copy.publisher !== undefined) copy.publisher = verbatim(copy.publisher);
  // names are not case-changed, and citeproc prints a nocase span in a name as it is
  copy.author = copy.author?.map((n) => ('literal' in n ? { literal: plain(n.literal) } : n));
  return copy;
}

const restoreText = (text: string) => text.replaceAll(LT, '<').trim();
const restoreHtml = (html: string) => html.replaceAll(LT, '&lt;');

/**
 * In-text citations and a bibliography for these sources in a CSL style (citeproc-js). Sources
 * are cited together, so the style disambiguates them ("2017a", "2017b").
 */
export function formatCitations(
  sources: ReportSource[],
  style: CitationStyle,
  dateStyle?: DateStyle,
): FormattedCitations {
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
  if (unique.length === 0) return { inText: {}, bibliography: [] };
  const engine = engineWith(style, unique.map(toCslItem).map(forCiteproc), dateStyle);

  engine.setOutputFormat('html');
  const html = engine.makeBibliography();
  engine.setOutputFormat('text');
  const text = engine.makeBibliography();
  if (!html || !text) throw new Error(`citation style ${style} has no bibliography`);

  const bibliography = html[0].entry_ids.map((ids, i) => ({
    id: ids[0]!,
    text: restoreText(text[1][i] ?? ''),
    html: restoreHtml(safeCitationHtml(html[1][i] ?? '')),
  }));
  const inText: Record<string, string> = {};
  for (const s of unique) inText[s.id] = restoreText(engine.makeCitationCluster([{ id: s.id }]));
  return { inText, bibliography };
}
