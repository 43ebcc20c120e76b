// Deterministic pseudo-random numbers for reproducible synthetic model weights.

/** mulberry32: a tiny, fast 32-bit PRNG; returns floats in [0, 1). */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of `text` mixed with `seed`: derives independent per-tensor seeds from one model seed. */
export function deriveSeed(seed: number, text: string): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Fills `target` with uniform values in [-scale, scale). */
export function fillUniform(target: Float32Array, random: () => number, scale: number): Float32Array {
  for (let i = 0; i < target.length; i++) target[i] = (random() * 2 - 1) * scale;
  return target;
}
