/**
 * What `window.parallax` offers inside the Electron window (electron/preload.ts).
 *
 * The types are defined in core/app-api.ts beside the contract, because the renderer declares
 * `window.parallax?: ParallaxBridge` and the layering rule forbids renderer/ to import from
 * electron/, even types. Re-exported here so electron/ names them in one place.
 *
 * - `call(method, input)` runs one contract method (core/app-api.ts, core/api.ts) in the main
 *   process, which validates `input` with the method's zod schema. Unknown names are answered
 *   with an `invalid_input` error without being sent.
 * - Every answer is a BridgeResponse: errors travel as data because an Error thrown in an
 *   `ipcMain.handle` handler reaches the renderer with its message rewritten ("Error invoking
 *   remote method …") and without its code.
 * - `onMenuCommand(listener)` listens for the application menu and returns the unsubscribe
 *   function.
 */
export type { BridgeResponse, ParallaxBridge } from '../core/app-api';
