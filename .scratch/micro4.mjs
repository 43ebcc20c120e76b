const N = 1 << 16, R = 300;
const arr = new Float32Array(N); for (let i = 0; i < N; i++) arr[i] = Math.sin(i) * 0.1;
const out = new Uint8Array(N / 32 * 34); const q = new Int8Array(out.buffer);
function full(values, out, q) {
  const blocks = values.length >> 5;
  for (let b = 0; b < blocks; b++) {
    const start = b << 5; const o = b * 34;
    let m = 0;
    for (let i = 0; i < 32; i++) { const v = values[start + i]; const a = v < 0 ? -v : v; if (a > m) m = a; }
    const d = Math.fround(m / 127); const id = d !== 0 ? Math.fround(1 / d) : 0;
    out[o] = 0; out[o+1] = 0;
    for (let i = 0; i < 32; i++) { const x = Math.fround(values[start + i] * id); q[o + 2 + i] = x < 0 ? (x - 0.5) | 0 : (x + 0.5) | 0; }
  }
}
function noFround(values, out, q) {
  const blocks = values.length >> 5;
  for (let b = 0; b < blocks; b++) {
    const start = b << 5; const o = b * 34;
    let m = 0;
    for (let i = 0; i < 32; i++) { const v = values[start + i]; const a = v < 0 ? -v : v; if (a > m) m = a; }
    const id = m !== 0 ? 127 / m : 0;
    out[o] = 0; out[o+1] = 0;
    for (let i = 0; i < 32; i++) { const x = values[start + i] * id; q[o + 2 + i] = x < 0 ? (x - 0.5) | 0 : (x + 0.5) | 0; }
  }
}
function current(values, out) {
  const blocks = values.length >> 5;
  for (let b = 0; b < blocks; b++) {
    const start = b << 5; const outStart = b * 34;
    let maxAbs = 0;
    for (let i = 0; i < 32; i++) { const magnitude = Math.abs(values[start + i] ?? 0); if (magnitude > maxAbs) maxAbs = magnitude; }
    const scale = maxAbs / 127; const inverse = scale !== 0 ? 1 / scale : 0;
    out[outStart] = 0; out[outStart + 1] = 0;
    for (let i = 0; i < 32; i++) { const scaled = (values[start + i] ?? 0) * inverse; const quantized = scaled < 0 ? -Math.round(-scaled) : Math.round(scaled); out[outStart + 2 + i] = quantized & 0xff; }
  }
}
for (let rep = 0; rep < 3; rep++) for (const [name, f] of [['full', full], ['noFround', noFround], ['current', current]]) {
  const t = performance.now(); for (let r = 0; r < R; r++) f(arr, out, q); console.log(name, ((performance.now() - t) * 1e6 / (N * R)).toFixed(2));
}
