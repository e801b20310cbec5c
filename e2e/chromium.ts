/**
 * How the e2e tests and the UI benchmark start Chromium: the system's package (Debian's
 * /usr/bin/chromium; override with PARALLAX_CHROMIUM), never a Playwright download, with
 * everything that would reach the network turned off.
 */
export const CHROMIUM_PATH = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const CHROMIUM_LAUNCH = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };
