/** The URL when it is an absolute http(s) URL a report may link to, otherwise null. */
export function linkableUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  if (!/^https?:\/\/[^\s<>"'`\\]+$/i.test(url) || hasControl(url)) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function hasControl(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
