// fast-check generators of random bad payloads for one channel: arbitrary non-objects, and
// schema-near mutations of the channel's valid example that are bad whatever values come out.
import fc from 'fast-check';
import type { z } from 'zod';
import {
  addKeyAt,
  containersOf,
  declaredKeys,
  isPlainObject,
  leavesOf,
  replaceAt,
  valueAt,
  type Leaf,
} from './payload-tree';

export interface PayloadProperty {
  name: string;
  /** Null when the valid example has nothing this property can mutate (e.g. no number fields). */
  arbitrary: fc.Arbitrary<unknown> | null;
}

const anything = fc.anything({
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withBoxedValues: true,
  withSparseArray: true,
  withNullPrototype: true,
});

/** Any value but a plain object (prototype Object.prototype or null): every request is one, so all are bad. */
const nonObject = fc.oneof(anything, fc.func(anything)).filter((value) => {
  if (!isPlainObject(value)) return true;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype !== Object.prototype && prototype !== null;
});

/** A string that carries a NUL or an unpaired surrogate somewhere, whatever surrounds it. */
const corruptedString = fc
  .tuple(
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.oneof(
      fc.constant('\u0000'),
      // A high surrogate followed by 'x', or a low one after 'x', can never form a pair.
      fc.integer({ min: 0xd800, max: 0xdbff }).map((unit) => `${String.fromCharCode(unit)}x`),
      fc.integer({ min: 0xdc00, max: 0xdfff }).map((unit) => `x${String.fromCharCode(unit)}`),
    ),
    fc.string({ unit: 'binary', maxLength: 20 }),
  )
  .map(([before, bad, after]) => before + bad + after);

/** NaN, ±Infinity, negative, or beyond 2^53: no number field of the contract takes any of these. */
const badNumber = fc.oneof(
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  fc.double({ max: -Number.MIN_VALUE, noNaN: true }),
  fc.double({ min: 2 ** 53, noNaN: true }),
);

/** A replacement of another type than the leaf's. Strings and numbers never swap (gpuLayers: 'off' | 3). */
function otherType(leaf: Leaf): fc.Arbitrary<unknown> {
  const kind = leaf.value === null ? 'null' : typeof leaf.value;
  return anything.filter((value) => {
    if (value === null || value === undefined) return false;
    const other = typeof value;
    if (other === 'string' || other === 'number') return kind === 'boolean';
    return other !== kind;
  });
}

function leafMutation(valid: unknown, leaves: Leaf[], value: (leaf: Leaf) => fc.Arbitrary<unknown>) {
  if (leaves.length === 0) return null;
  return fc
    .constantFrom(...leaves)
    .chain((leaf) => value(leaf).map((replacement) => replaceAt(valid, leaf.path, replacement)));
}

export function payloadProperties(valid: unknown, schema: z.ZodType): PayloadProperty[] {
  const leaves = leavesOf(valid);
  const objects = containersOf(valid).filter((path) => isPlainObject(valueAt(valid, path)));
  return [
    { name: 'not an object', arbitrary: nonObject },
    {
      name: 'undeclared key',
      arbitrary: fc.constantFrom(...objects).chain((path) =>
        fc
          .tuple(
            fc
              .string({ unit: 'binary' })
              .filter(
                (key) =>
                  !declaredKeys(schema, path).includes(key) && !Object.hasOwn(valueAt(valid, path) as object, key),
              ),
            anything,
          )
          .map(([key, value]) => addKeyAt(valid, path, key, value)),
      ),
    },
    { name: 'field of another type', arbitrary: leafMutation(valid, leaves, otherType) },
    {
      name: 'bad number',
      arbitrary: leafMutation(
        valid,
        leaves.filter((leaf) => typeof leaf.value === 'number'),
        () => badNumber,
      ),
    },
    {
      name: 'corrupted string',
      arbitrary: leafMutation(
        valid,
        leaves.filter((leaf) => typeof leaf.value === 'string'),
        () => corruptedString,
      ),
    },
  ];
}
