import { createHash } from 'node:crypto';
import type { sourceMethods } from '../api/sources';
import type { Source, SourceDetail, SourceVersion } from '../api/types';
import { notFound, ParallaxError } from '../errors';
import { containsPattern, label, mustExist, selectPage, updateSet, type Ctx } from './context';
import type { Handlers } from './handlers';
import { acceptPendingWithSpeaker, queueExtraction } from './candidates';
import { reanchorSource } from './reanchor';

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

const SOURCE_COLUMNS = `s.id, s.kind, s.title, s.outlet, s.author, s.url, s.published_on AS publishedOn,
  s.retrieved_at AS retrievedAt, s.language, s.file_name AS fileName, s.body_sha256 AS bodySha256,
  length(s.body) AS bodyLength, s.created_at AS createdAt, s.updated_at AS updatedAt,
  (SELECT count(*) FROM statements st WHERE st.source_id = s.id) AS statementCount`;

const FIELDS = {
  title: 'title',
  kind: 'kind',
  outlet: 'outlet',
  author: 'author',
  url: 'url',
  publishedOn: 'published_on',
  retrievedAt: 'retrieved_at',
  language: 'language',
  fileName: 'file_name',
};

export function getSourceRow(ctx: Ctx, id: string): Source {
  const row = ctx.db
    .prepare<[string], Source>(`SELECT ${SOURCE_COLUMNS} FROM sources s WHERE s.id = ?`)
    .get(id);
  if (!row) throw notFound('source', id);
  return row;
}

/** Keeps the text the statements were anchored in, so it can be compared and re-anchored. */
function keepVersion(ctx: Ctx, current: SourceDetail): void {
  ctx.db
    .prepare(
      `INSERT INTO source_versions (id, source_id, body, body_sha256, retrieved_at, created_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(ctx.newId(), current.id, current.body, current.bodySha256, current.retrievedAt, ctx.now);
}

/** The source an import replaces: the oldest with the same url, else the one with that file name. */
function findImported(ctx: Ctx, input: { url?: string | null; fileName: string; title: string }) {
  if (input.url) {
    const byUrl = ctx.db
      .prepare('SELECT id FROM sources WHERE url = ? ORDER BY seq LIMIT 1')
      .get(input.url);
    return (byUrl as { id: string } | undefined)?.id ?? null;
  }
  // A file's title can change with its text (a correction added on top): the file name decides
  // when it names one source only; with several, the title tells them apart.
  const byName = ctx.db
    .prepare<[string], { id: string; title: string }>(
      'SELECT id, title FROM sources WHERE file_name = ? ORDER BY seq',
    )
    .all(input.fileName);
  if (byName.length === 1) return byName[0]!.id;
  return byName.find((s) => s.title === input.title)?.id ?? null;
}

/**
 * The oldest source whose text is exactly `body`: the same document saved under another name
 * or from another address. (No index on body_sha256 yet: SQLite reads past each body to it.)
 */
function sameText(ctx: Ctx, body: string): { id: string; title: string } | null {
  return (
    ctx.db
      .prepare<[string], { id: string; title: string }>(
        'SELECT id, title FROM sources WHERE body_sha256 = ? ORDER BY seq LIMIT 1',
      )
      .get(sha256(body)) ?? null
  );
}

const IMPORTED_METADATA = ['outlet', 'author', 'url', 'publishedOn', 'language'] as const;

/** A source's text changed: its statements' anchors are found again and it is read anew. */
function textChanged(ctx: Ctx, sourceId: string, body: string): void {
  reanchorSource(ctx, sourceId, body);
  queueExtraction(ctx, sourceId, body);
}

/** Inserts a new source row; returns its id. */
function insertSource(ctx: Ctx, input: Parameters<typeof sourceHandlers.createSource>[1]): string {
  const id = ctx.newId();
  ctx.db
    .prepare(
      `INSERT INTO sources (id, kind, title, outlet, author, url, published_on, retrieved_at, language,
         file_name, body, body_sha256, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      input.kind ?? 'article',
      input.title,
      input.outlet ?? null,
      input.author ?? null,
      input.url ?? null,
      input.publishedOn ?? null,
      input.retrievedAt ?? ctx.now,
      input.language ?? null,
      input.fileName ?? null,
      input.body,
      sha256(input.body),
      ctx.now,
      ctx.now,
    );
  ctx.describe(`Add source ${label(input.title)}`);
  return id;
}

export const sourceHandlers: Handlers<keyof typeof sourceMethods> = {
  listSources(ctx, { query, limit, offset }) {
    const where = query ? `WHERE s.title LIKE ? ESCAPE '\\' OR s.outlet LIKE ? ESCAPE '\\'` : '';
    const params = query ? [containsPattern(query), containsPattern(query)] : [];
    const { rows, total } = selectPage<Source>(
      ctx,
      {
        columns: SOURCE_COLUMNS,
        from: 'sources s',
        where,
        params,
        order: 's.title COLLATE NOCASE, s.seq',
      },
      { limit, offset },
    );
    return { items: rows, total };
  },

  getSource(ctx, { id }) {
    const row = ctx.db
      .prepare<[string], SourceDetail>(
        `SELECT ${SOURCE_COLUMNS}, s.body,
           (SELECT count(*) FROM source_versions v WHERE v.source_id = s.id) AS versionCount
         FROM sources s WHERE s.id = ?`,
      )
      .get(id);
    if (!row) throw notFound('source', id);
    return row;
  },

  createSource(ctx, input) {
    return getSourceRow(ctx, insertSource(ctx, input));
  },

  updateSource(ctx, input) {
    const current = sourceHandlers.getSource(ctx, { id: input.id });
    const extra: Record<string, unknown> = { updated_at: ctx.now };
    if (input.body !== undefined && input.body !== current.body) {
      keepVersion(ctx, current);
      extra.body = input.body;
      extra.body_sha256 = sha256(input.body);
    }
    const { sql, values } = updateSet(FIELDS, input, extra);
    ctx.db.prepare(`UPDATE sources SET ${sql} WHERE id = ?`).run(...values, input.id);
    if (extra.body !== undefined) textChanged(ctx, input.id, input.body!);
    ctx.describe(`Edit source ${label(input.title ?? current.title)}`);
    return getSourceRow(ctx, input.id);
  },

  importSource(ctx, input) {
    const id = findImported(ctx, input);
    if (id === null) {
      const duplicate = sameText(ctx, input.body);
      const duplicateOf = duplicate ? { duplicateOf: duplicate } : {};
      // The text is passed along rather than read back: each read of a 35 M character body
      // costs a quarter of a second and its size in memory.
      const newId = insertSource(ctx, input);
      queueExtraction(ctx, newId, input.body);
      if (!input.accept) {
        return { source: getSourceRow(ctx, newId), outcome: 'created', ...duplicateOf };
      }
      const accepted = acceptPendingWithSpeaker(ctx, newId);
      ctx.describe(`Add source ${label(input.title)} with ${accepted} statement(s)`);
      return { source: getSourceRow(ctx, newId), outcome: 'created', accepted, ...duplicateOf };
    }
    const current = sourceHandlers.getSource(ctx, { id });
    if (current.body === input.body) {
      const result = { source: getSourceRow(ctx, id), outcome: 'unchanged' as const };
      return input.accept ? { ...result, accepted: 0 } : result;
    }
    keepVersion(ctx, current);
    // The new text and its retrieval time replace the old; metadata only fills what is missing,
    // so the analyst's own edits to a source survive a re-import.
    const fill: Record<string, unknown> = {};
    for (const key of IMPORTED_METADATA) {
      if (current[key] === null && input[key] != null) fill[key] = input[key];
    }
    const { sql, values } = updateSet(FIELDS, fill, {
      body: input.body,
      body_sha256: sha256(input.body),
      retrieved_at: input.retrievedAt ?? ctx.now,
      updated_at: ctx.now,
    });
    ctx.db.prepare(`UPDATE sources SET ${sql} WHERE id = ?`).run(...values, id);
    textChanged(ctx, id, input.body);
    if (!input.accept) {
      ctx.describe(`Re-import source ${label(current.title)}`);
      return { source: getSourceRow(ctx, id), outcome: 'updated' };
    }
    const accepted = acceptPendingWithSpeaker(ctx, id);
    ctx.describe(`Re-import source ${label(current.title)} with ${accepted} statement(s)`);
    return { source: getSourceRow(ctx, id), outcome: 'updated', accepted };
  },

  deleteSource(ctx, { id }) {
    const source = getSourceRow(ctx, id);
    if (source.statementCount > 0) {
      throw new ParallaxError(
        'in_use',
        `The source ${label(source.title)} still has ${source.statementCount} statement(s); delete or move them first.`,
      );
    }
    ctx.db.prepare('DELETE FROM sources WHERE id = ?').run(id);
    ctx.describe(`Delete source ${label(source.title)}`);
    return { id };
  },

  listSourceVersions(ctx, { sourceId }) {
    mustExist(ctx, 'sources', 'source', sourceId);
    return ctx.db
      .prepare<[string], SourceVersion>(
        `SELECT id, source_id AS sourceId, body, body_sha256 AS bodySha256, retrieved_at AS retrievedAt,
           created_at AS createdAt
         FROM source_versions WHERE source_id = ? ORDER BY created_at, rowid`,
      )
      .all(sourceId);
  },
};
