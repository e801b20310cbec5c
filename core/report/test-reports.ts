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
