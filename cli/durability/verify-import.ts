import Database from 'better-sqlite3';
import { foldActorName } from '../../core/api/fold-actor-name';
import { byPosition, sha256, type ExpectedSource, type StatementKey } from './corpus';

export interface ImportState {
  /** Sources present, by file name. */
  present: number;
  statements: number;
  /** Every way the workspace differs from "each file wholly imported, or not at all". */
  problems: string[];
}

const same = (a: StatementKey[], b: StatementKey[]): boolean =>
  a.length === b.length &&
  a.every(
    (s, i) =>
      s.start === b[i]!.start &&
      s.end === b[i]!.end &&
      s.text === b[i]!.text &&
      foldActorName(s.speaker) === foldActorName(b[i]!.speaker),
  );

/**
 * Reads a workspace that `parallax import --accept` was writing (perhaps killed midway), in one
 * read transaction, and lists what breaks all-or-nothing per file: a source whose stored body
 * does not hash to its body_sha256 or to the importer's text for that file, a source without
 * exactly the statements the import accepts, a proposal left pending that the import would
 * have accepted, or a changes-log entry without its source (or the other way round).
 * Speakers compare as folded names: an actor made for "Police" also speaks for "police", and one
 * made for "Al-Abadi" for "al Abadi" (see findActor).
 */
export function verifyImport(path: string, expected: Map<string, ExpectedSource>): ImportState {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.transaction(() => {
      const problems: string[] = [];
      const sources = db
        .prepare<[], { id: string; fileName: string; body: string; bodySha256: string }>(
          'SELECT id, file_name AS fileName, body, body_sha256 AS bodySha256 FROM sources',
        )
        .all();
      const statementsOf = db.prepare<[string], StatementKey>(
        `SELECT s.position_start AS start, s.position_end AS "end", s.text, a.name AS speaker
         FROM statements s JOIN actors a ON a.id = s.speaker_id WHERE s.source_id = ?`,
      );
      const pendingWithSpeaker = db.prepare<[string], { n: number }>(
        `SELECT count(*) AS n FROM candidates
         WHERE source_id = ? AND status = 'pending' AND speaker IS NOT NULL`,
      );
      const seen = new Set<string>();
      let statements = 0;
      for (const source of sources) {
        const want = expected.get(source.fileName);
        if (!want) {
          problems.push(`unexpected source ${source.fileName}`);
          continue;
        }
        if (seen.has(source.fileName)) problems.push(`${source.fileName} imported twice`);
        seen.add(source.fileName);
        const actual = sha256(source.body);
        if (actual !== source.bodySha256)
          problems.push(`${source.fileName}: body does not hash to its body_sha256`);
        if (actual !== want.bodySha256)
          problems.push(`${source.fileName}: body differs from the importer's text`);
        const stored = statementsOf.all(source.id).sort(byPosition);
        statements += stored.length;
        if (!same(stored, want.statements)) {
          problems.push(
            `${source.fileName}: ${stored.length} statements, the import accepts ${want.statements.length}`,
          );
        }
        if (pendingWithSpeaker.get(source.id)!.n > 0)
          problems.push(`${source.fileName}: proposals left pending that the import accepts`);
      }
      const orphans = db
        .prepare<[], { n: number }>(
          'SELECT count(*) AS n FROM statements WHERE source_id IS NULL OR source_id NOT IN (SELECT id FROM sources)',
        )
        .get()!.n;
      if (orphans > 0) problems.push(`${orphans} statements without their source`);
      // One recorded change (one undo step) per file imported: neither more nor fewer.
      const changes = db
        .prepare<[], { n: number }>(
          "SELECT count(*) AS n FROM changes WHERE command = 'importSource' AND action = 'do'",
        )
        .get()!.n;
      if (changes !== sources.length)
        problems.push(`${changes} import changes logged for ${sources.length} sources`);
      const undoable = db
        .prepare<[], { n: number }>('SELECT count(*) AS n FROM undo_history')
        .get()!.n;
      if (undoable !== changes) problems.push(`${undoable} undo steps for ${changes} changes`);
      return { present: sources.length, statements, problems };
    })();
  } finally {
    db.close();
  }
}
