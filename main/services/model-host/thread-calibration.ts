// Measures prompt and generation speed of the loaded model at each candidate thread count (in the host).
import type { Llama, LlamaContextSequence, LlamaModel, Token } from 'node-llama-cpp';
import type { ThreadCalibration, ThreadSample } from '../../../preload/contract/thread-calibration';
import { chooseThreadCounts } from './calibration-choice';

export interface CalibrationRequest {
  /** Thread counts to measure, e.g. [1, 2] on two cores. */
  candidates: number[];
  /** Tokens generated per candidate (after the first, which ends the prompt evaluation). */
  tokens: number;
}

export interface CalibrationHooks {
  signal: AbortSignal;
  /** After each measured candidate: `done` of `total`, and the count just measured. */
  onProgress(done: number, total: number, threads: number): void;
  now?: () => number;
}

export class CalibrationAbortedError extends Error {
  override readonly name = 'CalibrationAbortedError';
}

// A fixed, ordinary prompt: every candidate evaluates exactly the same tokens.
const PROMPT_TEXT =
  'A 58-year-old man presents with crushing chest pain radiating to the left arm, sweating and nausea for ' +
  'forty minutes. His blood pressure is 150/90 mmHg and the ECG shows ST elevation in leads II, III and aVF. ' +
  'Explain the most likely diagnosis, the affected coronary artery and the first steps of management.';
const PROMPT_TOKENS = 64;
const CONTEXT_SIZE = 256;
const WARM_UP_TOKENS = 4;

/**
 * Runs one warm-up and then one measurement per candidate on a small context of its own, changing
 * only `llama.maxThreads` between candidates: node-llama-cpp's thread splitter caps every decode at
 * that many threads, so no context has to be rebuilt. Leaves `llama.maxThreads` at the chosen count,
 * which from then on caps every context of the model (their own thread count may be higher).
 */
export async function calibrateThreads(
  llama: Llama,
  model: LlamaModel,
  request: CalibrationRequest,
  hooks: CalibrationHooks,
): Promise<ThreadCalibration> {
  const candidates = [...new Set(request.candidates)].sort((a, b) => a - b);
  if (candidates.length === 0) throw new RangeError('No thread counts to calibrate.');
  const now = hooks.now ?? (() => performance.now());
  const previousMax = llama.maxThreads;
  const top = candidates.at(-1) as number;
  llama.maxThreads = top;
  const context = await model.createContext({
    sequences: 1,
    contextSize: Math.min(CONTEXT_SIZE, model.trainContextSize),
    threads: top,
  });
  let chosen: number | null = null;
  try {
    const sequence = context.getSequence();
    const prompt = calibrationPrompt(model, Math.min(PROMPT_TOKENS, context.contextSize - request.tokens - 8));
    // Warm-up (discarded): page faults on the weights, caches, thread start-up.
    await measure(sequence, prompt, Math.min(request.tokens, WARM_UP_TOKENS), hooks.signal, now);
    const samples: ThreadSample[] = [];
    for (const threads of candidates) {
      llama.maxThreads = threads;
      samples.push({ threads, ...(await measure(sequence, prompt, request.tokens, hooks.signal, now)) });
      hooks.onProgress(samples.length, candidates.length, threads);
    }
    const counts = chooseThreadCounts(samples);
    chosen = counts.generationThreads;
    return { samples, ...counts, measuredAt: Date.now() };
  } finally {
    llama.maxThreads = chosen ?? previousMax;
    await context.dispose();
  }
}

/** The fixed prompt's tokens, repeated or cut to `count` (BOS first when the model uses one). */
function calibrationPrompt(model: LlamaModel, count: number): Token[] {
  const text = model.tokenize(PROMPT_TEXT);
  if (text.length === 0) throw new Error('The model tokenized the calibration prompt to nothing.');
  const tokens: Token[] = model.tokens.bos !== null ? [model.tokens.bos] : [];
  while (tokens.length < count) tokens.push(...text.slice(0, count - tokens.length));
  return tokens;
}

/** Prompt speed (prompt tokens / time to the first token) and generation speed (later tokens). */
async function measure(
  sequence: LlamaContextSequence,
  prompt: Token[],
  tokens: number,
  signal: AbortSignal,
  now: () => number,
): Promise<Omit<ThreadSample, 'threads'>> {
  if (signal.aborted) throw new CalibrationAbortedError('Calibration was stopped.');
  await sequence.clearHistory();
  const startedAt = now();
  let firstAt = 0;
  let lastAt = 0;
  let produced = 0;
  // Greedy and never stopped at end-of-text: every candidate decodes the same number of tokens.
  for await (const _token of sequence.evaluate(prompt, { temperature: 0 })) {
    lastAt = now();
    if (produced === 0) firstAt = lastAt;
    produced++;
    if (signal.aborted) throw new CalibrationAbortedError('Calibration was stopped.');
    if (produced > tokens) break;
  }
  return {
    promptTokensPerSecond: rate(prompt.length, firstAt - startedAt),
    generationTokensPerSecond: rate(produced - 1, lastAt - firstAt),
  };
}

function rate(count: number, ms: number): number {
  return ms > 0 ? (count * 1000) / ms : 0;
}
