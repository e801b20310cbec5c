// Types for the parts of citeproc-js (CommonJS, ships no types) that Parallax uses.
declare module 'citeproc' {
  export interface CiteprocSys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): unknown;
  }

  export interface BibliographyMeta {
    /** Each entry's item ids, in the order the style sorts the bibliography. */
    entry_ids: string[][];
    bibstart: string;
    bibend: string;
    bibliography_errors: unknown[];
  }

  export class Engine {
    constructor(sys: CiteprocSys, style: string, lang?: string, forceLang?: boolean);
    /** Replaces the registry's items with these (calling sys.retrieveItem for new ids). */
    updateItems(ids: string[]): void;
    setOutputFormat(format: 'html' | 'text' | 'rtf'): void;
    /** [meta, entries] or false when the style has no bibliography. */
    makeBibliography(): [BibliographyMeta, string[]] | false;
    makeCitationCluster(cites: Array<{ id: string }>): string;
  }

  const CSL: { Engine: typeof Engine };
  export default CSL;
}
