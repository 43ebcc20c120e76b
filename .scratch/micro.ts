import { SeededRandom } from '../main/services/gguf/seeded-random';
import { createTensorEncoder } from '../main/services/gguf/tensor-encoding';
const N = 1 << 16, R = 500;
const rng = new SeededRandom(1);
const arr = new Float32Array(N);
for (let rep = 0; rep < 2; rep++) {
let t = performance.now();
for (let r = 0; r < R; r++) rng.fillUniform(arr, 0.1);
console.log('prng ns/elem', ((performance.now() - t) * 1e6 / (N * R)).toFixed(2));
const enc = createTensorEncoder('Q8_0');
t = performance.now();
for (let r = 0; r < R; r++) enc.encode(arr);
console.log('q8 ns/elem', ((performance.now() - t) * 1e6 / (N * R)).toFixed(2));
}
