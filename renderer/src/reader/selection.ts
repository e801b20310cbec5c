/**
 * The span of the source text the reader has selected, as offsets into the body: each rendered
 * segment carries its body offset in data-start, so a DOM selection maps back exactly.
 */
export function selectedSpan(container: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const offsetOf = (node: Node, offset: number): number | null => {
    const element = (
      node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element)
    )?.closest<HTMLElement>('[data-start]');
    if (!element || !container.contains(element)) return null;
    return Number(element.dataset.start) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
  };
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
