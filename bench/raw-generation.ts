// Raw node-llama-cpp in a bare process, same model, threads, prompt and sampling as the app path,
// no app code on the token path. Two ways:
//   evaluate: the library's lowest-level generation loop (sequence.evaluate) on the rendered prompt;
//   chat:     LlamaChatSession.promptWithMeta with the same chat wrapper the model host uses.
// Prints one JSON line {runs: [{tokens, tokensPerSecond}]}.
import { getLlama, LlamaChatSession, LlamaLogLevel, type LlamaContext, type LlamaModel } from 'node-llama-cpp';
import { PlainTextChatWrapper } from '../main/services/prompt-profiles/plain-text-chat-wrapper';
import { renderProfilePrompt } from '../main/services/prompt-profiles';

const [mode, modelPath, threadsArg, tokensArg, runsArg, question] = process.argv.slice(2);
if ((mode !== 'evaluate' && mode !== 'chat') || !modelPath || !question) {
  throw new Error('usage: raw-generation evaluate|chat MODEL THREADS TOKENS RUNS QUESTION');
}
const threads = Number(threadsArg);
const maxTokens = Number(tokensArg);
const sampling = { temperature: 0.7, topP: 0.9 };

function rate(times: number[]): { tokens: number; tokensPerSecond: number } {
  const first = times[0] ?? 0;
  const last = times.at(-1) ?? 0;
  return { tokens: times.length, tokensPerSecond: times.length > 1 ? ((times.length - 1) * 1000) / (last - first) : 0 };
}

async function viaEvaluate(
  model: LlamaModel,
  context: LlamaContext,
): Promise<{ tokens: number; tokensPerSecond: number }> {
  const sequence = context.getSequence();
  const prompt = renderProfilePrompt('qa', [], question as string).text;
  const input = model.tokenize(prompt, false);
  const bos = model.tokens.bos;
  const times: number[] = [];
  for await (const token of sequence.evaluate(bos === null ? input : [bos, ...input], sampling)) {
    times.push(performance.now());
    if (times.length >= maxTokens || token === model.tokens.eos) break;
  }
  sequence.dispose();
  return rate(times);
}

async function viaChatSession(context: LlamaContext): Promise<{ tokens: number; tokensPerSecond: number }> {
  const sequence = context.getSequence();
  const session = new LlamaChatSession({ contextSequence: sequence, chatWrapper: new PlainTextChatWrapper('qa') });
  const times: number[] = [];
  await session.promptWithMeta(question as string, {
    ...sampling,
    maxTokens,
    onToken: () => times.push(performance.now()),
  });
  session.dispose();
  sequence.dispose();
  return rate(times);
}

const llama = await getLlama({ gpu: 'auto', logLevel: LlamaLogLevel.error });
llama.maxThreads = threads;
const model = await llama.loadModel({ modelPath });
const context = await model.createContext({ contextSize: { max: 4096 }, threads });
const runs: { tokens: number; tokensPerSecond: number }[] = [];
for (let run = 0; run < Number(runsArg); run++) {
  runs.push(mode === 'evaluate' ? await viaEvaluate(model, context) : await viaChatSession(context));
}
process.stdout.write(`${JSON.stringify({ runs })}\n`);
await context.dispose();
await model.dispose();
await llama.dispose();
