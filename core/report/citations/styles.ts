// CSL style and locale XML from the installed packages (never copied into the repo, so licences
// and upstream fixes stay with the packages). Static imports, so the Electron main bundle
// carries them: the packaged app ships no node_modules but better-sqlite3.
import styles from '@citation-js/plugin-csl/lib/styles.json' with { type: 'json' };
import locales from '@citation-js/plugin-csl/lib/locales.json' with { type: 'json' };
// rehype-citation exports its styles only through a "./node/" folder mapping, which Node 17+
// no longer resolves (tsx and the CLI would fail), so the file is imported by its path
import chicago from '../../../node_modules/rehype-citation/dist/node/styles/chicago.js';

/** @citation-js/plugin-csl's APA 7th edition. */
export function apaStyleXml(): string {
  return expectXml(styles.apa, '<style', '@citation-js/plugin-csl styles.json "apa"');
}

/** rehype-citation's Chicago Manual of Style 17th edition (author-date). */
export function chicagoAuthorDateXml(): string {
  return expectXml(chicago, '<style', 'rehype-citation styles/chicago.js');
}

/** The en-US CSL locale shipped with @citation-js/plugin-csl. */
export function enUsLocaleXml(): string {
  return expectXml(locales['en-US'], '<locale', '@citation-js/plugin-csl locales.json "en-US"');
}

/** The XML, checked, so a package update that moves it fails loudly rather than citing oddly. */
function expectXml(xml: unknown, root: string, where: string): string {
  if (typeof xml !== 'string' || !xml.includes(root))
    throw new Error(`CSL XML not found in ${where}`);
  return xml;
}
