import { describe, expect, it } from 'vitest';
import { anchorAt } from '../core/anchor/text-quote';
import { expectUsageError, inspectWorkspace, parallax, useTempDir } from './test/harness';

const temp = useTempDir();

const BODY =
  'The envoy said: “We will not sign this agreement while the border posts stay closed.” ' +
  'Later the minister added: “Trade will resume when the posts open.”';

/** A workspace with three anchored quotations: one whole, one an excerpt, one edited since. */
async function quotes(): Promise<{ ws: string; edited: string }> {
  const ws = temp.file('w.parallax');
  expect((await parallax('init', ws)).status).toBe(0);
  const edited = inspectWorkspace(ws, (c) => {
    const source = c.createSource({ title: 'Talks', body: BODY });
    const speaker = c.createActor({ name: 'Envoy', kind: 'person', aliases: [] }).id;
    const quote = (exact: string, text: string) => {
      const start = BODY.indexOf(exact);
      return c.createStatement({
        speakerId: speaker,
        sourceId: source.id,
        text,
        anchor: anchorAt(BODY, start, start + exact.length),
      }).id;
    };
    const whole = 'We will not sign this agreement while the border posts stay closed.';
    quote(whole, whole);
    quote(whole, 'We will not sign this agreement … stay closed.');
    const id = quote(
      'Trade will resume when the posts open.',
      'Trade will resume when the posts open.',
    );
    c.updateStatement({ id, text: 'Trade will resume soon.' });
    return id;
  });
  return { ws, edited };
}

describe('parallax check-quotes', () => {
  it('lists the quotation edited since it was anchored, with both texts, and exits 1', async () => {
    const { ws, edited } = await quotes();
    const run = await parallax('check-quotes', ws);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${edited}  DIFFERS  Envoy`);
    expect(run.stdout).toContain('  quoted: “Trade will resume soon.”');
    expect(run.stdout).toContain('  source: “Trade will resume when the posts open.”');
    expect(run.stdout).toContain('1 of 3 quotations do not match their sources.');

    const jsonRun = await parallax('check-quotes', ws, '--json');
    expect(jsonRun.status).toBe(1);
    expect(JSON.parse(jsonRun.stdout)).toEqual({
      quotes: [
        {
          id: edited,
          speaker: 'Envoy',
          text: 'Trade will resume soon.',
          source_text: 'Trade will resume when the posts open.',
          state: 'differs',
        },
      ],
    });
  });

  it('says so and exits 0 when every quotation matches; usage errors exit 2', async () => {
    const { ws, edited } = await quotes();
    inspectWorkspace(ws, (c) => c.deleteStatement({ id: edited }));
    const run = await parallax('check-quotes', ws);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('All 2 quotations match their sources.\n');
    expectUsageError(await parallax('check-quotes', ws, '--frob'), 'check-quotes', /--frob/);
  });
});
