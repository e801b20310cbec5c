import { describe, expect, it } from 'vitest';
import { useTempWorkspace } from '../../test/temp-workspace';
import type { ReportSource } from '../model';
import { hostileReport, sampleReport } from '../test-reports';
import { CslItemSchema, renderCslJson, toCslItem } from './csl-json';

const ws = useTempWorkspace();

const SOURCE: ReportSource = {
  id: 'src-1',
  title: 'إيران ليس لها دور في عملية كركوك',
  kind: 'article',
  author: 'وكالة تسنيم',
  outlet: 'Tasnim',
  url: 'https://example.org/a?b=1&c=2',
  publishedOn: '2017-10-17',
  retrievedAt: '2024-01-02T23:30:00.000Z',
};

describe('CSL-JSON', () => {
  it('writes every source of the sample as a valid CSL item, in the report order', () => {
    const model = sampleReport(ws.client);
    const items = JSON.parse(renderCslJson(model)) as unknown[];
    expect(items).toHaveLength(model.sources.length);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(CslItemSchema.parse(item)).toEqual(item);
    expect(items[0]).toMatchObject({
      id: model.sources[0]!.id,
      type: 'article-newspaper',
      title:
        'Report: Shiite Militias Hang Photo of Ayatollah Khamenei in Kirkuk Following Invasion',
      author: [{ literal: 'Frances Martel' }],
      'container-title': 'Breitbart News',
      issued: { 'date-parts': [[2017, 10, 19]] },
    });
    // the sample's article is not bundled, so it has no URL
    expect(items[0]).not.toHaveProperty('URL');
  });

  it('keeps payloads as data in valid items (the hostile report)', () => {
    const model = hostileReport(ws.client);
    const text = renderCslJson(model);
    const items = JSON.parse(text) as Array<Record<string, unknown>>;
    expect(items.map((i) => i.title)).toEqual(model.sources.map((s) => s.title));
    for (const item of items) CslItemSchema.parse(item);
  });

  it('maps the fields: literal names, dates, http(s) URLs only', () => {
    expect(toCslItem(SOURCE)).toEqual({
      id: 'src-1',
      type: 'article-newspaper',
      title: 'إيران ليس لها دور في عملية كركوك',
      author: [{ literal: 'وكالة تسنيم' }],
      'container-title': 'Tasnim',
      URL: 'https://example.org/a?b=1&c=2',
      issued: { 'date-parts': [[2017, 10, 17]] },
      accessed: { 'date-parts': [[2024, 1, 2]] },
    });
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'x']) {
      expect(toCslItem({ ...SOURCE, url })).not.toHaveProperty('URL');
    }
  });

  it('maps each source kind to a CSL type', () => {
    const typeOf = (kind: ReportSource['kind'], outlet: string | null = 'Outlet') =>
      toCslItem({ ...SOURCE, kind, outlet }).type;
    expect(typeOf('article')).toBe('article-newspaper');
    expect(typeOf('article', null)).toBe('webpage');
    expect(toCslItem({ ...SOURCE, outlet: null, url: null }).type).toBe('article');
    expect(typeOf('transcript')).toBe('speech');
    expect(typeOf('video')).toBe('motion_picture');
    expect(typeOf('social_post')).toBe('post');
    expect(typeOf('document')).toBe('document');
    expect(typeOf('other')).toBe('document');
    const release = toCslItem({ ...SOURCE, kind: 'press_release', outlet: 'Ministry' });
    expect(release).toMatchObject({
      type: 'report',
      genre: 'Press release',
      publisher: 'Ministry',
    });
    expect(release).not.toHaveProperty('container-title');
    for (const kind of [
      'article',
      'transcript',
      'video',
      'press_release',
      'social_post',
    ] as const) {
      CslItemSchema.parse(toCslItem({ ...SOURCE, kind }));
    }
  });

  it('leaves out what the source does not have', () => {
    const item = toCslItem({
      ...SOURCE,
      author: null,
      outlet: null,
      url: null,
      publishedOn: null,
      retrievedAt: null,
    });
    expect(item).toEqual({ id: 'src-1', type: 'article', title: SOURCE.title });
    CslItemSchema.parse(item);
  });

  it('rejects items that break the CSL-JSON schema', () => {
    const valid = toCslItem(SOURCE);
    const invalid: unknown[] = [
      { ...valid, id: undefined },
      { ...valid, type: undefined },
      { ...valid, type: 'newspaper-article' },
      { ...valid, issued: { 'date-parts': [] } },
      { ...valid, issued: { 'date-parts': [[2017, 10, 17, 1]] } },
      { ...valid, issued: '2017-10-17' },
      { ...valid, author: [{ name: 'x' }] },
      { ...valid, author: [{ literal: '' }] },
      { ...valid, author: 'Frances Martel' },
      { ...valid, title: 42 },
      { ...valid, url: 'https://example.org' },
    ];
    for (const item of invalid) expect(CslItemSchema.safeParse(item).success).toBe(false);
    expect(CslItemSchema.safeParse(valid).success).toBe(true);
  });
});
