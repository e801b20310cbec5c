import { invalidFile } from './invalid';
import { inflatedSize, type ZipEntry } from './zip';

/**
 * Limits on what a .docx may unpack to before mammoth (through JSZip) inflates it all into
 * memory: a few megabytes of ZIP can hold gigabytes of zeros. A real Word document, even one
 * with the longest text Parallax imports, stays well below both.
 */
export const MAX_ZIP_ENTRIES = 10_000;
export const MAX_ZIP_INFLATED_BYTES = 256 * 1024 * 1024;

const MB = 1024 * 1024;

function tooLarge(fileName: string): Error {
  return invalidFile(
    `${fileName} unpacks to more than ${MAX_ZIP_INFLATED_BYTES / MB} MB, more than any Word ` +
      'document Parallax can import (is it a ZIP bomb?).',
  );
}

/**
 * Refuses an archive with too many members or too much inside. Declared sizes are checked
 * first (cheap); then every member is really inflated and counted, since headers can lie.
 */
export async function checkZipLimits(
  bytes: Uint8Array,
  entries: ZipEntry[],
  fileName: string,
): Promise<void> {
  if (entries.length > MAX_ZIP_ENTRIES) {
    throw invalidFile(
      `${fileName} holds ${entries.length.toLocaleString('en')} files; a Word document ` +
        `Parallax imports holds at most ${MAX_ZIP_ENTRIES.toLocaleString('en')}.`,
    );
  }
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > MAX_ZIP_INFLATED_BYTES) throw tooLarge(fileName);
  let total = 0;
  for (const entry of entries) {
    const size = await inflatedSize(bytes, entry, MAX_ZIP_INFLATED_BYTES - total);
    if (size === null) {
      throw invalidFile(`${fileName} is damaged: ${entry.name} inside it cannot be unpacked.`);
    }
    total += size;
    if (total > MAX_ZIP_INFLATED_BYTES) throw tooLarge(fileName);
  }
}
