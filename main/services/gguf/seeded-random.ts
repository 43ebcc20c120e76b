// Deterministic pseudo-random numbers for reproducible synthetic model weights.

/** mulberry32: a tiny, fast 32-bit PRNG. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    return mix(this.state) / 4294967296;
  }

  /** Fills `target` with uniform values in [-scale, scale); inlined, as it runs per weight of a 1B model. */
  fillUniform(target: Float32Array, scale: number): Float32Array {
    const step = (2 * scale) / 4294967296;
    let state = this.state;
    for (let i = 0; i < target.length; i++) {
      state = (state + 0x6d2b79f5) >>> 0;
      target[i] = mix(state) * step - scale;
    }
    this.state = state;
    return target;
  }
}

function mix(state: number): number {
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
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
