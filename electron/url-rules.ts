/**
 * Which URLs belong to Parallax and which may be handed to the user's browser. Pure functions,
 * so the security decisions in security.ts and ipc.ts can be unit tested without Electron.
 */

/** The privileged custom scheme the renderer is served from (see app-protocol.ts). */
export const APP_SCHEME = 'app';
/** The one host under app:// — a fixed name, so the origin is stable across launches. */
export const APP_HOST = 'parallax';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Longest URL we offer to open; anything longer is not a link a person meant to follow. */
const MAX_EXTERNAL_URL_LENGTH = 2048;

function parse(url: unknown): URL | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True for pages of the app itself (app://parallax/…). Used to decide which navigations are
 * allowed and which frames may call the IPC methods. Node's URL parser keeps the host of a
 * non-special scheme as written, so the comparison ignores case, as Chromium does for a
 * standard scheme; a port or credentials make it a different origin.
 */
export function isAppUrl(url: unknown): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname.toLowerCase() === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * The URL to offer to open in the user's browser, or null when it must simply be refused.
 * Only http(s): `file:`, `javascript:`, `smb:`, custom protocol handlers and the like can run
 * programs or leak credentials when given to `shell.openExternal`. URLs with embedded
 * credentials (`https://bank.example@evil.example/`) are refused because they mislead the
 * reader of the confirmation dialog. The returned string is the normalised form, so what the
 * dialog shows is exactly what is opened.
 */
export function externalUrlToOffer(url: unknown): string | null {
  if (typeof url !== 'string' || url.length > MAX_EXTERNAL_URL_LENGTH) return null;
  const parsed = parse(url);
  if (parsed === null) return null;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username !== '' || parsed.password !== '' || parsed.hostname === '') return null;
  return parsed.href;
}
