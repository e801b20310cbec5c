/**
 * Saves bytes the host produced as a file: a download in the browser host; in Electron the
 * window's download handler asks where to save it.
 */
export function saveFile(fileName: string, mimeType: string, contentBase64: string): void {
  const binary = atob(contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the URL; give the browser a moment before revoking it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
