import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, METHOD_NAMES, type MethodName } from '../api';
import { expectError } from '../test/expect-error';
import { fieldsOf, minimalInput, sampleValue, wrongTypeValue } from '../test/sample-input';
import { seedWorld } from '../test/seed';
import { createTempWorkspace, type TempWorkspace } from '../test/temp-workspace';

/**
 * Every method of the contract, fed input it must refuse, answers with a plain
 * `invalid_input` (or `not_found` for ids that name nothing) and leaves the file untouched.
 * The methods and their fields are read from the contract, so a new method is covered too.
 */

/** Replaces every UUID in `value` by a string that is not one. */
function withBrokenIds(value: unknown): unknown {
  let n = 0;
  const json = JSON.stringify(value).replace(
    /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
    () => `not-a-uuid-${++n}`,
  );
  return JSON.parse(json) as unknown;
}

/**
 * Query methods that take ids only as optional filters answer with nothing, not an error —
 * except these, whose one optional id names the thing the whole answer is about.
 */
const QUERIES_CHECKING_OPTIONAL_IDS = new Set<MethodName>([
  'listConflicts',
  'listLikelyDuplicateActors',
]);

function unknownIdsAreAnError(method: MethodName): boolean {
  return (
    api[method].mutates ||
    QUERIES_CHECKING_OPTIONAL_IDS.has(method) ||
    fieldsOf(method).some((f) => f.required && f.holdsIds)
  );
}

const HISTORY_METHODS = new Set<MethodName>(['undo', 'redo']);

for (const scenario of ['empty', 'seeded'] as const) {
  describe(`invalid input on a ${scenario} workspace`, () => {
    let ws: TempWorkspace;
    let hashBefore: string;
    const call = (method: string, input?: unknown) => () =>
      ws.service.call(method as MethodName, input);

    beforeAll(() => {
      ws = createTempWorkspace();
      if (scenario === 'seeded') seedWorld(ws.client);
      ws.close();
      hashBefore = ws.fileSha256();
      ws.reopen();
    });

    afterAll(() => ws.dispose());

    it('(control) the generated minimal input is valid for every method', () => {
      for (const method of METHOD_NAMES) {
        expect(api[method].input.safeParse(minimalInput(method)).success, method).toBe(true);
      }
    });

    it.each(METHOD_NAMES)('%s: refuses an unknown extra key, naming it', (method) => {
      const error = expectError(
        call(method, { ...minimalInput(method), bogus: 1 }),
        'invalid_input',
      );
      expect(error.message).toContain('bogus');
      expect(error.message).toContain(method);
    });

    it.each(METHOD_NAMES)('%s: refuses input that is not an object', (method) => {
      for (const input of [42, 'some text', [], true]) {
        expectError(call(method, input), 'invalid_input');
      }
    });

    it.each(METHOD_NAMES)(
      '%s: refuses a wrong-typed value in each field, naming the field',
      (method) => {
        for (const field of fieldsOf(method)) {
          const input = { ...minimalInput(method), [field.name]: wrongTypeValue(field.schema) };
          const error = expectError(call(method, input), 'invalid_input');
          expect(error.message, `${method}.${field.name}`).toContain(field.name);
        }
      },
    );

    it.each(METHOD_NAMES)('%s: refuses input missing a required field, naming it', (method) => {
      for (const field of fieldsOf(method).filter((f) => f.required)) {
        const input: Record<string, unknown> = minimalInput(method);
        delete input[field.name];
        const error = expectError(call(method, input), 'invalid_input');
        expect(error.message, `${method}.${field.name}`).toContain(field.name);
      }
    });

    it.each(METHOD_NAMES.filter((m) => fieldsOf(m).some((f) => f.holdsIds)))(
      '%s: refuses an id that is not a UUID, naming the field',
      (method) => {
        for (const field of fieldsOf(method).filter((f) => f.holdsIds)) {
          const input = {
            ...minimalInput(method),
            [field.name]: withBrokenIds(sampleValue(field.schema, true)),
          };
          const error = expectError(call(method, input), 'invalid_input');
          expect(error.message, `${method}.${field.name}`).toContain(field.name);
          expect(error.message).toContain('must be an id');
        }
      },
    );

    it.each(
      METHOD_NAMES.filter((m) => !HISTORY_METHODS.has(m) && fieldsOf(m).some((f) => f.holdsIds)),
    )('%s: a well-formed id that names nothing is not_found', (method) => {
      for (const field of fieldsOf(method).filter((f) => f.holdsIds)) {
        const input = { ...minimalInput(method), [field.name]: sampleValue(field.schema, true) };
        if (unknownIdsAreAnError(method)) {
          expectError(call(method, input), 'not_found');
        } else {
          expect(call(method, input)).not.toThrow();
        }
      }
    });

    if (scenario === 'empty') {
      it('undo and redo with no history say there is nothing to do', () => {
        expectError(call('undo', {}), 'nothing_to_undo');
        expectError(call('redo', {}), 'nothing_to_redo');
        expectError(call('undo'), 'nothing_to_undo');
        expectError(call('redo'), 'nothing_to_redo');
      });
    }

    it('refuses a method it does not have', () => {
      for (const name of [
        'noSuchMethod',
        'toString',
        '__proto__',
        'constructor',
        '',
        'CREATESOURCE',
      ]) {
        expectError(call(name, {}), 'invalid_input');
      }
      expectError(call(42 as unknown as string, {}), 'invalid_input');
    });

    it('refuses blank text and impossible dates', () => {
      expectError(call('createActor', { name: '   ' }), 'invalid_input', /name/);
      expectError(
        call('createSource', { title: 'x', publishedOn: '2023-02-30' }),
        'invalid_input',
        /publishedOn/,
      );
      expectError(
        call('createSource', { title: 'x', publishedOn: '03/04/2021' }),
        'invalid_input',
        /publishedOn/,
      );
      expectError(
        call('createSource', { title: 'x', url: 'ftp://example.org/' }),
        'invalid_input',
        /url/,
      );
      expectError(call('createTag', { name: 'x', color: 'red' }), 'invalid_input', /color/);
      expectError(call('listStatements', { limit: 0 }), 'invalid_input', /limit/);
      expectError(call('listStatements', { limit: 1.5 }), 'invalid_input', /limit/);
      expectError(call('search', { query: '   ' }), 'invalid_input', /query/);
      expectError(
        call('createNote', { target: { type: 'tag', id: randomUUID() }, body: 'x' }),
        'invalid_input',
        /target\.type/,
      );
      expectError(
        call('createStatement', {
          speakerId: randomUUID(),
          text: 'x',
          anchor: { exact: 'x', start: 5 },
        }),
        'invalid_input',
        /anchor/,
      );
    });

    it('left the workspace file byte-identical', () => {
      ws.close();
      expect(ws.fileSha256()).toBe(hashBefore);
    });

    it('(control) a real change does alter the file', () => {
      ws.reopen().createTag({ name: 'control' });
      ws.close();
      expect(ws.fileSha256()).not.toBe(hashBefore);
    });
  });
}
