import { decodeTextFile } from './decode-text';
import { markdownHeading, clipTitle, firstLine } from './title';
import type { Importer } from './types';

/** A .txt file, kept exactly as written (only a BOM dropped); titled by its first line. */
export const importText: Importer = async (bytes, fileName) => {
  const body = decodeTextFile(bytes, fileName);
  return { title: firstLine(body) ?? fileName, body };
};

/** A .md file, kept as Markdown text; titled by its first `# heading`, else its first line. */
export const importMarkdown: Importer = async (bytes, fileName) => {
  const body = decodeTextFile(bytes, fileName);
  const heading = markdownHeading(body);
  return { title: heading ? clipTitle(heading) : (firstLine(body) ?? fileName), body };
};
