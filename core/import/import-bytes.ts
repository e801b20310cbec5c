import type { ImportResult } from '../api/types';
import { importFile } from './import-file';
import type { ImportedSource } from './types';

/** What `importSource` takes: the parsed file's fields and its name. */
export type ImportSourceInput = ImportedSource & { fileName: string };

/**
 * The contract's `importSource`, however it is reached: the service client (synchronous), or
 * the IPC/HTTP client (a promise).
 */
export type ImportSourceCall = (input: ImportSourceInput) => ImportResult | Promise<ImportResult>;

/** Metadata the person gave, which wins over what the file says. `undefined` leaves a field be. */
export type ImportOverrides = Partial<ImportedSource>;

/** The parsed source with the given overrides applied, ready for `importSource`. */
export function withOverrides(
  source: ImportedSource,
  fileName: string,
  overrides: ImportOverrides = {},
): ImportSourceInput {
  const input: ImportSourceInput = { ...source, fileName };
  for (const [key, value] of Object.entries(overrides)) {
    if (value !== undefined) (input as unknown as Record<string, unknown>)[key] = value;
  }
  return input;
}

/**
 * Parses a file's bytes (asynchronously: pdf.js and mammoth are) and then imports the result
 * through `importSource`, one transaction. The service is synchronous, so parsing stays out of
 * it: a drag-and-drop or File > Import handler reads the bytes, calls this, and reports the
 * outcome ('created', 'updated' or 'unchanged').
 */
export async function importBytes(
  importSource: ImportSourceCall,
  bytes: Uint8Array,
  fileName: string,
  overrides: ImportOverrides = {},
): Promise<ImportResult> {
  const source = await importFile(bytes, fileName);
  return importSource(withOverrides(source, fileName, overrides));
}
