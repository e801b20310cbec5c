import { useEffect, useRef } from 'react';

/** The report page's own stylesheet, and the page without it (the app's CSP blocks inline <style>). */
export function splitStyle(html: string): { css: string; page: string } {
  const match = /<style>([\s\S]*?)<\/style>/.exec(html);
  if (!match) return { css: '', page: html };
  return { css: match[1]!, page: html.replace(match[0], '') };
}

/**
 * The report exactly as exported, in a sandboxed frame that may run no script. Its stylesheet is
 * adopted through the CSSOM, which the app's strict CSP allows, instead of an inline <style>.
 */
export function ReportPreview({ html, busy }: { html: string; busy: boolean }) {
  const frame = useRef<HTMLIFrameElement | null>(null);
  const { css, page } = splitStyle(html);
  useEffect(() => {
    const iframe = frame.current;
    if (!iframe) return;
    const style = () => {
      const doc = iframe.contentDocument;
      if (!doc) return;
      const sheet = new (iframe.contentWindow as typeof window).CSSStyleSheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [sheet];
    };
    iframe.addEventListener('load', style);
    style();
    return () => iframe.removeEventListener('load', style);
  }, [css, page]);
  return (
    <iframe
      ref={frame}
      className={busy ? 'report-frame report-frame-busy' : 'report-frame'}
      title="Report preview"
      sandbox="allow-same-origin"
      srcDoc={page}
    />
  );
}
