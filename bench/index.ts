// `npm run bench -- [--model FILE | --tinyllama-shaped] [--threads N] [--tokens N] [--runs N]`
// Generation speed through the app's whole path (model host process → main services → a bridge
// that serializes every event like IPC) against raw node-llama-cpp in a bare process, same run,
// plus time to first token at turn 1 and turn 10 of one conversation.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createApp, type App } from '../main/services/app/create-app';
import type { EventSink } from '../main/services/events';
import { ForkHostLauncher } from '../main/services/model-host';
import type { EventChannel, EventPayload } from '../preload/contract/channels';
import { ensureTinyModel } from '../tests/fixtures/tiny-llama';
import { formatSummary, median } from './stats';
import { ensureTinyLlamaShapedModel } from './tinyllama-shaped-model';

const QUESTION = 'What is hypokalemia and how does it change the ECG?';

/** Receives events as the renderer would: serialized and parsed, with arrival times. */
class TimingBridge implements EventSink {
  private waiters = new Map<
    string,
    { firstDeltaAt: number | null; resolve: (done: { at: number; payload: EventPayload<'chat:done'> }) => void }
  >();

  expect(
    requestId: string,
  ): Promise<{ at: number; payload: EventPayload<'chat:done'> }> & { firstDeltaAt: () => number | null } {
    let entry!: {
      firstDeltaAt: number | null;
      resolve: (done: { at: number; payload: EventPayload<'chat:done'> }) => void;
    };
    const promise = new Promise<{ at: number; payload: EventPayload<'chat:done'> }>((resolve) => {
      entry = { firstDeltaAt: null, resolve };
    });
    this.waiters.set(requestId, entry);
    return Object.assign(promise, { firstDeltaAt: () => entry.firstDeltaAt });
  }

  emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): void {
    const received = JSON.parse(JSON.stringify(payload)) as { requestId?: string };
    const at = performance.now();
    const waiter = received.requestId ? this.waiters.get(received.requestId) : undefined;
    if (!waiter) return;
    if (channel === 'chat:delta' && waiter.firstDeltaAt === null) waiter.firstDeltaAt = at;
    if (channel === 'chat:done') waiter.resolve({ at, payload: received as EventPayload<'chat:done'> });
  }
}

async function call(app: App, channel: string, payload: unknown): Promise<unknown> {
  const envelope = await app.dispatcher.dispatch(channel, payload);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value;
}

interface TurnTiming {
  ttftMs: number;
  tokens: number;
  tokensPerSecond: number;
}

async function askOnce(
  app: App,
  bridge: TimingBridge,
  conversationId: number | null,
  question: string,
): Promise<TurnTiming & { conversationId: number }> {
  const sentAt = performance.now();
  const started = (await call(app, 'chat:send', { conversationId, text: question })) as
    | { outcome: 'answering'; requestId: string; conversation: { id: number } }
    | { outcome: 'out_of_scope'; decision: { reason: string } };
  if (started.outcome !== 'answering') throw new Error(`the scope guard declined: ${started.decision.reason}`);
  const done = bridge.expect(started.requestId);
  const { at, payload } = await done;
  const first = done.firstDeltaAt() ?? at;
  const tokens = payload.stats?.tokens ?? 0;
  // Tokens after the first, over the time between the first delta and the end, as the renderer sees them.
  const tokensPerSecond = tokens > 1 ? ((tokens - 1) * 1000) / (at - first) : 0;
  if (payload.message.status !== 'complete')
    throw new Error(`answer ended ${payload.message.status}: ${payload.message.error}`);
  return { ttftMs: first - sentAt, tokens, tokensPerSecond, conversationId: started.conversation.id };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      model: { type: 'string' },
      'tinyllama-shaped': { type: 'boolean', default: false },
      threads: { type: 'string' },
      tokens: { type: 'string', default: '128' },
      runs: { type: 'string', default: '3' },
    },
  });
  const modelPath =
    values.model ??
    (values['tinyllama-shaped'] ? await ensureTinyLlamaShapedModel() : (await ensureTinyModel()).modelPath);
  const threads = values.threads ? Number(values.threads) : os.availableParallelism();
  const maxTokens = Number(values.tokens);
  const runs = Number(values.runs);
  console.log(`model: ${modelPath}\nthreads: ${threads}, new tokens per answer: ${maxTokens}, runs: ${runs}`);

  // Raw node-llama-cpp first, each in its own bare process.
  const rawScript = fileURLToPath(new URL('./raw-generation.ts', import.meta.url));
  const runRaw = (mode: 'evaluate' | 'chat') => {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', rawScript, mode, modelPath, String(threads), String(maxTokens), String(runs), QUESTION],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    return (JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { runs: { tokensPerSecond: number }[] }).runs.map(
      (r) => r.tokensPerSecond,
    );
  };
  const rawEvaluateTps = runRaw('evaluate');
  const rawChatTps = runRaw('chat');

  const dataDir = mkdtempSync(join(os.tmpdir(), 'mea-bench-'));
  const bridge = new TimingBridge();
  const app = createApp({
    dataDir,
    launcher: new ForkHostLauncher(),
    events: bridge,
    pickFile: async () => null,
    version: 'bench',
  });
  try {
    await call(app, 'settings:update', { modelPath, threads, profile: 'qa', sampling: { maxTokens } });
    await call(app, 'model:load', {});
    const appRuns: TurnTiming[] = [];
    for (let run = 0; run < runs; run++) appRuns.push(await askOnce(app, bridge, null, QUESTION));

    // One conversation of 10 turns: time to first token should stay flat thanks to the KV cache.
    const turns: TurnTiming[] = [];
    let conversationId: number | null = null;
    for (let turn = 1; turn <= 10; turn++) {
      const timing = await askOnce(app, bridge, conversationId, `${QUESTION} (follow-up ${turn})`);
      conversationId = timing.conversationId;
      turns.push(timing);
    }

    const appTps = appRuns.map((r) => r.tokensPerSecond);
    console.log('\nGeneration tokens/s, median (min, max):');
    console.log(`  raw node-llama-cpp, sequence.evaluate loop  : ${formatSummary(rawEvaluateTps)}`);
    console.log(`  raw node-llama-cpp, LlamaChatSession        : ${formatSummary(rawChatTps)}`);
    console.log(`  app path (host process → main → bridge)     : ${formatSummary(appTps)}`);
    console.log(`  ratio app / raw LlamaChatSession (medians)  : ${(median(appTps) / median(rawChatTps)).toFixed(3)}`);
    console.log(
      `  ratio app / raw evaluate loop (medians)     : ${(median(appTps) / median(rawEvaluateTps)).toFixed(3)}`,
    );
    console.log('\nTime to first token (app path, one conversation):');
    console.log(`  turn 1 : ${turns[0]?.ttftMs.toFixed(0)} ms`);
    console.log(`  turn 10: ${turns[9]?.ttftMs.toFixed(0)} ms`);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// `npm run bench -- cards`: the flashcard store at 50,000 cards (bench/cards.ts) instead.
if (process.argv[2] === 'cards') await (await import('./cards')).runCardsBench(process.argv.slice(3));
else await main();
