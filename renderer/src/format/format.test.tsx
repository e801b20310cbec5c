// @vitest-environment happy-dom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatSaidOn } from './dates';
import { Snippet } from './snippet';

describe('formatSaidOn', () => {
  it('says a date as precisely as it is known', () => {
    expect(formatSaidOn('2017-10-16', 'day')).toBe('16 October 2017');
    expect(formatSaidOn('2017-10-16', 'week')).toBe('week of 16 October 2017');
    expect(formatSaidOn('2017-10-16', 'month')).toBe('October 2017');
    expect(formatSaidOn('2017-10-16', 'year')).toBe('2017');
    expect(formatSaidOn(null, null)).toBe('undated');
    expect(formatSaidOn('2017-10-16', 'day', 'month-day-year')).toBe('October 16, 2017');
    expect(formatSaidOn('2017-10-16', 'week', 'iso')).toBe('week of 2017-10-16');
    expect(formatSaidOn('2017-10-16', 'month', 'iso')).toBe('2017-10');
  });
});

describe('Snippet', () => {
  it('marks matches without interpreting the text as HTML', () => {
    const { container } = render(
      <Snippet
        html={
          'Iran has &#60;b&#62;no role&#60;/b&#62; in <mark>Kirkuk</mark> &amp; <mark>ولایتی</mark>'
        }
      />,
    );
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'Kirkuk',
      'ولایتی',
    ]);
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toBe('Iran has <b>no role</b> in Kirkuk & ولایتی');
    expect(container.firstElementChild?.getAttribute('dir')).toBe('auto');
  });
});
