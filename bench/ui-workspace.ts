/** Building the UI benchmark's workspace: N statements from the Wikinews corpus, 400 speakers, 100 sources. */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createService } from '../core/service/index';
import { createWorkspace } from '../db/workspace';
import { finishBuild, INSERT_STATEMENT_SQL, insertInBatches, STAMP } from './build';
import { corpusSentences, loadArticles, prng, shuffle } from './corpus';

// Building. bench/search-workspace.ts builds the same kind of workspace with more speakers and
// sources; this one shares its corpus helpers and bench/build.ts (actors and sources through the
// service, statements by one prepared INSERT so the FTS triggers still run).

// prettier-ignore
const FIRST = ['Amina', 'Ahmed', 'Ana', 'Andrei', 'Beatriz', 'Carlos', 'Chen', 'Dmitri', 'Elena', 'Emeka', 'Fatima', 'Farhad', 'Grace', 'Hiroshi', 'Ingrid', 'Ibrahim', 'Karim', 'Leila', 'Maria', 'Omar'];
// prettier-ignore
const LAST = ['Abdullahi', 'Andersson', 'Bauer', 'Castillo', 'Dubois', 'García', 'Haddad', 'Hosseini', 'Kamau', 'Kowalski', 'Mensah', 'Nakamura', 'Okafor', 'Petrov', 'Rahimi', 'Santos', 'Schmidt', 'Silva', 'Tanaka', 'Yilmaz'];

/** Builds the workspace at `path` (a new file) and closes it; returns the seconds it took. */
export async function buildWorkspace(
  path: string,
  statements: number,
  log: (line: string) => void,
): Promise<number> {
  const started = performance.now();
  const random = prng(20171016);
  const sentences = shuffle(corpusSentences(), random);
  const workspace = createWorkspace(path);
  try {
    const { db } = workspace;
    db.pragma('cache_size = -262144');
    const service = createService(workspace, { author: 'bench' });
    const speakers = FIRST.flatMap((first) => LAST.map((last) => `${first} ${last}`)).map(
      (name) => service.call('createActor', { name }).id,
    );
    const sources = loadArticles()
      .slice(0, 100)
      .map(
        (a) =>
          service.call('createSource', {
            title: a.title,
            outlet: 'Wikinews',
            publishedOn: a.date.slice(0, 10),
            body: a.text,
          }).id,
      );
    const insert = db.prepare(INSERT_STATEMENT_SQL);
    const start = Date.parse('2019-01-01T00:00:00Z');
    const insertBatch = db.transaction((from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const day = new Date(start + Math.floor(random() * 730) * 86_400_000)
          .toISOString()
          .slice(0, 10);
        insert.run(
          randomUUID(),
          speakers[Math.floor(random() * speakers.length)]!,
          sources[Math.floor(random() * sources.length)]!,
          sentences[i % sentences.length]!,
          random() < 0.6 ? 'quote' : 'paraphrase',
          day,
          STAMP,
          STAMP,
        );
      }
    });
    await insertInBatches(statements, insertBatch, log);
    finishBuild(db);
    service.close();
  } finally {
    workspace.close();
  }
  return (performance.now() - started) / 1000;
}
