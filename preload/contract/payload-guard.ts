// Cheap checks on a raw payload before zod walks it: size, nesting depth, prototype keys and values
// that are not plain data. One iterative pass that stops as soon as a limit is crossed, so a 1 MiB
// string, a 10,000-level nesting or a cyclic object costs next to nothing and never overflows the stack.

export interface PayloadGuardLimits {
  /** Approximate serialized size (UTF-8 JSON) in bytes. */
  bytes: number;
  /** Objects and arrays inside one another, the payload itself counting as 1. */
  depth: number;
}

// Keys that reach Object.prototype (or a constructor) when code merges a payload into an object.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Why the payload is refused before schema parsing, or null when it is plain data within the limits. */
export function payloadProblem(raw: unknown, limits: PayloadGuardLimits): string | null {
  try {
    return walk(raw, limits);
  } catch {
    // A getter or proxy that throws: nothing main could parse safely.
    return 'payload could not be read';
  }
}

function walk(raw: unknown, limits: PayloadGuardLimits): string | null {
  const tooLarge = `payload too large (over ${limits.bytes} bytes)`;
  const stack: { value: unknown; depth: number }[] = [{ value: raw, depth: 1 }];
  let bytes = 0;
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { value, depth } = item;
    switch (typeof value) {
      case 'string':
        // Every UTF-16 unit is at least one byte, so an overlong string is refused without scanning it.
        bytes += value.length > limits.bytes ? value.length : utf8Length(value) + 2;
        break;
      case 'number':
      case 'boolean':
      case 'undefined':
        bytes += 8;
        break;
      case 'object': {
        if (value === null) {
          bytes += 4;
          break;
        }
        if (depth > limits.depth) return `payload nested too deeply (max ${limits.depth} levels)`;
        if (Array.isArray(value)) {
          bytes += 2 + value.length;
          if (bytes > limits.bytes) return tooLarge;
          for (const element of value) stack.push({ value: element, depth: depth + 1 });
          break;
        }
        const prototype: unknown = Object.getPrototypeOf(value);
        if (prototype !== Object.prototype && prototype !== null) return notPlainData(kindName(value));
        for (const key of Object.keys(value)) {
          if (FORBIDDEN_KEYS.has(key)) return `payload has a forbidden key "${key}"`;
          bytes += key.length > limits.bytes ? key.length : utf8Length(key) + 4;
          if (bytes > limits.bytes) return tooLarge;
          stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
        }
        bytes += 2;
        break;
      }
      default:
        // function, symbol, bigint: not data, and JSON or structured clone would not carry them.
        return notPlainData(`a ${typeof value}`);
    }
    if (bytes > limits.bytes) return tooLarge;
  }
  return null;
}

function notPlainData(what: string): string {
  return `payload contains ${what}; only plain objects, arrays, strings, numbers, booleans and null are accepted`;
}

/** "a Date", "a Map"…: the built-in tag names the kind for the message. */
function kindName(value: object): string {
  return `a ${Object.prototype.toString.call(value).slice(8, -1)}`;
}

/** Bytes the string takes in UTF-8 (an unpaired surrogate counted as 2, a pair as 4). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}
