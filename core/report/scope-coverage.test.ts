/**
 * Reports say exactly what they claim to cover: for each scope and each format, every statement
 * in scope is printed with its words, speaker and its source's citation; nothing out of scope is;
 * and the header's counts are the counts of what is printed. The workspace is built through the
 * service (test-reports' damDispute): three sources, two propositions, no comparisons (one is
 * added for the comparison scope), plus a statement and a source no scope reaches.
 */
import { describe, expect, it } from 'vitest';
import type { ReportFormatId, ReportRequestInput } from '../api/reports';
import type { ServiceClient } from '../service';
import { useTempWorkspace } from '../test/temp-workspace';
import { buildReport } from './build';
import { countsLine } from './model';
import { comparable, pdfTestPrinter } from './pdf/pdf-text';
import { spokenWords } from './statement-text';
import { REPORT_STATEMENT_LIMIT, resolveScope } from './scope';
import { readerText } from './test-reader-text';
import {
  damDispute as buildFixture,
  reportOptions,
  type DamDispute as Fixture,
} from './test-reports';

const ws = useTempWorkspace();

const { chromium: CHROMIUM, skip: NO_PDF } = pdfTestPrinter();
/** Every format that prints statements; PDF where a browser and pdftotext are here. */
const FORMATS: ReportFormatId[] = ['html', 'md', 'csv', 'json', 'docx'];
if (NO_PDF === null) FORMATS.push('pdf');

interface Case {
  name: string;
  scope: (f: Fixture, c: ServiceClient) => ReportRequestInput['scope'];
  inScope: string[];
  counts: { statements: number; sources: number; comparisons: number; conflicts: number };
}

const CASES: Case[] = [
  {
    name: 'everything',
    scope: () => ({ kind: 'all' }),
    inScope: ['engineer', 'ministry', 'ministryLater', 'farmer', 'colonel', 'mayor'],
    counts: { statements: 6, sources: 3, comparisons: 0, conflicts: 2 },
  },
  {
    name: 'one proposition',
    scope: (f) => ({ kind: 'proposition', id: f.propositions.dam }),
    inScope: ['engineer', 'ministry', 'ministryLater', 'farmer'],
    counts: { statements: 4, sources: 3, comparisons: 0, conflicts: 1 },
  },
  {
    name: 'the other proposition',
    scope: (f) => ({ kind: 'proposition', id: f.propositions.river }),
    inScope: ['colonel', 'mayor'],
    counts: { statements: 2, sources: 2, comparisons: 0, conflicts: 1 },
  },
  {
    name: 'these comparisons',
    scope: (f, c) => ({
      kind: 'comparisons',
      ids: [
        c.createComparison({
          title: 'Engineer and mayor',
          statementIds: [f.statements.engineer!.id, f.statements.mayor!.id],
        }).id,
      ],
    }),
    inScope: ['engineer', 'mayor'],
    counts: { statements: 2, sources: 1, comparisons: 1, conflicts: 0 },
  },
];

describe('report scope, in every format', () => {
  for (const testCase of CASES) {
    it(`${testCase.name}: every statement in scope with speaker and citation, nothing else, true counts (${FORMATS.join(', ')}${NO_PDF ? `; not PDF: ${NO_PDF}` : ''})`, async () => {
      const fixture = buildFixture(ws.client);
      const model = buildReport(
        ws.client,
        reportOptions({ scope: testCase.scope(fixture, ws.client), title: 'Dam and river' }),
      );
      expect(model.counts).toEqual(testCase.counts);
      const outOfScope = Object.keys(fixture.statements).filter(
        (k) => !testCase.inScope.includes(k),
      );
      const citedTitles = new Set(model.sources.map((s) => s.title));
      for (const format of FORMATS) {
        const seen = comparable(await readerText(model, format, ws.dir, CHROMIUM));
        const has = (s: string) => seen.includes(comparable(s));
        for (const key of testCase.inScope) {
          const s = fixture.statements[key]!;
          expect(has(spokenWords(s.text)), `${format}: words of ${key}`).toBe(true);
          expect(has(s.speaker), `${format}: speaker of ${key}`).toBe(true);
          const source = model.sources.find((x) => x.title === s.source)!;
          expect(source, `${format}: ${key}'s source in the bibliography`).toBeDefined();
          const cite = model.citations[source.id]!.inText;
          expect(cite).not.toBe('');
          if (format !== 'json') expect(has(cite), `${format}: citation ${cite}`).toBe(true);
        }
        for (const key of outOfScope) {
          const s = fixture.statements[key]!;
          expect(has(spokenWords(s.text)), `${format}: out-of-scope ${key}`).toBe(false);
          if (s.source && !citedTitles.has(s.source)) {
            expect(has(s.source), `${format}: out-of-scope source ${s.source}`).toBe(false);
          }
        }
        if (['html', 'md', 'docx', 'pdf'].includes(format)) {
          expect(has(countsLine(model.counts)), `${format}: header counts`).toBe(true);
        }
      }
    }, 120_000);
  }

  it('the header names what is printed: without the conflicts section, no conflict count', () => {
    buildFixture(ws.client);
    const model = buildReport(
      ws.client,
      reportOptions({ scope: { kind: 'all' }, sections: ['timeline', 'sources'] }),
    );
    expect(countsLine(model.counts)).toBe('6 statements · 3 sources');
  });

  it('a report too large to print whole is refused with a way to narrow it, not cut short', () => {
    const c = ws.client;
    const p = c.createProposition({ text: 'Everyone spoke' });
    const actor = c.createActor({ name: 'Speaker' });
    // A small stand-in limit keeps this quick; the real one is far above any test's size.
    expect(REPORT_STATEMENT_LIMIT).toBeGreaterThan(100);
    for (let i = 0; i < 3; i++) {
      const s = c.createStatement({ speakerId: actor.id, text: `Words number ${i}` });
      c.setStance({ statementId: s.id, propositionId: p.id, stance: 'affirms' });
    }
    expect(() => resolveScope(c, { kind: 'all' }, 2)).toThrow(
      /at most 2\b.*Choose one proposition/,
    );
    expect(resolveScope(c, { kind: 'all' }, 3).statementIds).toHaveLength(3);
  });
});
