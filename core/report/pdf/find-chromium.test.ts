import { win32 } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ParallaxError } from '../../errors';
import { findChromium } from './find-chromium';

/** An `exists` that knows only the given paths. */
const only =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('findChromium', () => {
  it('takes PARALLAX_CHROMIUM first, over installed browsers', () => {
    const env = { PARALLAX_CHROMIUM: '/opt/my/chrome' };
    expect(findChromium(env, only('/opt/my/chrome', '/usr/bin/chromium'))).toBe('/opt/my/chrome');
  });

  it('refuses a PARALLAX_CHROMIUM that names no file, naming the variable and the path', () => {
    const env = { PARALLAX_CHROMIUM: '/nowhere/chrome' };
    const attempt = () => findChromium(env, only('/usr/bin/chromium'));
    expect(attempt).toThrow(ParallaxError);
    expect(attempt).toThrow(/PARALLAX_CHROMIUM.*\/nowhere\/chrome/);
    try {
      attempt();
    } catch (error) {
      expect((error as ParallaxError).code).toBe('unavailable');
    }
  });

  it('ignores an empty PARALLAX_CHROMIUM', () => {
    expect(findChromium({ PARALLAX_CHROMIUM: '' }, only('/usr/bin/chromium'))).toBe(
      '/usr/bin/chromium',
    );
  });

  it('finds the Linux packages in order', () => {
    expect(findChromium({}, only('/usr/bin/google-chrome', '/snap/bin/chromium'))).toBe(
      '/usr/bin/google-chrome',
    );
    expect(findChromium({}, only('/usr/bin/chromium-browser', '/usr/bin/microsoft-edge'))).toBe(
      '/usr/bin/chromium-browser',
    );
    expect(findChromium({}, only('/usr/bin/microsoft-edge'))).toBe('/usr/bin/microsoft-edge');
  });

  it('finds the macOS applications', () => {
    const edge = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findChromium({}, only(edge))).toBe(edge);
    expect(findChromium({}, only(edge, chrome))).toBe(chrome);
  });

  it('finds Chrome and Edge under the Windows folders, whatever the variables’ case', () => {
    const env = { ProgramFiles: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\r\\AppData\\Local' };
    const localChrome = win32.join(
      env.LOCALAPPDATA,
      'Google',
      'Chrome',
      'Application',
      'chrome.exe',
    );
    const edge = 'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findChromium(env, only(localChrome))).toBe(localChrome);
    expect(findChromium(env, only(localChrome, edge))).toBe(edge);
    const x86 = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findChromium({ 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' }, only(x86))).toBe(x86);
  });

  it("falls back to playwright-core's own browser, then to null", () => {
    const bundled = chromium.executablePath();
    expect(findChromium({}, only(bundled))).toBe(bundled);
    expect(findChromium({}, only())).toBeNull();
    expect(findChromium({}, only('/usr/local/bin/chromium'))).toBeNull();
  });
});
