import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractStatements } from '../../core/extract';
import { importFile, withOverrides } from '../../core/import';

/**
 * The shared Wikinews corpus (295 articles, CC BY 2.5) in `../shared` beside the repository.
 * The project does not copy it, so the tests that need it skip, saying why, when it is absent.
 */
export const WIKINEWS = fileURLToPath(
  new URL('../../../shared/corpus/wikinews/articles.jsonl', import.meta.url),
);

/** Why a corpus test is skipped, or false when the corpus is there. */
export function corpusMissing(): string | false {
  return existsSync(WIKINEWS)
    ? false
    : `${WIKINEWS} is absent (it lives in ../shared beside the repository)`;
}

interface Article {
  title: string;
  text: string;
}

/**
 * Writes the corpus `copies` times into `dir` as Markdown files (`# title`, then the text),
 * named so that every copy is a separate source. Returns the paths in import order.
 */
export function writeCorpusFiles(dir: string, copies: number): string[] {
  const articles = readFileSync(WIKINEWS, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Article);
  const paths: string[] = [];
  for (let copy = 0; copy < copies; copy++) {
    articles.forEach((article, i) => {
      const path = join(dir, `c${copy}-a${String(i).padStart(3, '0')}.md`);
      writeFileSync(path, `# ${article.title}\n\n${article.text}`);
      paths.push(path);
    });
  }
  return paths;
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A statement as the crash checks compare it: where it sits in its source, and its words. */
export interface StatementKey {
  start: number;
  end: number;
  text: string;
  speaker: string;
}

export interface ExpectedSource {
  fileName: string;
  bodySha256: string;
  /** The extractor's findings that name a speaker: what `import --accept` accepts. */
  statements: StatementKey[];
}

export const byPosition = (a: StatementKey, b: StatementKey): number =>
  a.start - b.start || a.end - b.end || a.text.localeCompare(b.text);

/**
 * What `parallax import --accept` should store for each file, computed here independently of
 * the workspace: the same importer and extractor the CLI runs, with no overrides.
 */
export async function expectedSources(paths: string[]): Promise<Map<string, ExpectedSource>> {
  const expected = new Map<string, ExpectedSource>();
  for (const path of paths) {
    const fileName = basename(path);
    const input = withOverrides(await importFile(readFileSync(path), fileName), fileName, {});
    const statements = extractStatements(input.body, {
      published: input.publishedOn ?? undefined,
    })
      .filter((c) => c.speaker !== null)
      .map((c) => ({ start: c.start, end: c.end, text: c.text, speaker: c.speaker! }))
      .sort(byPosition);
    expected.set(fileName, { fileName, bodySha256: sha256(input.body), statements });
  }
  return expected;
}
