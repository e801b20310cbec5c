import type { ReactNode } from 'react';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) =>
    entity.startsWith('#')
      ? String.fromCharCode(Number(entity.slice(1)))
      : (ENTITIES[entity] ?? ''),
  );
}

/**
 * Renders a search snippet (HTML-escaped text with <mark> around matches) as React nodes,
 * without ever handing the string to innerHTML.
 */
export function Snippet({ html }: { html: string }): ReactNode {
  const parts = html.split(/(<mark>[\s\S]*?<\/mark>)/g).filter((p) => p !== '');
  return (
    <span dir="auto">
      {parts.map((part, i) =>
        part.startsWith('<mark>') ? (
          <mark key={i}>{decode(part.slice(6, -7))}</mark>
        ) : (
          <span key={i}>{decode(part)}</span>
        ),
      )}
    </span>
  );
}
