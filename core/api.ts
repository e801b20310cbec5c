import type { z } from 'zod';
import { actorMethods } from './api/actors';
import { candidateMethods } from './api/candidates';
import { comparisonMethods } from './api/comparisons';
import { conflictMethods } from './api/conflicts';
import { historyMethods } from './api/history';
import { matrixMethods } from './api/matrix';
import type { MethodSpec } from './api/method';
import { noteMethods } from './api/notes';
import { propositionMethods } from './api/propositions';
import { reportMethods } from './api/reports';
import { searchMethods } from './api/search';
import { sourceMethods } from './api/sources';
import { statementMethods } from './api/statements';
import { tagMethods } from './api/tags';

/**
 * The contract: everything the UI (over IPC or HTTP) and the CLI can ask of a workspace.
 * Each method has a zod input schema and an output type; core/service implements them all.
 */
export const api = {
  ...sourceMethods,
  ...actorMethods,
  ...statementMethods,
  ...propositionMethods,
  ...comparisonMethods,
  ...conflictMethods,
  ...tagMethods,
  ...noteMethods,
  ...searchMethods,
  ...candidateMethods,
  ...matrixMethods,
  ...historyMethods,
  ...reportMethods,
} satisfies Record<string, MethodSpec>;

export type Api = typeof api;
export type MethodName = keyof Api;
/** What a caller may pass (before defaults and normalisation). */
export type Input<M extends MethodName> = z.input<Api[M]['input']>;
/** What the implementation receives (after parsing). */
export type ParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type Output<M extends MethodName> = Exclude<Api[M]['output'], undefined>;

export const METHOD_NAMES = Object.keys(api) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(api, name);
}

/** A typed client: the same shape whether it is backed by IPC, HTTP or the service itself. */
export type ApiClient = { [M in MethodName]: (input: Input<M>) => Promise<Output<M>> };

export type { ApiError } from './api/errors';
export * from './api/types';
