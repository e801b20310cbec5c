import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { api, type MethodName } from '../api';

/**
 * Inputs derived from a method's own zod schema (through its JSON Schema), so tests that
 * iterate over every method cover a new one without being told about it.
 */

interface JsonSchema {
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  /** A discriminated union (a report's scope): each branch an object. */
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  minimum?: number;
}

export interface FieldInfo {
  name: string;
  required: boolean;
  /** The field is an id (a UUID), directly or inside a nullable. */
  isId: boolean;
  /** The field holds ids somewhere inside (an id, a list of ids, an object with an id). */
  holdsIds: boolean;
  schema: JsonSchema;
}

export function inputSchema(method: MethodName): JsonSchema {
  return z.toJSONSchema(api[method].input, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** The non-null branch of a nullable field; the first branch of a union. */
function bare(schema: JsonSchema): JsonSchema {
  if (schema.oneOf) return schema.oneOf[0]!;
  if (!schema.anyOf) return schema;
  return schema.anyOf.find((s) => s.type !== 'null') ?? schema.anyOf[0]!;
}

function holdsIds(schema: JsonSchema): boolean {
  const s = bare(schema);
  if (s.format === 'uuid') return true;
  if (s.items) return holdsIds(s.items);
  if (s.properties) return Object.values(s.properties).some(holdsIds);
  return false;
}

export function fieldsOf(method: MethodName): FieldInfo[] {
  const schema = inputSchema(method);
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, field]) => ({
    name,
    required: required.has(name),
    isId: bare(field).format === 'uuid',
    holdsIds: holdsIds(field),
    schema: field,
  }));
}

/**
 * A value the schema accepts; ids are fresh random UUIDs (so they name nothing that exists).
 * Lists get their minimum length, or one item with `fillLists`.
 */
export function sampleValue(schema: JsonSchema, fillLists = false): unknown {
  const s = bare(schema);
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  switch (s.type) {
    case 'string':
      if (s.format === 'uuid') return randomUUID();
      if (s.format === 'date-time') return '2024-01-02T03:04:05Z';
      if (s.format === 'uri') return 'https://example.org/';
      if (s.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return '2024-01-02';
      if (s.pattern?.startsWith('^#')) return '#336699';
      return 'sample';
    case 'integer':
    case 'number':
      return s.minimum ?? 0;
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: Math.max(s.minItems ?? 0, fillLists ? 1 : 0) }, () =>
        sampleValue(s.items ?? {}, fillLists),
      );
    case 'object':
      return sampleObject(s);
    default:
      return null;
  }
}

function sampleObject(schema: JsonSchema): Record<string, unknown> {
  const required = new Set(schema.required ?? []);
  return Object.fromEntries(
    Object.entries(schema.properties ?? {})
      .filter(([name]) => required.has(name))
      .map(([name, field]) => [name, sampleValue(field)]),
  );
}

/** The smallest input the schema accepts: every required field, nothing optional. */
export function minimalInput(method: MethodName): Record<string, unknown> {
  return sampleObject(inputSchema(method));
}

/** A value of the wrong JSON type for the field (a number for text, text for a number, …). */
export function wrongTypeValue(schema: JsonSchema): unknown {
  switch (bare(schema).type) {
    case 'string':
      return 12345;
    case 'integer':
    case 'number':
      return 'twelve';
    case 'boolean':
      return 'yes';
    case 'array':
      return 'not a list';
    case 'object':
      return ['not', 'an', 'object'];
    default:
      return { unexpected: true };
  }
}
