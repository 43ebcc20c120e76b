// Walks a valid JSON payload (leaves, containers) and its zod schema side by side, and builds
// mutated copies, so the fuzz kinds can aim at every field of every channel.
import { z } from 'zod';

export type Path = readonly (string | number)[];

export interface Leaf {
  path: Path;
  value: null | boolean | number | string;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every primitive inside the payload, with its path. */
export function leavesOf(value: unknown, path: Path = []): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leavesOf(item, [...path, index]));
  if (isPlainObject(value)) return Object.entries(value).flatMap(([key, item]) => leavesOf(item, [...path, key]));
  return [{ path, value: value as Leaf['value'] }];
}

/** Paths of every object and array inside the payload, the payload itself ([]) first. */
export function containersOf(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return [path, ...value.flatMap((item, index) => containersOf(item, [...path, index]))];
  if (isPlainObject(value))
    return [path, ...Object.entries(value).flatMap(([key, item]) => containersOf(item, [...path, key]))];
  return [];
}

/** The value at `path` ([] = the payload itself). */
export function valueAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, step) => (value as Record<string | number, unknown>)[step], root);
}

/** A deep copy of the payload with the value at `path` replaced (the payload itself when path is []). */
export function replaceAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  parent[path[path.length - 1] as string | number] = value;
  return copy;
}

/** A deep copy with the key at `path` removed. */
export function removeAt(root: unknown, path: Path): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  delete parent[path[path.length - 1] as string | number];
  return copy;
}

/** A deep copy with an own property `key` added to the object at `path` (works for "__proto__" too). */
export function addKeyAt(root: unknown, path: Path, key: string, value: unknown): unknown {
  const copy = structuredClone(root);
  let target = copy as Record<string | number, unknown>;
  for (const step of path) target = target[step] as Record<string | number, unknown>;
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/**
 * The schema of the value at `path`, looking through optional/nullable/array/object wrappers;
 * undefined where it cannot tell (unions), so callers skip mutations that need it.
 */
export function schemaAt(schema: z.ZodType, path: Path): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const step of path) {
    current = current && unwrap(current);
    if (current instanceof z.ZodObject && typeof step === 'string') current = current.shape[step] as z.ZodType;
    else if (current instanceof z.ZodArray && typeof step === 'number') current = current.element as z.ZodType;
    else return undefined;
  }
  return current;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable) current = current.unwrap() as z.ZodType;
  return current;
}

/** Keys the object schema at `path` declares (empty when it is not a known object). */
export function declaredKeys(schema: z.ZodType, path: Path): string[] {
  const at = schemaAt(schema, path);
  const inner = at && unwrap(at);
  return inner instanceof z.ZodObject ? Object.keys(inner.shape) : [];
}

/** True when the field at `path` must be present: its schema refuses undefined. */
export function isRequired(schema: z.ZodType, path: Path): boolean {
  const at = schemaAt(schema, path);
  return at !== undefined && !at.safeParse(undefined).success;
}

/** True when the field at `path` accepts null (so null is no bad value there). */
export function acceptsNull(schema: z.ZodType, path: Path): boolean {
  const at = schemaAt(schema, path);
  return at === undefined || at.safeParse(null).success;
}
