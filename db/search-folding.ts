/**
 * Arabic-script folding for full-text search.
 *
 * FTS5's unicode61 tokenizer only strips Latin diacritics, and without help it splits vocalised
 * Arabic (مُحَمَّد) into single letters. We index a folded copy of the text instead: harakat and
 * tatweel removed, alef forms unified, Arabic yeh/kaf mapped to their Persian forms so that
 * Arabic and Persian spellings of one name (علي / علی) match. The same table drives the SQL used
 * by the FTS triggers and the JavaScript applied to queries, so both always agree.
 */
const REMOVED = [
  '\u064B',
  '\u064C',
  '\u064D',
  '\u064E',
  '\u064F',
  '\u0650',
  '\u0651',
  '\u0652', // harakat
  '\u0670', // superscript alef
  '\u0640', // tatweel
];

const REPLACED: Array<[string, string]> = [
  ['\u0623', '\u0627'], // أ → ا
  ['\u0625', '\u0627'], // إ → ا
  ['\u0622', '\u0627'], // آ → ا
  ['\u0671', '\u0627'], // ٱ → ا
  ['\u064A', '\u06CC'], // ي → ی
  ['\u0649', '\u06CC'], // ى → ی
  ['\u0643', '\u06A9'], // ك → ک
];

const FOLDS: Array<[string, string]> = [
  ...REMOVED.map((c): [string, string] => [c, '']),
  ...REPLACED,
];

/** SQL expression that folds `expr` (a column or expression) the way `foldText` does. */
export function foldSql(expr: string): string {
  return FOLDS.reduce((acc, [from, to]) => `replace(${acc}, '${from}', '${to}')`, expr);
}

/** Fold a JavaScript string for matching against the indexed text. */
export function foldText(text: string): string {
  let out = text.normalize('NFC');
  for (const [from, to] of FOLDS) out = out.split(from).join(to);
  return out;
}

/**
 * How much of a source's text full-text search indexes: its first 1,000,000 characters (about
 * 400 pages of prose), as Zotero indexes the first 500,000 characters of an attachment and
 * Elasticsearch highlights within the first 1,000,000. Every news text, transcript and report
 * fits whole; past this, a text (a 100 MB dump of 35 M characters) is stored, shown, compared
 * and read by the extractor whole, but its search index and snippets cover only this prefix.
 * Folding costs one copy of the text per `replace` in `foldSql` (17), all held until the
 * statement ends, and FTS5 re-tokenizes a hit's whole column for its snippet: capped, an import
 * and a search stay within bounded time and memory whatever the length of the text.
 *
 * The triggers and the view of migration 0005 are built from it: changing it needs a new
 * migration that rebuilds `sources_fts`.
 */
export const SOURCE_INDEX_CHARS = 1_000_000;

/** SQL for the indexed (capped, folded) text of a source body column or expression. */
export function sourceIndexSql(expr: string): string {
  return foldSql(`substr(${expr}, 1, ${SOURCE_INDEX_CHARS})`);
}

export const FTS_TOKENIZER = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'";
