import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The shared folder beside the repository (`../shared` from its root), which holds the Kirkuk
 * fixture and the Wikinews corpus. The project does not copy them: tests skip when absent.
 */
export const SHARED_DIR = fileURLToPath(new URL('../../../../shared/', import.meta.url));
export const KIRKUK_TEXT = `${SHARED_DIR}fixtures/kirkuk-2017.txt`;
export const KIRKUK_EXPECTED = `${SHARED_DIR}fixtures/kirkuk-2017.expected.json`;
export const WIKINEWS = `${SHARED_DIR}corpus/wikinews/articles.jsonl`;

export interface Article {
  url: string;
  date: string;
  title: string;
  text: string;
}

export function loadWikinews(): Article[] {
  return readFileSync(WIKINEWS, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Article);
}

export function missing(path: string): string | false {
  return existsSync(path)
    ? false
    : `${path} is absent (it lives in ../shared beside the repository)`;
}
