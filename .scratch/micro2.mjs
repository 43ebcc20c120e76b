const N = 1 << 16, R = 500;
function fillMulberry(target, seed, scale) {
  let state = seed >>> 0;
  const k = (2 * scale) / 4294967296;
  for (let i = 0; i < target.length; i++) {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    target[i] = ((t ^ (t >>> 14)) >>> 0) * k - scale;
  }
  return state;
}
const arr = new Float32Array(N);
let t = performance.now();
let s = 1;
for (let r = 0; r < R; r++) s = fillMulberry(arr, s, 0.1);
console.log('inline prng ns/elem', ((performance.now() - t) * 1e6 / (N * R)).toFixed(2), arr[5]);

const out = new Uint8Array(N / 32 * 34);
const q = new Int8Array(out.buffer);
function quant(values, out, q) {
  const blocks = values.length >> 5;
  for (let b = 0; b < blocks; b++) {
    const start = b << 5; const o = b * 34;
    let m = 0;
    for (let i = 0; i < 32; i++) { const v = values[start + i]; const a = v < 0 ? -v : v; if (a > m) m = a; }
    const d = Math.fround(m / 127); const id = d !== 0 ? Math.fround(1 / d) : 0;
    out[o] = 0; out[o+1] = 0;
    for (let i = 0; i < 32; i++) { const x = values[start + i] * id; q[o + 2 + i] = x < 0 ? (x - 0.5) | 0 : (x + 0.5) | 0; }
  }
}
t = performance.now();
for (let r = 0; r < R; r++) quant(arr, out, q);
console.log('q8 fast ns/elem', ((performance.now() - t) * 1e6 / (N * R)).toFixed(2));
