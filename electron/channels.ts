/**
 * IPC channel names shared by main (ipc.ts, menu.ts) and the preload. One channel per contract
 * method rather than a single "call" channel, so each handler is registered explicitly and an
 * unknown name has nothing listening.
 */
export const CALL_CHANNEL_PREFIX = 'parallax:';

/** The one event main sends to the renderer: a menu command (see core/app-api MENU_COMMANDS). */
export const MENU_CHANNEL = 'parallax:menu';

export function callChannel(method: string): string {
  return `${CALL_CHANNEL_PREFIX}${method}`;
}
