import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace } from '../../db/workspace';
import { createService, type Service } from '../service';
import { buildSample, type SampleIds } from './build-sample';
import { KIRKUK_STATEMENTS, type StatementKey } from './kirkuk-2017';

let dir: string;
let service: Service;
let ids: SampleIds;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-sample-test-'));
  service = createService(createWorkspace(join(dir, 'kirkuk.parallax')), { author: 'test' });
  ids = buildSample(service.client);
});

afterAll(() => {
  service?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the Kirkuk sample', () => {
  it('holds one source without the article, and a note saying how to import it', () => {
    const { client } = service;
    expect(client.listSources({}).total).toBe(1);
    const source = client.getSource({ id: ids.sourceId });
    expect(source).toMatchObject({
      title:
        'Report: Shiite Militias Hang Photo of Ayatollah Khamenei in Kirkuk Following Invasion',
      kind: 'article',
      outlet: 'Breitbart News',
      author: 'Frances Martel',
      publishedOn: '2017-10-19',
      language: 'en',
      url: null,
      body: '',
      statementCount: 13,
    });
    const notes = client.listNotes({ target: { type: 'source', id: ids.sourceId } });
    expect(notes).toHaveLength(1);
    expect(notes[0]!.body).toMatch(/not bundled/);
    expect(notes[0]!.body).toMatch(/parallax import/);
  });

  it('has the 13 statements, with text, speaker role, cue, relaying outlet and anchor', () => {
    const { client } = service;
    expect(client.listStatements({}).total).toBe(13);
    const fighter = client.getStatement({ id: ids.statements['fighter-1'] });
    expect(fighter).toMatchObject({
      speakerName: 'PMF fighter (unnamed)',
      role: 'fighter',
      kind: 'quote',
      language: 'en',
      reportedViaName: 'Rudaw',
      cue: 'Rudaw translates the fighter as stating',
    });
    expect(fighter.affiliations.map((m) => [m.organisationName, m.role])).toEqual([
      ['Popular Mobilization Forces', 'fighter'],
    ]);
    expect(fighter.tags.map((t) => t.name).sort()).toEqual(['translated', 'video evidence']);
    const relayed = (Object.keys(ids.statements) as StatementKey[]).filter(
      (key) => client.getStatement({ id: ids.statements[key] }).reportedViaName === 'Rudaw',
    );
    expect(relayed.sort()).toEqual(['dillon-1', 'fighter-1', 'fighter-2']);
    for (const key of Object.keys(ids.statements) as StatementKey[]) {
      const statement = client.getStatement({ id: ids.statements[key] });
      const { anchor } = KIRKUK_STATEMENTS[key];
      expect(statement.text).toBe(anchor.exact);
      expect(statement.anchor).toEqual({ ...anchor, lost: false });
      expect(anchor.end - anchor.start).toBe(anchor.exact.length);
      expect(anchor.prefix.length).toBeLessThanOrEqual(32);
      expect(anchor.suffix.length).toBeLessThanOrEqual(32);
    }
    const denial = client.listTags({}).find((t) => t.name === 'denial')!;
    expect(
      client
        .listStatements({ tagId: denial.id })
        .items.map((s) => s.speakerName)
        .sort(),
    ).toEqual(['Ali Akbar Velayati', 'Col. Ryan Dillon', 'Col. Ryan Dillon']);
  });

  it('dates each statement against the article (published Thursday 19 October 2017)', () => {
    const expected: Record<StatementKey, [string, 'day' | 'week']> = {
      'fighter-1': ['2017-10-16', 'week'],
      'rudaw-1': ['2017-10-16', 'week'],
      'fighter-2': ['2017-10-16', 'week'],
      'rudaw-2': ['2017-10-16', 'week'],
      'dillon-1': ['2017-10-16', 'week'],
      'dillon-2': ['2017-10-16', 'week'], // "this week"
      'peshmerga-officials': ['2017-10-16', 'week'], // "this week"
      'mustafa-1': ['2017-10-16', 'day'], // "Monday"
      'ministry-1': ['2017-10-16', 'week'],
      'baghdad-1': ['2017-10-16', 'week'],
      'basnews-1': ['2017-10-18', 'day'], // "Wednesday"
      'velayati-1': ['2017-10-17', 'day'], // "Tuesday"
      'nauert-1': ['2017-10-17', 'day'], // "Tuesday"
    };
    for (const [key, [saidOn, precision]] of Object.entries(expected)) {
      const statement = service.client.getStatement({ id: ids.statements[key as StatementKey] });
      expect([key, statement.saidOn, statement.saidOnPrecision]).toEqual([key, saidOn, precision]);
    }
  });

  it('has the two propositions with every stance', () => {
    const { client } = service;
    expect(client.listPropositions({}).total).toBe(2);
    const pmf = client.getProposition({ id: ids.propositions['pmf-in-kirkuk'] });
    expect(pmf.text).toBe('PMF units entered Kirkuk city');
    expect(pmf.counts).toEqual({ affirms: 2, denies: 2, qualifies: 0 });
    const iran = client.getProposition({ id: ids.propositions['iran-role'] });
    expect(iran.text).toBe('Iran took part in directing the Kirkuk operation');
    expect(iran.counts).toEqual({ affirms: 4, denies: 1, qualifies: 1 });
    const velayati = iran.stances.find((s) => s.statementId === ids.statements['velayati-1']);
    expect(velayati?.stance).toBe('denies');
  });

  it('has the two saved comparisons, with an assessment each', () => {
    const { client } = service;
    expect(client.listComparisons({}).total).toBe(2);
    const dillon = client.getComparison({ id: ids.comparisons['dillon-vs-fighter'] });
    expect(dillon.title).toBe("Dillon vs. the PMF fighter's video");
    expect(dillon.items.map((i) => i.statement.id)).toEqual([
      ids.statements['dillon-2'],
      ids.statements['fighter-1'],
    ]);
    const velayati = client.getComparison({ id: ids.comparisons['velayati-vs-ministry'] });
    expect(velayati.title).toBe('Velayati vs. the Ministry of Peshmerga');
    expect(velayati.items.map((i) => i.statement.id)).toEqual([
      ids.statements['velayati-1'],
      ids.statements['ministry-1'],
    ]);
    for (const c of [dillon, velayati]) expect(c.assessment.length).toBeGreaterThan(200);
  });

  it('finds speakers by name and alias, in Latin and Persian script', () => {
    const { client } = service;
    expect(client.findActor({ name: 'Velayati' })?.id).toBe(ids.actors.velayati);
    expect(client.findActor({ name: 'علی‌اکبر ولایتی' })?.id).toBe(ids.actors.velayati);
    expect(client.findActor({ name: 'الحشد الشعبي' })?.id).toBe(ids.actors.pmf);
    expect(client.findActor({ name: 'dillon' })?.id).toBe(ids.actors.dillon);
    const ministry = client.getActor({ id: ids.actors['ministry-of-peshmerga'] });
    expect(ministry.kind).toBe('government');
    expect(ministry.memberships.map((m) => [m.organisationName, m.role])).toEqual([
      ['Kurdistan Regional Government', 'ministry'],
    ]);
    expect(client.getActor({ id: ids.actors.coalition }).description).toBe(
      'Combined Joint Task Force – Operation Inherent Resolve',
    );
  });

  it('is found by search', () => {
    const { results } = service.client.search({ query: 'Velayati' });
    expect(results.map((r) => r.statementId)).toEqual([ids.statements['velayati-1']]);
  });
});

// The hand-made key the sample was written from, when this checkout sits beside it.
const FIXTURE = join(
  import.meta.dirname ?? '',
  '../../../shared/fixtures/kirkuk-2017.expected.json',
);

describe.skipIf(!existsSync(FIXTURE))(
  'the sample against shared/fixtures/kirkuk-2017.expected.json',
  () => {
    it('keeps every statement span, speaker role, kind and cue', () => {
      const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as {
        statements: Array<{
          id: StatementKey;
          exact: string;
          start: number;
          end: number;
          role: string;
          kind: string;
          cue: string;
        }>;
      };
      expect(Object.keys(KIRKUK_STATEMENTS).sort()).toEqual(
        fixture.statements.map((s) => s.id).sort(),
      );
      for (const s of fixture.statements) {
        const mine = KIRKUK_STATEMENTS[s.id];
        expect([
          s.id,
          mine.anchor.exact,
          mine.anchor.start,
          mine.anchor.end,
          mine.role,
          mine.kind,
          mine.cue,
        ]).toEqual([s.id, s.exact, s.start, s.end, s.role, s.kind, s.cue]);
      }
    });
  },
);
