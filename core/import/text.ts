import { decodeTextFile } from './decode-text';
import { firstLine } from './title';
import type { Importer } from './types';

/** A .txt file, kept exactly as written (only a BOM dropped); titled by its first line. */
export const importText: Importer = async (bytes, fileName) => {
  const body = decodeTextFile(bytes, fileName);
  return { title: firstLine(body) ?? fileName, body };
};
