import type { ImportResult } from '../../../core/api';
import type { Client } from '../api/client';

/** The formats Parallax reads (the host checks the contents, not just the name). */
export const IMPORT_ACCEPT = '.txt,.md,.html,.htm,.pdf,.docx';

/** Bytes as base64, in slices so a large file never builds one giant argument list. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const slice = 0x8000;
  for (let i = 0; i < bytes.length; i += slice) {
    binary += String.fromCharCode(...bytes.subarray(i, i + slice));
  }
  return btoa(binary);
}

/** Sends one file to the host, which parses it, stores the source and queues it for review. */
export async function importOne(client: Client, file: File): Promise<ImportResult> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return client.importFile({ fileName: file.name, contentBase64: toBase64(bytes) });
}

export function describeImport(name: string, result: ImportResult): string {
  if (result.outcome === 'unchanged') return `${name}: already in the workspace, unchanged.`;
  if (result.outcome === 'updated') return `${name}: new text kept; the earlier text is a version.`;
  return `Imported ${name} as “${result.source.title}”.`;
}
