import type { ApiError } from '../core/api/errors';
import { appApi, type AppState } from '../core/app-api';
import { invalidInput, toParallaxError } from '../core/errors';
import type { AppSession } from '../core/session';
import { isJsonShaped } from './json-shaped';
import { BRIDGE_METHODS } from './method-names';
import type { BridgeResponse } from './preload-api';
import { isAppUrl } from './url-rules';

/**
 * The pure half of the IPC binding: who may call, which method runs, and how the answer is
 * shaped. ipc.ts adds only Electron (channels, the sender frame, native dialogs).
 */

/** What dispatch needs of the session; a real AppSession in tests. */
export type CallTarget = Pick<AppSession, 'call'>;

/** The methods only Electron implements, and the session method each one ends in. */
export const DIALOG_METHODS = {
  chooseAndOpenWorkspace: 'openWorkspace',
  chooseAndCreateWorkspace: 'newWorkspace',
} as const;
export type DialogMethod = keyof typeof DIALOG_METHODS;

/** Methods that leave a workspace open on success (the OS's recent documents list). */
export const OPENING_METHODS: ReadonlySet<string> = new Set([
  'openWorkspace',
  'newWorkspace',
  'openSample',
  ...Object.keys(DIALOG_METHODS),
]);

const KNOWN_METHODS: ReadonlySet<string> = new Set(BRIDGE_METHODS);

export function isDialogMethod(method: string): method is DialogMethod {
  return Object.hasOwn(DIALOG_METHODS, method);
}

function failure(error: ApiError): BridgeResponse {
  return { ok: false, error };
}

/**
 * Refuses calls from anything but a page of the app itself: a frame that navigated elsewhere
 * despite security.ts, or one that is gone (`senderFrame` null), gets nothing.
 */
function refuseSender(senderUrl: string | null | undefined): BridgeResponse | null {
  if (isAppUrl(senderUrl)) return null;
  return failure({ code: 'invalid_input', message: 'Only the Parallax window may call Parallax.' });
}

/**
 * Runs one contract method for a renderer. The session parses `input` with the method's zod
 * schema; every failure comes back as `{ code, message }` because thrown errors lose their
 * shape over IPC.
 */
export async function handleCall(
  session: CallTarget,
  senderUrl: string | null | undefined,
  method: string,
  input: unknown,
): Promise<BridgeResponse> {
  const refused = refuseSender(senderUrl);
  if (refused) return refused;
  if (typeof method !== 'string' || !KNOWN_METHODS.has(method)) {
    return failure({
      code: 'invalid_input',
      message: `Parallax has no method called ${String(method)}.`,
    });
  }
  if (!isJsonShaped(input)) {
    return failure({
      code: 'invalid_input',
      message: `Invalid input for ${method}: send plain values (objects, arrays, text, numbers).`,
    });
  }
  try {
    // Most methods answer at once; importing a file parses it first and answers a promise.
    return { ok: true, result: (await session.call(method, input)) ?? null };
  } catch (error) {
    return failure(toParallaxError(error).toJSON());
  }
}

/** Asks the person for a file; null or undefined when they cancel. */
export type ChooseFile = (state: AppState) => Promise<string | null | undefined>;

/**
 * chooseAndOpenWorkspace / chooseAndCreateWorkspace: check the sender and the (empty) input
 * before any dialog appears, let `choose` show the native dialog, then open or create through
 * the session like any other call. Cancelling is not an error: the current state comes back.
 */
export async function handleChoice(
  session: CallTarget,
  senderUrl: string | null | undefined,
  method: DialogMethod,
  input: unknown,
  choose: ChooseFile,
): Promise<BridgeResponse> {
  const refused = refuseSender(senderUrl);
  if (refused) return refused;
  const parsed = appApi[method].input.safeParse(input ?? {});
  if (!parsed.success) return failure(invalidInput(method, parsed.error).toJSON());
  const current = await handleCall(session, senderUrl, 'appState', {});
  if (!current.ok) return current;
  let path: string | null | undefined;
  try {
    path = await choose(current.result as AppState);
  } catch (error) {
    return failure(toParallaxError(error).toJSON());
  }
  if (!path) return current;
  return handleCall(session, senderUrl, DIALOG_METHODS[method], { path });
}
