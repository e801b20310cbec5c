import type { ApiClient, ApiError, Input, MethodName, Output } from '../../../core/api';
import type {
  AppInput,
  AppMethodName,
  AppOutput,
  BridgeResponse,
  MenuCommand,
  ParallaxBridge,
} from '../../../core/app-api';

declare global {
  interface Window {
    /** Present inside Electron (see electron/preload.ts); absent in the browser host. */
    parallax?: ParallaxBridge;
  }
}

/** An error from the contract, as the UI shows it: a code to branch on, a sentence to show. */
export class CallError extends Error implements ApiError {
  constructor(
    readonly code: ApiError['code'],
    message: string,
  ) {
    super(message);
    this.name = 'CallError';
  }
}

type Transport = (method: string, input: unknown) => Promise<unknown>;

function unwrap(response: BridgeResponse): unknown {
  if (response.ok) return response.result;
  throw new CallError(response.error.code as ApiError['code'], response.error.message);
}

/** Browser host: POST /api/<method> with the per-launch token from the page's address. */
function httpTransport(token: string): Transport {
  return async (method, input) => {
    let response: Response;
    try {
      response = await fetch(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-parallax-token': token },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      throw new CallError(
        'io',
        'Parallax is not responding. Is the Parallax window or server still running?',
      );
    }
    const body = (await response.json().catch(() => null)) as
      { result: unknown } | { error: { code: string; message: string } } | null;
    if (body && 'result' in body) return body.result;
    if (body && 'error' in body) return unwrap({ ok: false, error: body.error });
    throw new CallError(
      'internal',
      `Parallax answered with an unexpected response (${response.status}).`,
    );
  };
}

function electronTransport(bridge: ParallaxBridge): Transport {
  return async (method, input) => unwrap(await bridge.call(method, input ?? {}));
}

export type AppClient = { [M in AppMethodName]: (input?: AppInput<M>) => Promise<AppOutput<M>> };
export type Client = ApiClient & AppClient;

/** Notified around every call, so the UI can show progress and refresh after changes. */
export interface CallObserver {
  started(method: string): void;
  /** `error` is what the call failed with, when it failed. */
  finished(method: string, ok: boolean, error?: unknown): void;
}

export function createClient(transport: Transport, observer?: CallObserver): Client {
  return new Proxy({} as Client, {
    get: (_target, method: string) => async (input?: unknown) => {
      observer?.started(method);
      let ok = false;
      let failure: unknown;
      try {
        const result = await transport(method, input);
        ok = true;
        return result;
      } catch (error) {
        failure = error;
        throw error;
      } finally {
        observer?.finished(method, ok, failure);
      }
    },
  });
}

/** Picks the transport this page was loaded with. */
export function defaultTransport(): Transport {
  if (window.parallax) return electronTransport(window.parallax);
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  return httpTransport(token);
}

export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  return window.parallax?.onMenuCommand(listener) ?? (() => {});
}

export type { Input, MethodName, Output };
