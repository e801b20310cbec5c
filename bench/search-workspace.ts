/** Building the search benchmark's workspace: N statements from the Wikinews corpus, with speakers. */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createService } from '../core/service/index';
import { createWorkspace } from '../db/workspace';
import { finishBuild, INSERT_STATEMENT_SQL, insertInBatches, STAMP } from './build';
import { corpusSentencesWithArticles, loadArticles, prng, shuffle, words } from './corpus';
import { chooseQueries, type BenchQuery } from './search-queries';

// ---------------------------------------------------------------------------------------------
// Speakers

/** Officials in the news of 2019–2020; they get a fifth of all statements between them. */
const REAL_SPEAKERS: Array<{ name: string; aliases?: string[] }> = [
  { name: 'Boris Johnson' },
  { name: 'Angela Merkel' },
  { name: 'Emmanuel Macron' },
  { name: 'Donald Trump' },
  { name: 'Joe Biden' },
  { name: 'Jacinda Ardern' },
  { name: 'Scott Morrison' },
  { name: 'Justin Trudeau' },
  { name: 'Narendra Modi' },
  { name: 'Imran Khan' },
  { name: 'Xi Jinping' },
  { name: 'Vladimir Putin' },
  { name: 'Recep Tayyip Erdoğan' },
  { name: 'Hassan Rouhani', aliases: ['حسن روحانی'] },
  { name: 'Mohammad Javad Zarif', aliases: ['محمدجواد ظریف'] },
  { name: 'Jair Bolsonaro' },
  { name: 'Andrés Manuel López Obrador', aliases: ['AMLO'] },
  { name: 'Cyril Ramaphosa' },
  { name: 'Abiy Ahmed' },
  { name: 'Moon Jae-in' },
  { name: 'Shinzo Abe' },
  { name: 'Tedros Adhanom Ghebreyesus', aliases: ['Tedros'] },
  { name: 'António Guterres' },
  { name: 'Ursula von der Leyen' },
  { name: 'Mike Pompeo' },
  { name: 'Nancy Pelosi' },
  { name: 'Pedro Sánchez' },
  { name: 'Giuseppe Conte' },
  { name: 'Benjamin Netanyahu', aliases: ['Bibi'] },
  { name: 'Jens Stoltenberg' },
  { name: 'Carrie Lam' },
  { name: 'Tsai Ing-wen' },
  { name: 'Volodymyr Zelensky', aliases: ['Volodymyr Zelenskyy'] },
  { name: 'Alexander Lukashenko' },
  { name: 'Nicolás Maduro' },
  { name: 'Juan Guaidó' },
  { name: 'Sebastián Piñera' },
  { name: 'Alberto Fernández' },
  { name: 'Muhammadu Buhari' },
  { name: 'Mohammed bin Salman', aliases: ['MBS'] },
];

// prettier-ignore
const FIRST_NAMES = [
  'Amina', 'Ahmed', 'Ana', 'Andrei', 'Beatriz', 'Carlos', 'Chen', 'Dmitri', 'Elena', 'Emeka',
  'Fatima', 'Farhad', 'Grace', 'Hiroshi', 'Ingrid', 'Ibrahim', 'Jan', 'Jiwoo', 'Karim', 'Kateryna',
  'Lars', 'Leila', 'Luis', 'Maria', 'Mehmet', 'Miguel', 'Nadia', 'Nguyen', 'Olga', 'Omar',
  'Pablo', 'Priya', 'Rahul', 'Reza', 'Sara', 'Sergei', 'Sofia', 'Tariq', 'Thandiwe', 'Tomás',
  'Ulrike', 'Valentina', 'Wei', 'Yusuf', 'Zainab', 'Zoltán', 'Agnieszka', 'Björn', 'Chiara', 'Dawit',
];
// prettier-ignore
const LAST_NAMES = [
  'Abdullahi', 'Andersson', 'Bauer', 'Castillo', 'Chowdhury', 'Dubois', 'Eriksen', 'Fernandes',
  'García', 'Haddad', 'Hosseini', 'Ivanova', 'Jansen', 'Kamau', 'Kowalski', 'Kumar', 'Larsen',
  'Lindqvist', 'Mahmoud', 'Mensah', 'Moreau', 'Nakamura', 'Novák', 'Okafor', 'Olsen', 'Öztürk',
  'Petrov', 'Quispe', 'Rahimi', 'Rossi', 'Santos', 'Schmidt', 'Shevchenko', 'Silva', 'Sokolov',
  'Suzuki', 'Tanaka', 'Teixeira', 'Tshabalala', 'Usman', 'Vargas', 'Virtanen', 'Wagner', 'Wang',
  'Yamamoto', 'Yilmaz', 'Zhang', 'Zielinski', 'Moradi', 'Banda',
];
const GENERATED_SPEAKERS = 2000;

function speakerNames(random: () => number): Array<{ name: string; aliases?: string[] }> {
  const combos: string[] = [];
  for (const first of FIRST_NAMES) for (const last of LAST_NAMES) combos.push(`${first} ${last}`);
  const generated = shuffle(combos, random)
    .slice(0, GENERATED_SPEAKERS)
    .map((name) => ({ name }));
  return [...REAL_SPEAKERS, ...generated];
}

// ---------------------------------------------------------------------------------------------
// Building

function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (
    let t = Date.parse(`${from}T00:00:00Z`);
    t <= Date.parse(`${to}T00:00:00Z`);
    t += 86_400_000
  ) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

/**
 * What a workspace of `statements` statements holds, decided before anything is written: the
 * same size always gives the same sentences, speakers and queries (one seeded random source).
 */
export function plan(statements: number) {
  const random = prng(20190104);
  const articles = loadArticles();
  const sentences = shuffle(corpusSentencesWithArticles(articles), random);
  const used = sentences.slice(0, Math.min(statements, sentences.length)).map((s) => s.text);
  const speakers = speakerNames(random);
  const nameWords = new Set(speakers.flatMap((s) => [s.name, ...(s.aliases ?? [])].flatMap(words)));
  return { random, articles, sentences, speakers, queries: chooseQueries(used, nameWords) };
}

export interface Built {
  build_s: number;
  corpusSentences: number;
  queries: BenchQuery[];
}

/** Builds the workspace `plan(statements)` describes at `path` (a new file), and closes it. */
export async function buildWorkspace(
  path: string,
  statements: number,
  log: (line: string) => void,
  signal?: AbortSignal,
): Promise<Built> {
  const started = performance.now();
  const { random, articles, sentences, speakers, queries } = plan(statements);

  const workspace = createWorkspace(path);
  try {
    const { db } = workspace;
    // Build-time only: a large page cache keeps the random-order inserts into the UNIQUE(id)
    // and speaker indexes fast. The workspace is closed and reopened with the app's own
    // settings (db/workspace.ts configure()) before anything is measured.
    db.pragma('cache_size = -262144');

    // Sources (one per article; each statement cites the article its sentence comes from) and
    // actors go through the service, as the app would create them.
    const service = createService(workspace, { author: 'bench' });
    const sourceIds = articles.map(
      (article) =>
        service.call('createSource', {
          title: article.title,
          body: article.text,
          kind: 'article',
          outlet: 'Wikinews',
          url: article.url,
          publishedOn: article.date,
          language: 'en',
        }).id,
    );
    const ids = speakers.map(
      ({ name, aliases }) => service.call('createActor', { name, aliases: aliases ?? [] }).id,
    );
    const realCount = REAL_SPEAKERS.length;

    // Statements go straight into the table with one prepared INSERT in large transactions:
    // the service's per-call change recording (changes log, undo stack) is not what this
    // benchmark measures, and a million createStatement calls would take far longer. The FTS
    // triggers still fire on every row, so statements_fts is built the real way.
    const insert = db.prepare(INSERT_STATEMENT_SQL);
    const dates = days('2019-01-01', '2020-12-31');
    const insertBatch = db.transaction((from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const speaker =
          random() < 0.2
            ? ids[Math.floor(random() * realCount)]!
            : ids[realCount + Math.floor(random() * (ids.length - realCount))]!;
        const sentence = sentences[i % sentences.length]!;
        insert.run(
          randomUUID(),
          speaker,
          sourceIds[sentence.article]!,
          sentence.text,
          random() < 0.6 ? 'quote' : 'paraphrase',
          dates[Math.floor(random() * dates.length)]!,
          STAMP,
          STAMP,
        );
      }
    });
    await insertInBatches(statements, insertBatch, log, signal);
    signal?.throwIfAborted();

    finishBuild(db, log);
    return {
      build_s: (performance.now() - started) / 1000,
      corpusSentences: sentences.length,
      queries,
    };
  } finally {
    workspace.close();
  }
}
