import fc from 'fast-check';
import { ALL_METHODS, contractAccepts, FUZZED_METHODS, shapeOf } from './contract';

/**
 * Generators of calls the contract must refuse, for either transport. IPC passes JS values
 * straight to the session (so NaN, undefined, Maps and null-prototype objects arrive as they
 * are); HTTP sends bytes, so its calls are JSON or deliberately broken bodies.
 */

export type Transport = 'ipc' | 'http';

export interface HostileCall {
  /** Which trick made the call invalid (for the coverage count and for failure reports). */
  kind: string;
  method: string;
  input: unknown;
  /** HTTP only: the exact body bytes (JSON.stringify(input) unless a trick needs other bytes). */
  rawBody?: Uint8Array;
}

/** Keys that poison plain objects if a parser or merge treats them naively. */
export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
] as const;

/** An object with own properties under any names, `__proto__` included (a literal would set the prototype). */
function withKeys(base: Record<string, unknown>, entries: Array<[string, unknown]>): object {
  const object = { ...base };
  for (const [key, value] of entries) {
    Object.defineProperty(object, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return object;
}

/**
 * Strings beyond every limit but a source body's (at most 200,000 characters elsewhere). HTTP
 * gets the shorter ones: each megabyte costs milliseconds per call, and 10,000 calls add up.
 */
function hugeString(transport: Transport): fc.Arbitrary<string> {
  const lengths = transport === 'ipc' ? [70_000, 300_000, 1_100_000] : [70_000, 300_000];
  return fc
    .tuple(
      fc.constantFrom(...lengths),
      fc.constantFrom('x', ' ', '\u202e', '\u0000', '𝕏', 'é', '<script>'),
    )
    .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));
}

/** Arrays or objects nested `depth` deep (JSON.stringify still copes at these depths). */
const deepNesting = fc
  .tuple(fc.integer({ min: 100, max: 3000 }), fc.boolean())
  .map(([depth, asArrays]) => {
    let value: unknown = 'bottom';
    for (let i = 0; i < depth; i++) value = asArrays ? [value] : { a: value };
    return value;
  });

const prototypeValue = fc.constantFrom(
  JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown,
  { toString: 'not a function', valueOf: 42 },
);

/** Values of any JSON shape, plus the big and deep ones. */
function junk(transport: Transport): fc.Arbitrary<unknown> {
  const common = [
    { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 10 },
    { arbitrary: hugeString(transport), weight: 1 },
    { arbitrary: deepNesting, weight: 1 },
    { arbitrary: prototypeValue, weight: 1 },
  ];
  if (transport === 'http') return fc.oneof(...common);
  return fc.oneof(
    ...common,
    {
      arbitrary: fc.anything({
        maxDepth: 2,
        withBoxedValues: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withObjectString: true,
        withTypedArray: true,
        withSparseArray: true,
        withDate: true,
      }),
      weight: 6,
    },
    {
      arbitrary: fc.constantFrom(
        NaN,
        Infinity,
        -Infinity,
        -0,
        2 ** 53 + 2,
        Number.MAX_VALUE,
        Number.MIN_VALUE,
        undefined,
      ),
      weight: 3,
    },
    { arbitrary: fc.bigInt(), weight: 1 },
  );
}

const methodArb = fc.constantFrom(...FUZZED_METHODS);

/** A random key for an extra field: any text, a prototype key, or a huge one. */
const extraKey = fc.oneof(
  { arbitrary: fc.string({ minLength: 1, maxLength: 20, unit: 'binary' }), weight: 4 },
  { arbitrary: fc.constantFrom(...PROTOTYPE_KEYS), weight: 3 },
  { arbitrary: fc.constantFrom('x'.repeat(10_000), ' ', '\u0000', ''), weight: 1 },
);

/** Method names no transport serves: prototype names, near misses, path tricks, random text. */
export const unknownMethodName = fc
  .oneof(
    fc.constantFrom(
      ...PROTOTYPE_KEYS,
      'isPrototypeOf',
      'CREATESOURCE',
      'createsource',
      'createSource ',
      ' createSource',
      '../createSource',
      'createSource/..',
      'api/createSource',
      'createSource\u0000',
      'createSource?x=1',
      '',
      'null',
      'undefined',
    ),
    fc.string({ maxLength: 40, unit: 'binary' }),
    fc.constantFrom(...ALL_METHODS).map((m) => `${m}x`),
  )
  .filter((name) => !ALL_METHODS.includes(name));

function fieldName(method: string, pick: number, requiredOnly = false): string | null {
  const fields = shapeOf(method).fields.filter((f) => !requiredOnly || f.required);
  return fields.length === 0 ? null : fields[pick % fields.length]!.name;
}

/** The input with `field` set to `value`, or an extra key when the method has no fields. */
function setField(method: string, pick: number, value: unknown): object {
  const { base } = shapeOf(method);
  const name = fieldName(method, pick) ?? 'unexpected';
  return withKeys(base, [[name, value]]);
}

const pick = fc.nat();

/** Invalid inputs that are plain values, for either transport. */
function valueCalls(transport: Transport): fc.Arbitrary<HostileCall> {
  const value = junk(transport);
  return fc.oneof(
    fc.record({ kind: fc.constant('not-an-object'), method: methodArb, input: value }),
    fc
      .tuple(methodArb, fc.array(fc.tuple(extraKey, value), { minLength: 1, maxLength: 3 }))
      .map(([method, entries]) => ({
        kind: 'extra-key',
        method,
        input: withKeys(shapeOf(method).base, entries),
      })),
    fc.tuple(methodArb, pick, value).map(([method, n, v]) => ({
      kind: 'wrong-type',
      method,
      input: setField(method, n, v),
    })),
    fc.tuple(methodArb, pick).map(([method, n]) => {
      const { base } = shapeOf(method);
      const name = fieldName(method, n, true);
      // A method without required fields still gets something wrong: an unknown field.
      if (name === null) return { kind: 'missing-field', method, input: { ...base, bogus: 1 } };
      delete base[name];
      return { kind: 'missing-field', method, input: base };
    }),
    fc.tuple(methodArb, pick, hugeString(transport)).map(([method, n, v]) => ({
      kind: 'huge-string',
      method,
      input: setField(method, n, v),
    })),
    fc.tuple(methodArb, pick, deepNesting).map(([method, n, v]) => ({
      kind: 'deep-nesting',
      method,
      input: setField(method, n, v),
    })),
    fc.tuple(unknownMethodName, value).map(([method, input]) => ({
      kind: 'unknown-method',
      method,
      input,
    })),
  );
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Byte sequences that are not UTF-8: lone continuation bytes, overlongs, surrogates, 0xFF. */
const invalidUtf8 = fc.constantFrom(
  [0x80],
  [0xc0, 0xaf],
  [0xe0, 0x80, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xff, 0xfe],
  [0xc3],
);

/** Bodies a JSON parser must refuse, or that hold invalid UTF-8, for HTTP. */
function rawBodyCalls(): fc.Arbitrary<HostileCall> {
  const raw = (kind: string, method: string, body: Uint8Array): HostileCall => ({
    kind,
    method,
    input: undefined,
    rawBody: body,
  });
  const json = (method: string) => JSON.stringify(shapeOf(method).base);
  return fc.oneof(
    fc
      .tuple(methodArb, fc.uint8Array({ minLength: 1, maxLength: 200 }))
      .map(([m, bytes]) => raw('random-bytes', m, bytes)),
    fc.tuple(methodArb, invalidUtf8, fc.boolean()).map(([m, bad, asKey]) => {
      // Invalid bytes inside a string (a key or the value of an unknown field) of otherwise valid JSON.
      const inner = json(m).slice(1, -1);
      const [before, after] = asKey ? ['{"', '":1'] : ['{"bogus":"', '"'];
      const rest = `${after}${inner ? `,${inner}` : ''}}`;
      return raw('invalid-utf8', m, Buffer.concat([utf8(before), Buffer.from(bad), utf8(rest)]));
    }),
    fc.tuple(methodArb, fc.nat()).map(([m, n]) => {
      const text = json(m);
      return raw('truncated-json', m, utf8(text.slice(0, n % text.length)));
    }),
    fc
      .tuple(
        methodArb,
        fc.constantFrom('NaN', 'Infinity', '-Infinity', "'single'", 'undefined', '0x10', '1e999x'),
      )
      .map(([m, token]) => raw('not-json-value', m, utf8(`{"limit": ${token}}`))),
    fc
      .tuple(methodArb, fc.constantFrom('// comment\n', ',', ' trailing', '}', '\u0000'))
      .map(([m, extra]) => raw('json-plus-garbage', m, utf8(`${json(m)}${extra}`))),
    fc
      .tuple(methodArb, fc.string({ maxLength: 100, unit: 'binary' }))
      .map(([m, text]) => raw('random-text', m, utf8(text))),
  );
}

/** The bytes HTTP sends for the call (its raw body, else its input as JSON). */
export function bodyOf(call: HostileCall): Uint8Array {
  call.rawBody ??= utf8(JSON.stringify(call.input));
  return call.rawBody;
}

/** What the server makes of a call's body: what it parses to, unless it is not JSON. */
function httpSees(call: HostileCall): { json: boolean; input?: unknown } {
  const text = Buffer.from(bodyOf(call)).toString('utf8');
  if (text === '') return { json: true, input: {} };
  try {
    return { json: true, input: JSON.parse(text) as unknown };
  } catch {
    return { json: false };
  }
}

/** Whether the call, as the transport delivers it, is one the contract refuses. */
export function isInvalid(call: HostileCall, transport: Transport): boolean {
  // HTTP's value calls are built from JSON values only, so JSON round-trips them unchanged.
  if (transport === 'ipc' || !call.rawBody) return !contractAccepts(call.method, call.input);
  const seen = httpSees(call);
  return !seen.json || !contractAccepts(call.method, seen.input);
}

/** Calls the contract refuses, spread evenly over every fuzzed method. */
export function hostileCall(transport: Transport): fc.Arbitrary<HostileCall> {
  const calls =
    transport === 'ipc'
      ? valueCalls('ipc')
      : fc.oneof(
          { arbitrary: valueCalls('http'), weight: 4 },
          { arbitrary: rawBodyCalls(), weight: 1 },
        );
  return calls.filter((call) => isInvalid(call, transport));
}
