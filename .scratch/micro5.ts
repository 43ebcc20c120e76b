import { float32ToFloat16Bits } from '../main/services/gguf/float16';
const N = 1 << 16, R = 300;
const arr = new Float32Array(N); for (let i = 0; i < N; i++) arr[i] = Math.sin(i) * 0.1;
function lit(values: Float32Array, start: number, blockCount: number, out: Uint8Array, outStart: number, f16: boolean): void {
  const quants = new Int8Array(out.buffer, out.byteOffset, out.byteLength);
  for (let block = 0; block < blockCount; block++) {
    const first = start + block * 32;
    const outFirst = outStart + block * 34;
    let maxAbs = 0;
    for (let i = first; i < first + 32; i++) { const value = values[i] as number; const magnitude = value < 0 ? -value : value; if (magnitude > maxAbs) maxAbs = magnitude; }
    const scale = Math.fround(maxAbs / 127);
    const inverse = scale !== 0 ? Math.fround(1 / scale) : 0;
    const scaleBits = f16 ? float32ToFloat16Bits(scale) : 0;
    out[outFirst] = scaleBits & 0xff;
    out[outFirst + 1] = scaleBits >>> 8;
    for (let i = 0; i < 32; i++) { const scaled = Math.fround((values[first + i] as number) * inverse); quants[outFirst + 2 + i] = scaled < 0 ? (scaled - 0.5) | 0 : (scaled + 0.5) | 0; }
  }
}
for (let rep = 0; rep < 2; rep++) for (const f16 of [false, true]) {
  const t = performance.now();
  for (let r = 0; r < R; r++) { const out = new Uint8Array(N / 32 * 34); lit(arr, 0, N / 32, out, 0, f16); }
  console.log('f16', f16, ((performance.now() - t) * 1e6 / (N * R)).toFixed(2));
}
