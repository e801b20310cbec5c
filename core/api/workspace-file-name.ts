/**
 * Whether a new workspace's file name could be stored on Windows and macOS as well as here, so
 * a workspace made on one machine can be copied to a colleague's. Pure (no node:path): the
 * renderer checks the name as it is typed, and the session checks it again before creating.
 */

/** Device names Windows keeps for itself, with any extension ("CON", "nul.parallax", "COM1.x"). */
const RESERVED = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/i;

/** Characters Windows refuses in a file name (macOS refuses ':' too). */
const FORBIDDEN = /[<>:"|?*\\/]/u;

/** The last part of a path, whichever separator it uses. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path;
}

/**
 * Why `name` (a file name, with or without its extension) cannot be a workspace's name
 * everywhere, in a sentence to show; null when it can.
 */
export function workspaceNameProblem(name: string): string | null {
  if (name.trim() === '') return 'Give the workspace a name.';
  // eslint-disable-next-line no-control-regex -- control characters are what is looked for
  const control = /[\u0000-\u001f\u007f]/u.exec(name);
  if (control) {
    return 'A file name cannot hold control characters (such as a tab or a line break).';
  }
  const forbidden = FORBIDDEN.exec(name);
  if (forbidden) {
    return `A file name cannot hold “${forbidden[0]}”: Windows or macOS could not store it. Leave out : * ? " < > | / and \\.`;
  }
  if (/[. ]$/.test(name)) {
    return 'A file name cannot end in a dot or a space: Windows could not store it.';
  }
  const stem = name.split('.')[0]!.trimEnd();
  if (RESERVED.test(stem)) {
    return `“${stem}” is a name Windows keeps for a device, with or without an extension: choose another name.`;
  }
  return null;
}
