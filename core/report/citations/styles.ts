// CSL style and locale XML from the installed packages (never copied into the repo, so licences
// and upstream fixes stay with the packages). Static imports, so the Electron main bundle
// carries them: the packaged app ships no node_modules but better-sqlite3.
import styles from '@citation-js/plugin-csl/lib/styles.json' with { type: 'json' };
import locales from '@citation-js/plugin-csl/lib/locales.json' with { type: 'json' };
// rehype-citation exports its styles only through a "./node/" folder mapping, which Node 17+
// no longer resolves (tsx and the CLI would fail), so the file is imported by its path
import type { DateStyle } from '../../api/said-on';
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

/**
 * The en-US locale with its written-out date in the report's date style, so the bibliography's
 * dates read like the rest of the report ("9 March 2021", or "2021-03-09"). Only the locale's
 * date forms change; every term stays American English, as the styles expect.
 */
export function localeXmlFor(dateStyle: DateStyle): string {
  const xml = enUsLocaleXml();
  if (dateStyle === 'month-day-year') return xml;
  const day = dateStyle === 'iso' ? ' form="numeric-leading-zeros"' : '';
  const month = dateStyle === 'iso' ? ' form="numeric-leading-zeros"' : '';
  const parts =
    dateStyle === 'iso'
      ? `<date-part name="year" suffix="-"/><date-part name="month"${month} suffix="-"/><date-part name="day"${day}/>`
      : '<date-part name="day" suffix=" "/><date-part name="month" suffix=" "/><date-part name="year"/>';
  const textForm = /<date form="text">[\s\S]*?<\/date>/;
  if (!textForm.test(xml)) throw new Error('CSL locale en-US has no text date form');
  return xml.replace(textForm, `<date form="text">${parts}</date>`);
}

/** The XML, checked, so a package update that moves it fails loudly rather than citing oddly. */
function expectXml(xml: unknown, root: string, where: string): string {
  if (typeof xml !== 'string' || !xml.includes(root))
    throw new Error(`CSL XML not found in ${where}`);
  return xml;
}
