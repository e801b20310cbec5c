import { describe, expect, it } from 'vitest';
import { useTempWorkspace } from '../test/temp-workspace';
import { XSS_PAYLOADS } from '../test/xss-payloads';
import { ClaimReviewSchema, ratingOf, renderClaimReview } from './claimreview';
import type { ReportComparison, ReportStatement } from './model';
import { hostileReport, sampleReport } from './test-reports';

const ws = useTempWorkspace();

type Review = Record<string, unknown> & {
  claimReviewed: string;
  reviewBody: string;
  name: string;
  reviewRating: { alternateName: string };
  itemReviewed: Record<string, unknown>;
};

function parse(text: string): Review[] {
  const reviews = JSON.parse(text) as Review[];
  for (const review of reviews) ClaimReviewSchema.parse(review);
  return reviews;
}

function statement(
  id: string,
  stances: ReportStatement['stances'],
  fields: Partial<ReportStatement> = {},
): ReportStatement {
  return {
    id,
    speaker: `Speaker ${id}`,
    speakerKind: 'person',
    role: null,
    affiliations: [],
    date: null,
    datePrecision: null,
    dateFrom: null,
    kind: 'quote',
    fidelity: 'unanchored',
    text: `Text ${id}`,
    language: null,
    translation: null,
    stances,
    source: null,
    diff: null,
    ...fields,
  };
}

const comparison = (statements: ReportStatement[]): ReportComparison => ({
  id: 'c',
  title: 'T',
  assessment: 'A',
  statements,
});

describe('renderClaimReview', () => {
  it('gives one valid ClaimReview per comparison of the sample', () => {
    const model = sampleReport(ws.client);
    const reviews = parse(renderClaimReview(model));
    expect(reviews).toHaveLength(2);
    const [dillon, velayati] = reviews;
    const dillonStatement = model.comparisons[0]!.statements[0]!;
    expect(dillon).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      name: "Dillon vs. the PMF fighter's video",
      claimReviewed: dillonStatement.text,
      author: { '@type': 'Person', name: 'A. Researcher' },
      datePublished: '2024-01-02',
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Col. Ryan Dillon' },
        appearance: [
          {
            '@type': 'CreativeWork',
            headline:
              'Report: Shiite Militias Hang Photo of Ayatollah Khamenei in Kirkuk Following Invasion',
            publisher: { '@type': 'Organization', name: 'Breitbart News' },
            datePublished: '2017-10-19',
          },
        ],
      },
    });
    expect(dillon!.itemReviewed.firstAppearance).toEqual(
      (dillon!.itemReviewed.appearance as unknown[])[0],
    );
    // the sample article has no URL, so no appearance has one
    expect(JSON.stringify(reviews)).not.toContain('"url"');
    // Dillon denies the PMF entered Kirkuk; the fighter affirms it
    expect(dillon!.reviewRating).toEqual({
      '@type': 'Rating',
      alternateName: 'Contradicted by 1 statement',
    });
    expect(dillon!.reviewBody).toContain(model.comparisons[0]!.assessment);
    expect(dillon!.reviewBody).toContain('PMF fighter (unnamed)');
    expect(dillon!.reviewBody).toContain('affirms “PMF units entered Kirkuk city”');
    // Velayati denies Iran's role, the ministry affirms it
    expect(velayati!.reviewRating.alternateName).toBe('Contradicted by 1 statement');
    expect(velayati!.claimReviewed).toBe(model.comparisons[1]!.statements[0]!.text);
    // the ministry is an organisation, and ClaimReview says so
    const ministry = model.comparisons[1]!.statements[1]!;
    expect(ministry.speakerKind).not.toBe('person');
    const byMinistry = parse(
      renderClaimReview({
        ...model,
        comparisons: [{ ...model.comparisons[1]!, statements: [ministry] }],
      }),
    )[0]!;
    expect(byMinistry.itemReviewed.author).toEqual({
      '@type': 'Organization',
      name: 'Ministry of Peshmerga',
    });
  });

  it('credits "Parallax user" and leaves the date out when the report names neither', () => {
    const model = sampleReport(ws.client, { author: undefined, date: undefined });
    const [review] = parse(renderClaimReview(model));
    expect(review!.author).toEqual({ '@type': 'Organization', name: 'Parallax user' });
    expect(review).not.toHaveProperty('datePublished');
  });

  it('keeps payloads as data: the JSON parses back to them and holds no raw markup', () => {
    const model = hostileReport(ws.client);
    const text = renderClaimReview(model);
    expect(text).not.toMatch(/[<>]/);
    expect(text).not.toContain('</script');
    const reviews = parse(text);
    expect(reviews).toHaveLength(model.comparisons.length);
    reviews.forEach((review, i) => {
      const c = model.comparisons[i]!;
      expect(review.name).toBe(c.title);
      expect(review.claimReviewed).toBe(c.statements[0]!.text);
      expect(review.reviewBody.startsWith(c.assessment)).toBe(true);
      expect(review.author).toEqual({ '@type': 'Person', name: model.author });
    });
    const all = JSON.stringify(reviews);
    for (const p of XSS_PAYLOADS) expect(all).toContain(JSON.stringify(p).slice(1, -1));
  });

  it('puts only http(s) URLs and schema.org dates on the claim', () => {
    const source = {
      id: 's',
      title: 'إيران ليس لها دور في عملية كركوك',
      kind: 'article' as const,
      author: null,
      outlet: null,
      url: 'javascript:alert(1)',
      publishedOn: null,
      retrievedAt: null,
    };
    const model = { ...sampleReport(ws.client), comparisons: [] as ReportComparison[] };
    const withDate = (date: string, datePrecision: ReportStatement['datePrecision']) =>
      comparison([statement('a', [], { date, datePrecision, source }), statement('b', [])]);
    model.comparisons = [
      withDate('2017-10-17', 'day'),
      withDate('2017-10-16', 'week'),
      withDate('2017-10-01', 'month'),
      withDate('2017-01-01', 'year'),
    ];
    const reviews = parse(renderClaimReview(model));
    expect(reviews.map((r) => r.itemReviewed.datePublished)).toEqual([
      '2017-10-17',
      undefined,
      '2017-10',
      '2017',
    ]);
    const appearance = (reviews[0]!.itemReviewed.appearance as Array<Record<string, unknown>>)[0];
    expect(appearance).toEqual({ '@type': 'CreativeWork', headline: source.title });
    source.url = 'https://example.org/a?b=1&c=2';
    const [again] = parse(renderClaimReview(model));
    expect(again!.itemReviewed.appearance).toEqual([
      { '@type': 'CreativeWork', headline: source.title, url: 'https://example.org/a?b=1&c=2' },
    ]);
  });

  it('rejects ClaimReviews missing what Google requires', () => {
    const [review] = JSON.parse(renderClaimReview(sampleReport(ws.client))) as Review[];
    expect(ClaimReviewSchema.safeParse(review).success).toBe(true);
    for (const key of ['claimReviewed', 'reviewRating', 'author', 'itemReviewed']) {
      const { [key]: _, ...rest } = review!;
      expect(ClaimReviewSchema.safeParse(rest).success).toBe(false);
    }
    const noName = { ...review, reviewRating: { '@type': 'Rating' } };
    expect(ClaimReviewSchema.safeParse(noName).success).toBe(false);
    const badUrl = {
      ...review,
      itemReviewed: {
        ...review!.itemReviewed,
        appearance: [{ '@type': 'CreativeWork', headline: 'x', url: 'javascript:alert(1)' }],
      },
    };
    expect(ClaimReviewSchema.safeParse(badUrl).success).toBe(false);
  });
});

describe('ratingOf', () => {
  const p = (proposition: string, stance: 'affirms' | 'denies' | 'qualifies') => ({
    propositionId: `id-${proposition}`,
    proposition,
    stance,
    note: null,
  });

  it('counts the statements taking the opposite stance on a proposition of the first', () => {
    const c = comparison([
      statement('a', [p('x', 'affirms'), p('y', 'denies')]),
      statement('b', [p('x', 'denies')]),
      statement('c', [p('y', 'affirms'), p('x', 'denies')]),
      statement('d', [p('x', 'affirms')]),
      statement('e', [p('z', 'denies')]),
    ]);
    expect(ratingOf(c)).toBe('Contradicted by 2 statements');
  });

  it('does not count qualifying, agreeing or unrelated statements', () => {
    const c = comparison([
      statement('a', [p('x', 'denies')]),
      statement('b', [p('x', 'qualifies')]),
      statement('c', [p('x', 'denies'), p('y', 'affirms')]),
    ]);
    expect(ratingOf(c)).toBe('Not contradicted in this comparison');
  });

  it('says so when the first statement takes no stance to contradict', () => {
    const onlyQualifies = [p('x', 'qualifies')];
    expect(ratingOf(comparison([statement('a', []), statement('b', [p('x', 'denies')])]))).toBe(
      'No stance recorded',
    );
    expect(
      ratingOf(comparison([statement('a', onlyQualifies), statement('b', [p('x', 'denies')])])),
    ).toBe('No stance recorded');
  });
});
