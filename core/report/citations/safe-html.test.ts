import { describe, expect, it } from 'vitest';
import { safeCitationHtml } from './safe-html';

describe('safeCitationHtml', () => {
  it('keeps the allowed formatting and strips the csl-entry div', () => {
    const html =
      '  <div class="csl-entry">A. <i>B</i> <b>C</b> <span style="font-variant:small-caps;">d</span> 1<sup>st</sup> H<sub>2</sub>O &#38; x</div>\n';
    expect(safeCitationHtml(html)).toBe(
      'A. <i>B</i> <b>C</b> <span style="font-variant:small-caps;">d</span> 1<sup>st</sup> H<sub>2</sub>O &amp; x',
    );
  });

  it('escapes any other markup, even if citeproc let it through', () => {
    const out = safeCitationHtml(
      '<div class="csl-entry"><script>alert(1)</script><a href="javascript:alert(1)">x</a>' +
        '<img src=x onerror=alert(1)><i onclick="x">y</i><span style="font-style:normal;">z</span></div>',
    );
    expect(out).not.toMatch(/<(script|a|img|span style="font-style)/);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&lt;a href=&quot;javascript:alert(1)&quot;&gt;');
    expect(out).toContain('&lt;i onclick=&quot;x&quot;&gt;y');
    expect(out).toContain('&lt;span style=&quot;font-style:normal;&quot;&gt;z&lt;/span&gt;');
  });

  it('re-escapes decoded entities instead of letting them become markup', () => {
    expect(safeCitationHtml('&#60;svg onload=alert(1)&#62; &lt;b&gt; &#x3c;i&#x3e;')).toBe(
      '&lt;svg onload=alert(1)&gt; &lt;b&gt; &lt;i&gt;',
    );
  });

  it('balances the tags: stray closers escaped, unclosed openers closed', () => {
    expect(safeCitationHtml('a</i></span><b>c')).toBe('a&lt;/i&gt;&lt;/span&gt;<b>c</b>');
    expect(safeCitationHtml('<i><b>x</i></b>')).toBe('<i><b>x&lt;/i&gt;</b></i>');
  });
});
