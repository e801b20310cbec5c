/**
 * Conflict board benchmark: `npm run bench -- conflicts [--statements N] [--propositions P]
 * [--runs N] [--json] [--keep]`.
 *
 * Builds a workspace of N statements (default 1,000,000) spread over P propositions (default
 * 10,000), every statement taking one stance (45 % affirms, 45 % denies, 10 % qualifies), said
 * by 5,000 speakers of whom a third belong, with dated memberships, to one of 50 organisations.
 * Then times `listConflicts` through the service: the first page, a page in the middle, the
 * flips (first call, which counts them, and then warm), and one proposition. See
 * docs/benchmarks.md.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createService, type Service } from '../core/service/index';
import { createWorkspace, openWorkspace } from '../db/workspace';
import { parseBenchArgs } from './args';
import { finishBuild, INSERT_STATEMENT_SQL, insertInBatches, STAMP } from './build';
import { prng } from './corpus';

const SPEAKERS = 5000;
const ORGANISATIONS = 50;

const USAGE = `Usage: npm run bench -- conflicts [--statements N] [--propositions P] [--runs N] [--json] [--keep]
  --statements N    statements in the workspace (default 1,000,000)
  --propositions P  propositions they take stances on (default 10,000)
  --runs N          timed runs per query (default 20)
  --json            print the result as JSON
  --keep            keep the built workspace and print its path (to stderr)
  --workspace F     time the queries on F, a workspace kept with --keep, instead of building one`;

function day(random: () => number): string {
  const t = Date.parse('2017-01-01T00:00:00Z') + Math.floor(random() * 4 * 365) * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

async function build(
  path: string,
  statements: number,
  propositions: number,
  log: (l: string) => void,
) {
  const random = prng(20171016);
  const workspace = createWorkspace(path);
  try {
    const { db } = workspace;
    db.pragma('cache_size = -262144');
    const service = createService(workspace, { author: 'bench' });
    const orgs = Array.from(
      { length: ORGANISATIONS },
      (_, i) => service.call('createActor', { name: `Organisation ${i}`, kind: 'organisation' }).id,
    );
    const speakers = Array.from(
      { length: SPEAKERS },
      (_, i) => service.call('createActor', { name: `Speaker ${i}` }).id,
    );
    // A third of the speakers belong to an organisation for a year or two (some open-ended).
    for (let i = 0; i < SPEAKERS; i += 3) {
      const start = day(random);
      const end =
        random() < 0.3
          ? null
          : new Date(
              Date.parse(`${start}T00:00:00Z`) + (365 + Math.floor(random() * 365)) * 86_400_000,
            )
              .toISOString()
              .slice(0, 10);
      service.call('addMembership', {
        actorId: speakers[i]!,
        organisationId: orgs[Math.floor(random() * ORGANISATIONS)]!,
        startDate: start,
        endDate: end,
      });
    }
    const propositionIds = Array.from({ length: propositions }, () => randomUUID());
    const insertProposition = db.prepare(
      'INSERT INTO propositions (id, text, created_at, updated_at) VALUES (?, ?, ?, ?)',
    );
    db.transaction(() => {
      propositionIds.forEach((id, i) =>
        insertProposition.run(
          id,
          `Proposition ${i}: something happened in place ${i % 997}`,
          STAMP,
          STAMP,
        ),
      );
    })();
    const insertStatement = db.prepare(INSERT_STATEMENT_SQL);
    const insertStance = db.prepare(
      `INSERT INTO stances (id, statement_id, proposition_id, stance, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const insertBatch = db.transaction((from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const id = randomUUID();
        insertStatement.run(
          id,
          speakers[Math.floor(random() * SPEAKERS)]!,
          null,
          `Statement ${i} on proposition ${i % propositions}`,
          'quote',
          day(random),
          STAMP,
          STAMP,
        );
        const r = random();
        insertStance.run(
          randomUUID(),
          id,
          propositionIds[Math.floor(random() * propositions)]!,
          r < 0.45 ? 'affirms' : r < 0.9 ? 'denies' : 'qualifies',
          STAMP,
          STAMP,
        );
      }
    });
    await insertInBatches(statements, insertBatch, log);
    finishBuild(db, log);
    return propositionIds;
  } finally {
    workspace.close();
  }
}

interface Timing {
  name: string;
  median_ms: number;
  p95_ms: number;
  runs: number;
  items: number;
  total: number;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

function time(service: Service, name: string, input: object, runs: number): Timing {
  let last = service.call('listConflicts', input);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    last = service.call('listConflicts', input);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    name,
    median_ms: round(times[Math.floor(times.length / 2)]!),
    p95_ms: round(times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)]!),
    runs,
    items: last.items.length,
    total: last.total,
  };
}

export async function main(args: string[]): Promise<number> {
  const parsed = parseBenchArgs(args, {
    usage: USAGE,
    statements: 1_000_000,
    runs: 20,
    strings: ['propositions', 'workspace'],
  });
  if (typeof parsed === 'number') return parsed;
  const propositions = Number((parsed.strings.propositions ?? '10000').replace(/[_,]/g, ''));
  if (!Number.isInteger(propositions) || propositions < 1) {
    process.stderr.write(`--propositions must be a positive whole number\n${USAGE}\n`);
    return 2;
  }
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const kept = parsed.strings.workspace;
  const dir = kept ? null : mkdtempSync(join(tmpdir(), 'parallax-bench-conflicts-'));
  const path = kept ?? join(dir!, 'bench.parallax');
  try {
    let build_s = 0;
    if (!kept) {
      log(
        `Building ${parsed.statements.toLocaleString('en')} statements over ${propositions.toLocaleString('en')} propositions…`,
      );
      const started = performance.now();
      await build(path, parsed.statements, propositions, log);
      build_s = round((performance.now() - started) / 1000);
    }
    // The first call on a connection counts the pairs of every proposition (one pass over the
    // covering index); later calls reuse the counts until the workspace changes. Cold: a fresh
    // connection each run (opening it is not timed).
    const coldTimes: number[] = [];
    let coldLast: { items: unknown[]; total: number } = { items: [], total: 0 };
    for (let i = 0; i < Math.min(5, parsed.runs); i++) {
      const fresh = createService(openWorkspace(path));
      try {
        const started = performance.now();
        coldLast = fresh.call('listConflicts', { limit: 200 });
        coldTimes.push(performance.now() - started);
      } finally {
        fresh.close();
      }
    }
    coldTimes.sort((a, b) => a - b);
    const service = createService(openWorkspace(path));
    try {
      const statements = (
        service.call('workspaceInfo', {}) as {
          counts: { statements: number; propositions: number };
        }
      ).counts;
      const propositionIds = [
        (service.call('listPropositions', { limit: 1 }) as { items: Array<{ id: string }> })
          .items[0]!.id,
      ];
      const queries: Timing[] = [
        {
          name: 'first page, first call on a connection (counts)',
          median_ms: round(coldTimes[Math.floor(coldTimes.length / 2)]!),
          p95_ms: round(coldTimes[coldTimes.length - 1]!),
          runs: coldTimes.length,
          items: coldLast.items.length,
          total: coldLast.total,
        },
      ];
      queries.push(time(service, 'first page (limit 200)', { limit: 200 }, parsed.runs));
      const total = queries[1]!.total;
      queries.push(
        time(
          service,
          'deep page (offset total/2)',
          { limit: 200, offset: Math.floor(total / 2) },
          parsed.runs,
        ),
      );
      const coldStarted = performance.now();
      const cold = service.call('listConflicts', { flipsOnly: true, limit: 200 });
      const coldMs = performance.now() - coldStarted;
      queries.push({
        name: 'flipsOnly, first call (counts the flips)',
        median_ms: round(coldMs),
        p95_ms: round(coldMs),
        runs: 1,
        items: cold.items.length,
        total: cold.total,
      });
      queries.push(
        time(service, 'flipsOnly (counted)', { flipsOnly: true, limit: 200 }, parsed.runs),
      );
      queries.push(
        time(
          service,
          'one proposition',
          { propositionId: propositionIds[0], limit: 200 },
          parsed.runs,
        ),
      );
      const result = {
        statements: statements.statements,
        propositions: statements.propositions,
        build_s,
        queries,
        load_avg: loadavg()[0],
      };
      if (parsed.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else {
        process.stdout.write(
          `${result.statements} statements, ${result.propositions} propositions, built in ${build_s} s\n`,
        );
        for (const q of queries)
          process.stdout.write(
            `  ${q.name.padEnd(42)} median ${q.median_ms} ms  p95 ${q.p95_ms} ms  (${q.items} of ${q.total})\n`,
          );
      }
      return 0;
    } finally {
      service.close();
    }
  } finally {
    if (dir && parsed.keep) log(`Kept the workspace: ${path}`);
    else if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
