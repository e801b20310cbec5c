import { z } from 'zod';
import { api, type MethodName } from '../api';
import { appApi, type AppMethodName } from '../app-api';
import { sampleValue } from '../test/sample-input';

/**
 * Which methods the hostile-input tests fuzz, and the contract as the oracle of what is
 * invalid: a generated call counts as invalid only if the method's own zod schema refuses it.
 */

type JsonSchema = Parameters<typeof sampleValue>[0];

/**
 * App methods that open, create or close a workspace or show a native dialog. A random call
 * to one could swap the workspace under the test, so they get targeted cases instead.
 */
export const LIFECYCLE_METHODS: ReadonlySet<string> = new Set([
  'newWorkspace',
  'openWorkspace',
  'openSample',
  'closeWorkspace',
  'chooseAndOpenWorkspace',
  'chooseAndCreateWorkspace',
]);

/** Every name either transport serves (the app contract, then the workspace contract). */
export const ALL_METHODS: readonly string[] = [...Object.keys(appApi), ...Object.keys(api)];

export const FUZZED_METHODS: readonly string[] = ALL_METHODS.filter(
  (m) => !LIFECYCLE_METHODS.has(m),
);

export function schemaOf(method: string): z.ZodType | null {
  if (Object.hasOwn(appApi, method)) return appApi[method as AppMethodName].input;
  if (Object.hasOwn(api, method)) return api[method as MethodName].input;
  return null;
}

/** Whether the session would accept `input` for `method` (it reads a missing input as `{}`). */
export function contractAccepts(method: string, input: unknown): boolean {
  const schema = schemaOf(method);
  return schema !== null && schema.safeParse(input ?? {}).success;
}

export interface Field {
  name: string;
  required: boolean;
}

const cache = new Map<string, { base: Record<string, unknown>; fields: Field[] }>();

/** The method's top-level fields and a minimal valid input (ids name nothing that exists). */
export function shapeOf(method: string): { base: Record<string, unknown>; fields: Field[] } {
  let shape = cache.get(method);
  if (!shape) {
    const schema = z.toJSONSchema(schemaOf(method)!, {
      io: 'input',
      unrepresentable: 'any',
    }) as JsonSchema & { required?: string[]; properties?: Record<string, JsonSchema> };
    const required = new Set(schema.required ?? []);
    const fields = Object.keys(schema.properties ?? {}).map((name) => ({
      name,
      required: required.has(name),
    }));
    const base = sampleValue({ ...schema, type: 'object' }) as Record<string, unknown>;
    shape = { base, fields };
    cache.set(method, shape);
  }
  // A fresh copy each time: the arbitraries change it.
  return { base: { ...shape.base }, fields: shape.fields };
}
