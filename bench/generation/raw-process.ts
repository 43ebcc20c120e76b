// Raw node-llama-cpp in a bare process: same model, threads, prompt and sampling as the app path, no
// app code on the token path. Run as `tsx raw-process.ts '<RawProcessConfig JSON>'`; prints one JSON line.
//   fit:      the vignette question whose qa-profile prompt has about `promptTokens` tokens (vocab only);
//   evaluate: the library's lowest-level loop (sequence.evaluate) on the rendered prompt;
//   chat:     LlamaChatSession.promptWithMeta with the same chat wrapper the model host uses.
// Each measured mode runs one warm-up answer first and discards it.
import {
  getLlama,
  LlamaChatSession,
  LlamaLogLevel,
  LlamaText,
  SpecialToken,
  type LlamaContext,
  type LlamaModel,
  type Token,
} from 'node-llama-cpp';
import { renderProfilePrompt } from '../../main/services/prompt-profiles';
import { PlainTextChatWrapper } from '../../main/services/prompt-profiles/plain-text-chat-wrapper';
import { fitWordCount, vignetteQuestion } from './bench-prompt';
import { readPeakRss } from './peak-rss';
import type { RawProcessConfig, RawProcessOutput, RawRun } from './raw-types';

const config = JSON.parse(process.argv[2] ?? '') as RawProcessConfig;
const sampling = { temperature: config.sampling.temperature, topP: config.sampling.topP };

/** The qa-profile prompt of `question`, tokenized exactly as the chat wrapper and the host's tokenize do. */
function promptTokensOf(model: LlamaModel, question: string): Token[] {
  const text = renderProfilePrompt('qa', [], question).text;
  return LlamaText([new SpecialToken('BOS'), text]).tokenize(model.tokenizer);
}

async function viaEvaluate(model: LlamaModel, context: LlamaContext): Promise<RawRun> {
  const sequence = context.getSequence();
  const input = promptTokensOf(model, config.question);
  const times: number[] = [];
  const startedAt = performance.now();
  for await (const token of sequence.evaluate(input, sampling)) {
    times.push(performance.now());
    if (times.length >= config.maxTokens || model.isEogToken(token)) break;
  }
  sequence.dispose();
  return { promptTokens: input.length, promptMs: (times[0] ?? startedAt) - startedAt, tokenTimes: times };
}

async function viaChatSession(context: LlamaContext): Promise<RawRun> {
  const sequence = context.getSequence();
  const session = new LlamaChatSession({ contextSequence: sequence, chatWrapper: new PlainTextChatWrapper('qa') });
  const meterBefore = sequence.tokenMeter.getState();
  const times: number[] = [];
  const startedAt = performance.now();
  await session.promptWithMeta(config.question, {
    ...sampling,
    maxTokens: config.maxTokens,
    onToken: () => times.push(performance.now()),
  });
  const promptTokens = sequence.tokenMeter.diff(meterBefore).usedInputTokens;
  session.dispose();
  sequence.dispose();
  return { promptTokens, promptMs: (times[0] ?? startedAt) - startedAt, tokenTimes: times };
}

async function main(): Promise<RawProcessOutput> {
  const llama = await getLlama({ gpu: 'auto', logLevel: LlamaLogLevel.error });
  llama.maxThreads = config.threads;
  try {
    if (config.mode === 'fit') {
      const model = await llama.loadModel({ modelPath: config.modelPath, vocabOnly: true });
      const count = (words: number): number => promptTokensOf(model, vignetteQuestion(words)).length;
      const question = vignetteQuestion(fitWordCount(config.promptTokens, count));
      const promptTokens = promptTokensOf(model, question).length;
      await model.dispose();
      return { mode: 'fit', question, promptTokens };
    }
    const model = await llama.loadModel({ modelPath: config.modelPath });
    const context = await model.createContext({ contextSize: { max: 4096 }, threads: config.threads });
    const runOnce = (): Promise<RawRun> =>
      config.mode === 'evaluate' ? viaEvaluate(model, context) : viaChatSession(context);
    await runOnce(); // warm-up, discarded
    const runs: RawRun[] = [];
    for (let run = 0; run < config.runs; run++) runs.push(await runOnce());
    const peakRssBytes = readPeakRss();
    await context.dispose();
    await model.dispose();
    return { mode: config.mode, runs, peakRssBytes };
  } finally {
    await llama.dispose();
  }
}

process.stdout.write(`${JSON.stringify(await main())}\n`);
