import { buildLlamaSpmVocab, randomLlamaWeights, TINYLLAMA_1_1B_HYPER_PARAMS, writeLlamaModel, readGgufHeader } from '../main/services/gguf';
import { TINYLLAMA_CHAT_TEMPLATE } from '../tests/fixtures/tinyllama-chat-template';
const t0 = performance.now();
const res = await writeLlamaModel('/tmp/big/tinyllama-random-q8_0.gguf', {
  name: 'random tinyllama', hyperParams: TINYLLAMA_1_1B_HYPER_PARAMS, vocab: buildLlamaSpmVocab({ padToSize: 32000 }),
  chatTemplate: TINYLLAMA_CHAT_TEMPLATE, weightType: 'Q8_0', weights: randomLlamaWeights(42),
});
console.log('written', res.fileSize, ((performance.now() - t0) / 1000).toFixed(1), 's, rss MB', (process.memoryUsage().rss / 1e6).toFixed(0));
const h = await readGgufHeader(res.path);
console.log(h.tensors.length, h.dataEnd, h.fileSize);
