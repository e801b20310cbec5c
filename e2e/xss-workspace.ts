import type { Page } from '@playwright/test';
import { XSS_PAYLOADS } from '../core/test/xss-payloads';

/**
 * Payloads that would leave a trace if they ran: the spec checks `window.__xss` stays unset.
 * The shared list (core/test/xss-payloads.ts) only calls alert(), which shows as a dialog.
 */
export const TRACE_PAYLOADS: readonly string[] = [
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=2"></svg>',
  '<script>window.__xss=3</script>',
  '<iframe srcdoc="<script>parent.__xss=4</script>"></iframe>',
  '<a href="javascript:window.__xss=5">open</a>',
  '[link](javascript:window.__xss=6)',
  '<details open ontoggle="window.__xss=7">',
  '<video><source onerror="window.__xss=8"></video>',
  '" autofocus onfocus="window.__xss=9" x="',
];

export const PAYLOADS: readonly string[] = [...TRACE_PAYLOADS, ...XSS_PAYLOADS];

/** Words in the title of the source whose body holds every payload, to find it by. */
export const BODY_TITLE = 'Everything quoted';

/** Texts one source body holds, one payload a line, so the reader shows them all. */
const BODY = PAYLOADS.join('\n');

type Call = (method: string, input: object) => Promise<{ id: string }>;

/**
 * Calls a contract method the way the page does: through `window.parallax` in Electron, or
 * `POST /api/<method>` with the page's token in the browser host.
 */
export function callThrough(page: Page): Call {
  return (method, input) =>
    page.evaluate(
      async ([m, i]) => {
        const bridge = (
          window as {
            parallax?: { call(m: string, i: unknown): Promise<{ ok: boolean; result?: unknown }> };
          }
        ).parallax;
        if (bridge) {
          const answer = await bridge.call(m, i);
          if (!answer.ok) throw new Error(`${m}: ${JSON.stringify(answer)}`);
          return answer.result as { id: string };
        }
        const token = new URLSearchParams(window.location.search).get('token') ?? '';
        const response = await fetch(`/api/${m}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-parallax-token': token },
          body: JSON.stringify(i),
        });
        const body = (await response.json()) as { result?: { id: string }; error?: unknown };
        if (!response.ok) throw new Error(`${m}: ${JSON.stringify(body.error)}`);
        return body.result!;
      },
      [method, input] as const,
    );
}

/**
 * Fills the open workspace with payloads in every field a person types: actors (names,
 * descriptions, aliases), sources (titles, outlets, authors, bodies), statements (text, role,
 * venue, cue, translation; anchored in a body, so the reader highlights them), propositions
 * and stance notes, comparisons (titles, assessments), tags and notes. Through the contract,
 * as the interface itself would write them; reload the page afterwards.
 */
export async function fillWithPayloads(page: Page): Promise<void> {
  const call = callThrough(page);
  const source = await call('createSource', {
    title: `${TRACE_PAYLOADS[0]!} ${BODY_TITLE}`,
    outlet: TRACE_PAYLOADS[1]!,
    author: TRACE_PAYLOADS[2]!,
    url: 'https://example.org/a?b=1&c=<x>',
    body: BODY,
    publishedOn: '2024-01-01',
  });
  const statementIds: string[] = [];
  let offset = 0;
  let proposition = { id: '' };
  for (const [i, p] of PAYLOADS.entries()) {
    const start = BODY.indexOf(p, offset);
    offset = start + p.length;
    const label = `${p} #${i}`;
    const other = await call('createSource', { title: label, outlet: p, author: p, body: p });
    const speaker = await call('createActor', {
      name: label,
      description: p,
      aliases: [`${p} alias`],
    });
    const statement = await call('createStatement', {
      speakerId: speaker.id,
      sourceId: source.id,
      text: p,
      role: p,
      venue: p,
      cue: p,
      translation: p,
      translationLanguage: 'en',
      saidOn: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
      saidOnPrecision: 'day',
      anchor: { exact: p, start, end: start + p.length },
    });
    // Pairs of statements take opposite stances on one proposition: conflicts to show.
    if (i % 2 === 0)
      proposition = await call('createProposition', { text: `${p} (claim ${i / 2})` });
    await call('setStance', {
      statementId: statement.id,
      propositionId: proposition.id,
      stance: i % 2 === 0 ? 'affirms' : 'denies',
      note: p,
    });
    const tag = await call('createTag', { name: label.slice(0, 100), color: null });
    await call('tagStatement', { statementId: statement.id, tagId: tag.id });
    for (const target of [
      { type: 'statement', id: statement.id },
      { type: 'source', id: other.id },
      { type: 'actor', id: speaker.id },
      { type: 'proposition', id: proposition.id },
    ])
      await call('createNote', { target, body: p });
    statementIds.push(statement.id);
  }
  // A comparison holds 2 to 6 statements.
  for (let i = 0; i + 1 < statementIds.length; i += 5) {
    const comparison = await call('createComparison', {
      title: PAYLOADS[i]!,
      statementIds: statementIds.slice(i, i + 5),
      assessment: PAYLOADS.join('\n'),
    });
    await call('createNote', {
      target: { type: 'comparison', id: comparison.id },
      body: PAYLOADS[i]!,
    });
  }
}
