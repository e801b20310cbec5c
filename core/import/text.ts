import { readHeadDetails } from './dateline';
import { decodeTextFile } from './decode-text';
import { clipTitle } from './title';
import type { Importer } from './types';

/**
 * A .txt file, kept exactly as written (only a BOM dropped); titled by its first line that is
 * not a dateline or byline, and dated and credited by those lines when it has them.
 */
export const importText: Importer = async (bytes, fileName) => {
  const body = decodeTextFile(bytes, fileName);
  const { titleLine, publishedOn, author } = readHeadDetails(body);
  return {
    title: titleLine ? clipTitle(titleLine) : fileName,
    body,
    ...(publishedOn ? { publishedOn } : {}),
    ...(author ? { author } : {}),
  };
};
