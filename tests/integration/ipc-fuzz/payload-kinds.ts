// The kinds of bad payload the IPC fuzz test sends to every channel. Each kind builds, from the
// channel's valid example, copies that are bad by construction at every position (each field, each
// nested object or array, the payload itself), so a channel added later is covered automatically.
import type { z } from 'zod';
import {
  acceptsNull,
  addKeyAt,
  containersOf,
  isPlainObject,
  isRequired,
  leavesOf,
  removeAt,
  replaceAt,
  valueAt as at,
  type Path,
} from './payload-tree';

export interface KindContext {
  valid: unknown;
  schema: z.ZodType;
}

export interface PayloadKind {
  name: string;
  build(context: KindContext): unknown[];
}

const KIB = 1024;
const STRING_64_KIB = 'x'.repeat(64 * KIB);
const STRING_1_MIB = 'x'.repeat(1024 * KIB);
const DEEP_OBJECTS = nest(10_000, (inner) => ({ a: inner }));
const DEEP_ARRAYS = nest(10_000, (inner) => [inner]);
const HUGE_ARRAY = new Array<number>(100_000).fill(7);

function nest(levels: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = {};
  for (let i = 0; i < levels; i++) value = wrap(value);
  return value;
}

/** Every place a value can go: each leaf, each nested object/array, and the payload itself. */
function positions(valid: unknown): Path[] {
  return [...leavesOf(valid).map((leaf) => leaf.path), ...containersOf(valid)].filter(
    (path, index, all) => all.findIndex((other) => samePath(other, path)) === index,
  );
}

function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((step, i) => step === b[i]);
}

function objectPaths(valid: unknown): Path[] {
  return containersOf(valid).filter((path) => isPlainObject(at(valid, path)));
}

/** The value put at every position, and once under a key the payload does not declare. */
function everywhere(valid: unknown, values: readonly unknown[]): unknown[] {
  return values.flatMap((value) => [
    ...positions(valid).map((path) => replaceAt(valid, path, value)),
    addKeyAt(valid, [], 'unexpected', value),
  ]);
}

function throwingGetter(valid: unknown): unknown {
  const copy = structuredClone(valid) as Record<string, unknown>;
  const key = Object.keys(copy)[0] ?? 'id';
  Object.defineProperty(copy, key, {
    enumerable: true,
    get() {
      throw new Error('getter exploded');
    },
  });
  return copy;
}

function throwingProxy(valid: unknown): unknown {
  return new Proxy(structuredClone(valid) as object, {
    get() {
      throw new Error('proxy get exploded');
    },
    ownKeys() {
      throw new Error('proxy ownKeys exploded');
    },
  });
}

export const PAYLOAD_KINDS: readonly PayloadKind[] = [
  {
    name: 'missing required field',
    build: ({ valid, schema }) =>
      positions(valid)
        .filter((path) => typeof path.at(-1) === 'string' && isRequired(schema, path))
        .map((path) => removeAt(valid, path)),
  },
  {
    name: 'extra field',
    build: ({ valid }) =>
      objectPaths(valid).flatMap((path) => [
        addKeyAt(valid, path, 'unexpected', 1),
        addKeyAt(valid, path, 'isAdmin', true),
        // The error names the key: main must not echo 64 KiB of it back.
        addKeyAt(valid, path, 'k'.repeat(64 * KIB), 1),
      ]),
  },
  {
    name: 'wrong type',
    build: ({ valid }) => [
      ...leavesOf(valid).flatMap(({ path, value }) => {
        // -42, not 42: a number can be valid where the example has a string (gpuLayers: 'off' | 0…1000).
        const swaps: Record<string, unknown[]> = {
          string: [-42, true],
          number: ['42', true],
          boolean: ['true', 1],
          object: [true, {}],
        };
        return (swaps[typeof value] ?? []).map((swap) => replaceAt(valid, path, swap));
      }),
      ...containersOf(valid).flatMap((path) => ['text', -42, true].map((swap) => replaceAt(valid, path, swap))),
    ],
  },
  { name: 'NaN', build: ({ valid }) => everywhere(valid, [Number.NaN]) },
  {
    name: '±Infinity',
    build: ({ valid }) => everywhere(valid, [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]),
  },
  {
    name: 'negative number / id',
    build: ({ valid }) => everywhere(valid, [-1, -0.5, Number.MIN_SAFE_INTEGER]),
  },
  { name: 'number beyond safe range', build: ({ valid }) => everywhere(valid, [2 ** 53, 1e300]) },
  { name: '64 KiB string', build: ({ valid }) => everywhere(valid, [STRING_64_KIB]) },
  {
    name: '1 MiB payload',
    build: ({ valid }) => [...everywhere(valid, [STRING_1_MIB]), new Array<string>(1024).fill('x'.repeat(KIB))],
  },
  { name: '10,000-level nesting', build: ({ valid }) => everywhere(valid, [DEEP_OBJECTS, DEEP_ARRAYS]) },
  {
    name: '__proto__/constructor/prototype key',
    build: ({ valid }) => [
      ...objectPaths(valid).flatMap((path) =>
        ['__proto__', 'constructor', 'prototype'].map((key) => addKeyAt(valid, path, key, { polluted: true })),
      ),
      ...everywhere(valid, [JSON.parse('{"__proto__": {"polluted": true}}')]),
      JSON.parse('{"__proto__": {"polluted": true}}'),
    ],
  },
  {
    name: 'lone surrogate',
    build: ({ valid }) => [...everywhere(valid, ['\uD800', 'ok\uDC00', 'a\uDBFFb']), addKeyAt(valid, [], '\uD800', 1)],
  },
  { name: 'NUL character', build: ({ valid }) => everywhere(valid, ['a\u0000b', '\u0000']) },
  {
    name: 'null / undefined',
    build: ({ valid, schema }) => [
      null,
      undefined,
      ...positions(valid)
        .filter((path) => path.length > 0 && !acceptsNull(schema, path))
        .map((path) => replaceAt(valid, path, null)),
    ],
  },
  {
    name: 'array instead of value',
    build: ({ valid }) => [
      [],
      [valid],
      ...leavesOf(valid).map(({ path, value }) => replaceAt(valid, path, [value])),
      ...objectPaths(valid)
        .filter((path) => path.length > 0)
        .map((path) => replaceAt(valid, path, [at(valid, path)])),
    ],
  },
  { name: 'function', build: ({ valid }) => everywhere(valid, [() => 1]) },
  {
    name: 'function as string',
    build: ({ valid }) => {
      const code = ['function () { return process.exit(1) }', '() => globalThis'];
      const nonStrings = positions(valid).filter((path) => typeof at(valid, path) !== 'string');
      return code.flatMap((text) => nonStrings.map((path) => replaceAt(valid, path, text)));
    },
  },
  {
    name: 'huge array',
    build: ({ valid }) => [
      ...everywhere(valid, [HUGE_ARRAY]),
      // Arrays the contract allows, made longer than any cap (10,001) and than the size limit (1,000,000).
      ...containersOf(valid)
        .filter((path) => Array.isArray(at(valid, path)) && (at(valid, path) as unknown[]).length > 0)
        .flatMap((path) => {
          const first = (at(valid, path) as unknown[])[0];
          return [10_001, 1_000_000].map((length) => replaceAt(valid, path, new Array(length).fill(first)));
        }),
    ],
  },
  {
    name: 'not plain data (Date, Map, Set, typed array, bigint, symbol)',
    build: ({ valid }) =>
      everywhere(valid, [new Date(0), new Map([['id', 1]]), new Set([1]), new Uint8Array(4), 10n, Symbol('x')]),
  },
  {
    name: 'throwing getter / proxy',
    build: ({ valid }) => [throwingGetter(valid), throwingProxy(valid)],
  },
];
