import { api } from '../core/api';
import { appApi, MENU_COMMANDS, type MenuCommand } from '../core/app-api';

/**
 * The names the preload lets through, read from the contracts rather than copied, so a new
 * contract method needs no change here.
 *
 * Data only: build.mjs evaluates this module at build time and inlines its exports into the
 * sandboxed preload as literals, so the preload carries a few kilobytes of names instead of
 * zod and every schema. Keep every export JSON-serialisable (the build checks).
 */

/** The app contract then the workspace contract, in the order of AppSession.methodNames(). */
export const BRIDGE_METHODS: readonly string[] = Object.freeze([
  ...Object.keys(appApi),
  ...Object.keys(api),
]);

/** The commands the menu may send (core/app-api MENU_COMMANDS). */
export const MENU_COMMAND_NAMES: readonly MenuCommand[] = Object.freeze([...MENU_COMMANDS]);
