// Raw node-llama-cpp in a bare process: the same prompt and sampling as the app path, no app code
// on the token path. Prints one JSON line {runs: [{tokens, tokensPerSecond}]}.
import { getLlama, LlamaCompletion } from 'node-llama-cpp';

const [modelPath, threadsArg, tokensArg, runsArg, prompt] = process.argv.slice(2);
if (!modelPath || !prompt) throw new Error('usage: raw-generation MODEL THREADS TOKENS RUNS PROMPT');
const threads = Number(threadsArg);
const maxTokens = Number(tokensArg);

const llama = await getLlama({ gpu: 'auto', logLevel: 'error' as never });
llama.maxThreads = threads;
const model = await llama.loadModel({ modelPath });
const context = await model.createContext({ contextSize: { max: 4096 }, threads });
const runs: { tokens: number; tokensPerSecond: number }[] = [];
for (let run = 0; run < Number(runsArg); run++) {
  const sequence = context.getSequence();
  const completion = new LlamaCompletion({ contextSequence: sequence });
  const times: number[] = [];
  await completion.generateCompletion(prompt, {
    maxTokens,
    temperature: 0.7,
    topP: 0.9,
    onToken: (tokens) => {
      for (let i = 0; i < tokens.length; i++) times.push(performance.now());
    },
  });
  const first = times[0] ?? 0;
  const last = times.at(-1) ?? 0;
  runs.push({ tokens: times.length, tokensPerSecond: times.length > 1 ? ((times.length - 1) * 1000) / (last - first) : 0 });
  completion.dispose();
  sequence.dispose();
}
process.stdout.write(`${JSON.stringify({ runs })}\n`);
await context.dispose();
await model.dispose();
await llama.dispose();
