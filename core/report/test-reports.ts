import { ReportRequest, type ReportRequestInput } from '../api/reports';
import { buildSample } from '../sample/build-sample';
import type { ServiceClient } from '../service';
import { XSS_PAYLOADS } from '../test/xss-payloads';
import { buildReport } from './build';
import type { ReportModel } from './model';

/** Report options as the contract parses them (defaults filled in). */
export function reportOptions(input: ReportRequestInput) {
  return ReportRequest.parse(input);
}

/** The Kirkuk sample's two comparisons, every section, Chicago citations. */
export function sampleReport(client: ServiceClient, extra: Partial<ReportRequestInput> = {}) {
  const ids = buildSample(client);
  return buildReport(
    client,
    reportOptions({
      scope: {
        kind: 'comparisons',
        ids: [ids.comparisons['dillon-vs-fighter'], ids.comparisons['velayati-vs-ministry']],
      },
      title: 'Kirkuk',
      author: 'A. Researcher',
      date: '2024-01-02',
      ...extra,
    }),
  );
}

/**
 * A report made of XSS and injection payloads: each payload is a statement's text, role and
 * speaker, its source's title and outlet, a proposition it takes a stance on (so the summary,
 * matrix and timeline carry payloads too), and comparison titles and assessments.
 */
export function hostileReport(
  client: ServiceClient,
  extra: Partial<ReportRequestInput> = {},
): ReportModel {
  const statementIds: string[] = [];
  for (const [i, p] of XSS_PAYLOADS.entries()) {
    const source = client.createSource({
      title: `${p} #${i}`,
      outlet: p,
      author: p,
      url: 'https://example.org/a?b=1&c=2',
    });
    const speaker = client.createActor({ name: `${p} #${i}` });
    const statement = client.createStatement({
      speakerId: speaker.id,
      sourceId: source.id,
      text: p,
      role: p,
    });
    const proposition = client.createProposition({ text: `${p} (claim ${Math.floor(i / 2)})` });
    client.setStance({
      statementId: statement.id,
      propositionId: proposition.id,
      stance: i % 2 === 0 ? 'affirms' : 'denies',
    });
    statementIds.push(statement.id);
  }
  // a comparison holds 2 to 6 statements: chunks of 5 (37 payloads → 7 + a last of 2)
  const ids: string[] = [];
  for (let i = 0; i < statementIds.length; i += 5) {
    const chunk = statementIds.slice(i, i + 5);
    if (chunk.length === 1) chunk.unshift(statementIds[0]!);
    ids.push(
      client.createComparison({
        title: XSS_PAYLOADS[i]!,
        statementIds: chunk,
        assessment: XSS_PAYLOADS.join('\n'),
      }).id,
    );
  }
  return buildReport(
    client,
    reportOptions({
      scope: { kind: 'comparisons', ids },
      title: XSS_PAYLOADS[6],
      author: XSS_PAYLOADS[2],
      ...extra,
    }),
  );
}

/** The dam-and-river dispute's records, by key. */
export interface DamDispute {
  statements: Record<string, { id: string; text: string; speaker: string; source: string | null }>;
  propositions: { dam: string; river: string };
}

/**
 * A made-up dispute for report tests and the docs' report pages (every sentence written for
 * Parallax): six statements on two propositions from three sources — one a flip, the ministry
 * denying and later affirming — and one statement on nothing from a fourth source.
 */
export function damDispute(c: ServiceClient): DamDispute {
  const source = (title: string, outlet: string, author: string, publishedOn: string) =>
    c.createSource({
      title,
      outlet,
      author,
      publishedOn,
      url: `https://news.example/${outlet.toLowerCase().replace(/\s+/g, '-')}`,
    });
  const sources = {
    north: source('Dam gates opened, say engineers', 'Northwire', 'Lena Okafor', '2021-03-02'),
    valley: source(
      'Officials dispute reports on the dam',
      'Valley Courier',
      'Tomas Reyes',
      '2021-03-05',
    ),
    delta: source(
      'Crossing at the river remains unclear',
      'Delta Ledger',
      'Amira Haddad',
      '2021-03-09',
    ),
    stray: source('Weather outlook for the spring', 'Sundry Gazette', 'Pat Quill', '2021-02-01'),
  };
  const statements: DamDispute['statements'] = {};
  const actors = new Map<string, string>();
  const add = (
    key: string,
    speaker: string,
    text: string,
    src: { id: string; title: string } | null,
    fields: Record<string, unknown> = {},
  ) => {
    const speakerId = actors.get(speaker) ?? c.createActor({ name: speaker }).id;
    actors.set(speaker, speakerId);
    const s = c.createStatement({
      speakerId,
      text,
      sourceId: src?.id ?? null,
      ...fields,
    });
    statements[key] = { id: s.id, text, speaker, source: src?.title ?? null };
  };
  add(
    'engineer',
    'Chief engineer Ilse Varga',
    'The sluice gates were opened at dawn on Tuesday,',
    sources.north,
    {
      saidOn: '2021-03-02',
      saidOnPrecision: 'day',
    },
  );
  add(
    'ministry',
    'Ministry of Water Works',
    'No gate at the reservoir was touched this month',
    sources.valley,
    {
      kind: 'paraphrase',
      saidOn: '2021-03-01',
      saidOnPrecision: 'month',
    },
  );
  add(
    'farmer',
    'Farmers’ union',
    'Water reached the lower fields, though only briefly',
    sources.delta,
    {
      saidOn: '2021-03-08',
      saidOnPrecision: 'week',
    },
  );
  add(
    'colonel',
    'Colonel Bram Dekker',
    'Our units crossed the river before midnight',
    sources.delta,
  );
  add(
    'mayor',
    'Mayor Ruth Adeyemi',
    'Nobody crossed the river; the bridge stayed shut',
    sources.north,
    {
      saidOn: '2021-03-04',
    },
  );
  add(
    'stray',
    'Forecaster Niko Laine',
    'Expect mild rain across the basin next week',
    sources.stray,
  );

  const dam = c.createProposition({ text: 'The dam gates were opened' }).id;
  const river = c.createProposition({ text: 'Troops crossed the river' }).id;
  const stance = (key: string, propositionId: string, value: 'affirms' | 'denies' | 'qualifies') =>
    c.setStance({ statementId: statements[key]!.id, propositionId, stance: value });
  stance('engineer', dam, 'affirms');
  stance('ministry', dam, 'denies');
  add(
    'ministryLater',
    'Ministry of Water Works',
    'Two gates were opened for an hour to relieve pressure on the wall',
    sources.valley,
    { saidOn: '2021-03-10', role: 'spokesperson' },
  );
  stance('ministryLater', dam, 'affirms');
  stance('farmer', dam, 'qualifies');
  stance('colonel', river, 'affirms');
  stance('mayor', river, 'denies');
  return { statements, propositions: { dam, river } };
}
