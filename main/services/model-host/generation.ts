// Runs one answer on a pooled chat session: syncs history, streams deltas, measures the turn.
import { randomInt } from 'node:crypto';
import type { LlamaChatSession, LlamaGrammar } from 'node-llama-cpp';
import { historyMatches, toChatHistory } from './history-sync';
import { LeadingWhitespaceTrimmer } from './leading-whitespace';
import { emptyAbortedResult, type GenerateRequest, type GenerateResult, type StopReason } from './protocol';
import type { SessionEntry } from './session-pool';
import type { ThreadPhases } from './thread-phases';

type LibraryStopReason = Awaited<ReturnType<LlamaChatSession['promptWithMeta']>>['stopReason'];

export function mapStopReason(reason: LibraryStopReason): StopReason {
  switch (reason) {
    case 'abort':
      return 'abort';
    case 'maxTokens':
      return 'maxTokens';
    case 'stopGenerationTrigger':
    case 'customStopTrigger':
      return 'stopTrigger';
    case 'eogToken':
    case 'functionCalls':
      return 'eos';
  }
}

export async function runGeneration(
  entry: SessionEntry,
  request: GenerateRequest,
  signal: AbortSignal,
  onDelta: (text: string) => void,
  /** `startedAt`: when the request began (the time to first token counts from it, a state restore included). */
  options: { grammar?: LlamaGrammar; phases?: ThreadPhases; startedAt?: number } = {},
): Promise<GenerateResult> {
  const { grammar, phases } = options;
  const { session, sequence } = entry;
  // The DB is the source of truth: reset only when it disagrees (regenerate, edits, a rebuilt
  // session); otherwise the KV cache already holds the history and only new tokens are evaluated.
  if (entry.fresh || !historyMatches(session.getChatHistory(), request.history)) {
    session.setChatHistory(toChatHistory(request.history));
  }
  entry.fresh = false;

  const meterBefore = sequence.tokenMeter.getState();
  const startedAt = options.startedAt ?? performance.now();
  const timing: { firstTokenAt: number | null } = { firstTokenAt: null };
  const trimmer = new LeadingWhitespaceTrimmer();
  let streamed = '';

  if (signal.aborted) return emptyAbortedResult(entry.profile);

  let response: Awaited<ReturnType<LlamaChatSession['promptWithMeta']>>;
  // The prompt's decodes use the prompt thread count; from the first token on, the generation count.
  const phase = phases?.startPrompt();
  try {
    response = await session.promptWithMeta(request.prompt, {
      signal,
      stopOnAbortSignal: true, // keep the partial answer on Stop
      maxTokens: request.sampling.maxTokens,
      temperature: request.sampling.temperature,
      topP: request.sampling.topP,
      // node-llama-cpp seeds sampling with the current second by default, so a Regenerate within the
      // same second repeated the answer word for word; every answer gets its own seed.
      seed: randomInt(2 ** 31),
      ...(grammar ? { grammar } : {}),
      onToken: () => {
        if (timing.firstTokenAt === null) {
          timing.firstTokenAt = performance.now();
          phase?.promptDone();
        }
      },
      onTextChunk: (chunk) => {
        const text = trimmer.push(chunk);
        if (text === '') return;
        streamed += text;
        onDelta(text);
      },
    });
  } catch (error) {
    // Aborted before generation began (e.g. while waiting for the session lock).
    if (signal.aborted && streamed === '') return emptyAbortedResult(entry.profile);
    throw error;
  } finally {
    phase?.end();
  }

  // Whatever the library held back and did not stream (rare) is sent now, so deltas always
  // concatenate to the final text.
  const finalText = response.responseText.trimStart();
  if (finalText.length > streamed.length && finalText.startsWith(streamed)) {
    onDelta(finalText.slice(streamed.length));
    streamed = finalText;
  }

  const endedAt = performance.now();
  const meter = sequence.tokenMeter.diff(meterBefore);
  const { firstTokenAt } = timing;
  // Every sampled token is one decode step with logits; held-back stop-trigger tokens included.
  const tokens = meter.usedOutputTokens;
  const decodeSeconds = firstTokenAt == null ? 0 : (endedAt - firstTokenAt) / 1000;
  return {
    text: streamed,
    stopReason: mapStopReason(response.stopReason),
    tokens,
    // Tokens decoded without sampling = prompt tokens not found in the KV cache.
    evaluatedTokens: meter.usedInputTokens,
    tokensPerSecond: tokens > 1 && decodeSeconds > 0 ? (tokens - 1) / decodeSeconds : 0,
    timeToFirstTokenMs: firstTokenAt == null ? null : firstTokenAt - startedAt,
    profile: entry.profile,
  };
}
