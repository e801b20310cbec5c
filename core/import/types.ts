/** What an importer reads out of a file: the text and whatever metadata the file carries. */
export interface ImportedSource {
  title: string;
  body: string;
  author?: string | null;
  outlet?: string | null;
  /** YYYY-MM-DD */
  publishedOn?: string | null;
  /** An http(s) address, such as an HTML page's canonical link. */
  url?: string | null;
  /** A language tag such as `en` or `ar-IQ`. */
  language?: string | null;
}

/** One file format's reader. Throws ParallaxError('invalid_input') for files it cannot read. */
export type Importer = (bytes: Uint8Array, fileName: string) => Promise<ImportedSource>;

/** Files beyond this size are refused before they are read. */
export const MAX_IMPORT_FILE_BYTES = 100 * 1024 * 1024;
