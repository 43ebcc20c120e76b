const N = 1 << 16, R = 300;
const arr = new Float32Array(N); for (let i = 0; i < N; i++) arr[i] = Math.sin(i) * 0.1;
const out = new Uint8Array(N / 32 * 34); const q = new Int8Array(out.buffer);
function maxOnly(values) { let s = 0; const blocks = values.length >> 5; for (let b = 0; b < blocks; b++) { const start = b << 5; let m = 0; for (let i = 0; i < 32; i++) { const v = values[start + i]; const a = v < 0 ? -v : v; if (a > m) m = a; } s += m; } return s; }
function quantOnly(values) { const blocks = values.length >> 5; for (let b = 0; b < blocks; b++) { const start = b << 5; const o = b * 34; const id = 1000; for (let i = 0; i < 32; i++) { const x = values[start + i] * id; q[o + 2 + i] = x < 0 ? (x - 0.5) | 0 : (x + 0.5) | 0; } } }
function quantRound(values) { const blocks = values.length >> 5; for (let b = 0; b < blocks; b++) { const start = b << 5; const o = b * 34; const id = 1000; for (let i = 0; i < 32; i++) { const x = values[start + i] * id; q[o + 2 + i] = Math.round(x); } } }
for (const [name, f] of [['max', maxOnly], ['quant|0', quantOnly], ['round', quantRound], ['max', maxOnly], ['quant|0', quantOnly]]) {
  const t = performance.now(); for (let r = 0; r < R; r++) f(arr); console.log(name, ((performance.now() - t) * 1e6 / (N * R)).toFixed(2));
}
