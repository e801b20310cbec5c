import { QUIET_CHROMIUM_ARGS } from '../core/report/pdf/print-pdf';

/**
 * How the e2e tests and the UI benchmark start Chromium: the system's package (Debian's
 * /usr/bin/chromium; override with PARALLAX_CHROMIUM), never a Playwright download, with
 * everything that would reach the network turned off.
 */
export const CHROMIUM_PATH = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = QUIET_CHROMIUM_ARGS;

export const CHROMIUM_LAUNCH = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };
