// The app's whole path: model host process → main services → a bridge that serializes events like IPC.
// Measures fresh-conversation answers (prompt eval + generation), then one 10-turn conversation.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../../main/services/app/create-app';
import { ForkHostLauncher } from '../../main/services/model-host';
import { renderProfilePrompt } from '../../main/services/prompt-profiles';
import { FOLLOW_UP_QUESTION } from './bench-prompt';
import { intervalsOf, rate } from './interval-stats';
import { readPeakRss, readRssBreakdown, type RssBreakdown } from './peak-rss';
import { RecordingHostLauncher, type HostGenerationRecord } from './recording-launcher';
import { TimingBridge } from './timing-bridge';

export interface AppPathConfig {
  modelPath: string;
  threads: number;
  maxTokens: number;
  runs: number;
  question: string;
  sampling: { temperature: number; topP: number };
  turns: number;
}

export interface AppAnswer {
  /** Tokens of the whole rendered prompt (history + question), tokenized by the host; null if unknown. */
  promptTokens: number | null;
  /** Prompt tokens the host actually decoded (the rest came from the KV cache). */
  evaluatedTokens: number;
  tokens: number;
  /** chat:send → first chat:delta at the bridge. */
  ttftMs: number;
  /** Host-measured: start of the answer → first token. */
  hostTtftMs: number | null;
  /** Generated tokens after the first, over first token reaching main → chat:done at the bridge. */
  tokensPerSecond: number;
  hostTokensPerSecond: number;
  /** Evaluated prompt tokens over the bridge's time to first token (whole path), and over the host's. */
  promptTokensPerSecond: number;
  hostPromptTokensPerSecond: number;
  /** Gaps between chat:delta arrivals at the bridge (coalesced by main's delta batcher). */
  bridgeIntervals: number[];
  /** Gaps between host delta messages arriving in main (about one per token). */
  mainIntervals: number[];
}

export interface AppPathResult {
  runs: AppAnswer[];
  turns: AppAnswer[];
  hostPeakRssBytes: number | null;
  /** The host's resident memory at the end, anonymous vs file-backed (mapped model pages). */
  hostRss: RssBreakdown | null;
  contextSize: number | null;
}

async function call(app: App, channel: string, payload: unknown): Promise<unknown> {
  const envelope = await app.dispatcher.dispatch(channel, payload);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value;
}

type SendResponse =
  | { outcome: 'answering'; requestId: string; conversation: { id: number } }
  | { outcome: 'out_of_scope'; decision: { reason: string } };

async function promptTokensOf(app: App, record: HostGenerationRecord | undefined): Promise<number | null> {
  if (!record || record.request.profile === 'template') return null;
  const { profile, history, prompt } = record.request;
  return (await app.host.tokenize(renderProfilePrompt(profile, history, prompt).text, { bos: true })).length;
}

async function ask(
  app: App,
  bridge: TimingBridge,
  launcher: RecordingHostLauncher,
  conversationId: number | null,
  question: string,
): Promise<AppAnswer & { conversationId: number }> {
  const sentAt = performance.now();
  const started = (await call(app, 'chat:send', { conversationId, text: question })) as SendResponse;
  if (started.outcome !== 'answering') throw new Error(`the scope guard declined: ${started.decision.reason}`);
  const { deltaArrivals, doneAt, done } = await bridge.expect(started.requestId);
  if (done.message.status !== 'complete') throw new Error(`answer ended ${done.message.status}: ${done.message.error}`);
  const record = launcher.record(started.requestId);
  const result = record?.result;
  if (!record || !result) throw new Error('the host result of an answer was not seen in main');
  const firstDelta = deltaArrivals[0] ?? doneAt;
  const ttftMs = firstDelta - sentAt;
  return {
    conversationId: started.conversation.id,
    promptTokens: await promptTokensOf(app, record),
    evaluatedTokens: result.evaluatedTokens,
    tokens: result.tokens,
    ttftMs,
    hostTtftMs: result.timeToFirstTokenMs,
    // From the first token's arrival in main, not at the bridge: main's delta batcher holds the first
    // delta back up to one frame, which would shorten the window and flatter the rate.
    tokensPerSecond: result.tokens > 1 ? rate(result.tokens - 1, doneAt - (record.deltaArrivals[0] ?? firstDelta)) : 0,
    hostTokensPerSecond: result.tokensPerSecond,
    promptTokensPerSecond: rate(result.evaluatedTokens, ttftMs),
    hostPromptTokensPerSecond: rate(result.evaluatedTokens, result.timeToFirstTokenMs ?? 0),
    bridgeIntervals: intervalsOf(deltaArrivals),
    mainIntervals: intervalsOf(record.deltaArrivals),
  };
}

/**
 * Idle time before each question, as a user reads the answer before asking again: the host prepares the
 * next conversation's context in such gaps, which back-to-back questions would not leave it.
 */
export const PAUSE_BETWEEN_QUESTIONS_MS = 500;

const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, PAUSE_BETWEEN_QUESTIONS_MS));

export async function runAppPath(config: AppPathConfig): Promise<AppPathResult> {
  const dataDir = mkdtempSync(join(os.tmpdir(), 'mea-bench-'));
  const bridge = new TimingBridge();
  const launcher = new RecordingHostLauncher(new ForkHostLauncher());
  const app = createApp({ dataDir, launcher, events: bridge, pickFile: async () => null, version: 'bench' });
  try {
    const { threads, modelPath, sampling, maxTokens } = config;
    // Scope guard off: a short --prompt-tokens cuts the question down to words it would decline.
    const settings = { modelPath, threads, profile: 'qa', scopeGuard: 'off', sampling: { ...sampling, maxTokens } };
    await call(app, 'settings:update', settings);
    const loaded = (await call(app, 'model:load', {})) as { modelInfo?: { contextSize?: number } | null } | null;
    await ask(app, bridge, launcher, null, config.question); // warm-up, discarded
    const runs: AppAnswer[] = [];
    for (let run = 0; run < config.runs; run++) {
      await pause();
      runs.push(await ask(app, bridge, launcher, null, config.question));
    }

    // One conversation: time to first token should stay flat when the KV cache is reused.
    const turns: AppAnswer[] = [];
    let conversationId: number | null = null;
    for (let turn = 1; turn <= config.turns; turn++) {
      await pause();
      const answer = await ask(app, bridge, launcher, conversationId, `${FOLLOW_UP_QUESTION} (follow-up ${turn})`);
      conversationId = answer.conversationId;
      turns.push(answer);
    }
    const hostPeakRssBytes = launcher.pid === undefined ? null : readPeakRss(launcher.pid);
    const hostRss = launcher.pid === undefined ? null : readRssBreakdown(launcher.pid);
    return { runs, turns, hostPeakRssBytes, hostRss, contextSize: loaded?.modelInfo?.contextSize ?? null };
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
