// Every part a saved state depends on changes its key; an adapter that is not in use does not.
import { describe, expect, it } from 'vitest';
import { stateIdentity, type StateIdentityParts } from '../../../../main/services/model-host/state-cache';

const file = (name: string) => ({ path: `/models/${name}`, size: 1000, mtimeMs: 5, headerSha256: 'ab'.repeat(32) });
const base: StateIdentityParts = {
  model: file('model.gguf'),
  adapter: file('adapter.gguf'),
  loraScale: 1,
  profile: 'adapter',
  runtime: 'node-llama-cpp 3.21.1; llama.cpp b1; cpu',
};

describe('state identity', () => {
  it('is stable for the same parts', () => {
    expect(stateIdentity(base)).toBe(stateIdentity({ ...base, model: file('model.gguf') }));
    expect(stateIdentity(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each<[string, Partial<StateIdentityParts>]>([
    ['model path', { model: file('other.gguf') }],
    ['model size', { model: { ...file('model.gguf'), size: 1001 } }],
    ['model time', { model: { ...file('model.gguf'), mtimeMs: 6 } }],
    ['model header', { model: { ...file('model.gguf'), headerSha256: 'cd'.repeat(32) } }],
    ['adapter file', { adapter: { ...file('adapter.gguf'), size: 2 } }],
    ['adapter scale', { loraScale: 0.5 }],
    ['base model alone', { loraScale: null }],
    ['profile', { profile: 'qa' }],
    ['runtime version', { runtime: 'node-llama-cpp 3.22.0; llama.cpp b1; cpu' }],
  ])('changes with the %s', (_what, change) => {
    expect(stateIdentity({ ...base, ...change })).not.toBe(stateIdentity(base));
  });

  it('ignores the adapter file for the base model alone', () => {
    const alone = { ...base, loraScale: null };
    expect(stateIdentity({ ...alone, adapter: null })).toBe(stateIdentity({ ...alone, adapter: file('x.gguf') }));
  });
});
