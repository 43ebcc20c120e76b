// The pre-parse guard: size, depth, prototype keys and non-data values are refused before zod runs.
import { describe, expect, it } from 'vitest';
import { payloadProblem } from '../../../preload/contract/payload-guard';

const limits = { bytes: 1000, depth: 4 };

function nested(levels: number): unknown {
  let value: unknown = {};
  for (let i = 1; i < levels; i++) value = { a: value };
  return value;
}

describe('payloadProblem', () => {
  it('accepts plain data within the limits, including null-prototype objects', () => {
    expect(payloadProblem({ id: 1, tags: ['a', 'b'], nested: { ok: true, none: null } }, limits)).toBeNull();
    expect(payloadProblem(nested(4), limits)).toBeNull();
    expect(payloadProblem(Object.assign(Object.create(null), { id: 1 }), limits)).toBeNull();
    expect(payloadProblem('text', limits)).toBeNull();
  });

  it('refuses payloads over the byte limit, counting UTF-8 bytes of strings and keys', () => {
    expect(payloadProblem({ text: 'x'.repeat(990) }, limits)).toMatch(/too large \(over 1000 bytes\)/);
    expect(payloadProblem({ text: 'é'.repeat(600) }, limits)).toMatch(/too large/);
    expect(payloadProblem({ text: 'x'.repeat(500) }, limits)).toBeNull();
    expect(payloadProblem({ ['k'.repeat(2000)]: 1 }, limits)).toMatch(/too large/);
    expect(payloadProblem(new Array(5000).fill(0), limits)).toMatch(/too large/);
    expect(payloadProblem('x'.repeat(10 * 1024 * 1024), limits)).toMatch(/too large/);
  });

  it('refuses deep nesting and cycles without overflowing the stack', () => {
    expect(payloadProblem(nested(5), limits)).toMatch(/nested too deeply \(max 4 levels\)/);
    expect(payloadProblem(nested(100_000), limits)).toMatch(/nested too deeply/);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(payloadProblem(cyclic, limits)).toMatch(/nested too deeply/);
  });

  it('refuses keys that reach prototypes, at any depth', () => {
    expect(payloadProblem(JSON.parse('{"__proto__": {"x": 1}}'), limits)).toBe(
      'payload has a forbidden key "__proto__"',
    );
    expect(payloadProblem({ a: { constructor: 1 } }, limits)).toMatch(/forbidden key "constructor"/);
    expect(payloadProblem({ a: [{ prototype: 1 }] }, limits)).toMatch(/forbidden key "prototype"/);
  });

  it('refuses values that are not plain data, naming what was found', () => {
    expect(payloadProblem({ when: new Date(0) }, limits)).toMatch(/contains a Date; only plain/);
    expect(payloadProblem(new Map(), limits)).toMatch(/contains a Map/);
    expect(payloadProblem({ bytes: new Uint8Array(2) }, limits)).toMatch(/contains a Uint8Array/);
    expect(payloadProblem({ run: () => 1 }, limits)).toMatch(/contains a function/);
    expect(payloadProblem({ n: 1n }, limits)).toMatch(/contains a bigint/);
    expect(payloadProblem([Symbol('s')], limits)).toMatch(/contains a symbol/);
  });

  it('refuses objects that throw while being read', () => {
    const getter = Object.defineProperty({}, 'id', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(payloadProblem(getter, limits)).toBe('payload could not be read');
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    expect(payloadProblem(proxy, limits)).toBe('payload could not be read');
  });
});
