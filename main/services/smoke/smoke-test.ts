// The smoke run: through the composed app (the same dispatcher the renderer calls), load a model and its
// adapter in the real model host, answer one question, save a card, close, and report each step.
import { mkdir, stat } from 'node:fs/promises';
import type { InvokeChannel, InvokeRequest, InvokeResponse } from '../../../preload/contract/channels';
import type { ModelInfo } from '../../../preload/contract/schemas';
import type { App } from '../app/create-app';
import type { EventSink } from '../events';
import type { SecretBox } from '../remote-engine/secret-box';
import { AnswerWatcher } from './answer-watcher';
import { checkSecretBox } from './secret-box-check';
import { writeSmokeModel } from './smoke-model';
import { writeSmokeReport, type SmokeEnvironment, type SmokeReport } from './smoke-report';
import { StepFailure, StepRecorder } from './step-recorder';

export interface SmokeTimeouts {
  prepareMs: number;
  importMs: number;
  loadMs: number;
  answerMs: number;
  saveMs: number;
  secretBoxMs: number;
  closeMs: number;
}

export const DEFAULT_SMOKE_TIMEOUTS: SmokeTimeouts = {
  prepareMs: 60_000,
  importMs: 60_000,
  loadMs: 180_000,
  answerMs: 120_000,
  saveMs: 30_000,
  secretBoxMs: 30_000,
  closeMs: 30_000,
};

export interface SmokeTestOptions {
  /** The app, composed over dataDir; the run closes it. */
  app: Pick<App, 'dispatcher' | 'host' | 'close'>;
  /** Where the app's events go (its EventHub): the run listens for the finished answer. */
  events: { add(sink: EventSink): () => void };
  dataDir: string;
  /** Folder for the generated model and adapter (when modelPath is null). */
  workDir: string;
  /** A GGUF model to use instead of the generated one; loraPath is then optional. */
  modelPath: string | null;
  loraPath: string | null;
  reportPath: string;
  environment: SmokeEnvironment;
  /** 'off' keeps llama.cpp on the CPU; 'auto' (default) uses a GPU where a working one exists, like the app. */
  gpu?: 'auto' | 'off';
  question?: string;
  timeouts?: Partial<SmokeTimeouts>;
  /** The OS's secret storage (safeStorage in the packaged app); absent (plain Node), the step is left out. */
  secretBox?: SecretBox;
}

const DEFAULT_QUESTION = 'What is hypokalemia?';
/** Short answers keep the run quick; the answer only has to be real text from the model. */
const MAX_ANSWER_TOKENS = 24;
const HOST_LOG_LINES = 40;

/** Runs every step, writes the report to options.reportPath and returns it; never throws for a failed step. */
export async function runSmokeTest(options: SmokeTestOptions): Promise<SmokeReport> {
  const startedAt = new Date();
  const timeouts = { ...DEFAULT_SMOKE_TIMEOUTS, ...options.timeouts };
  const question = options.question ?? DEFAULT_QUESTION;
  const { app } = options;
  const call = async <C extends InvokeChannel>(channel: C, payload: InvokeRequest<C>): Promise<InvokeResponse<C>> => {
    const envelope = await app.dispatcher.dispatch(channel, payload);
    if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message} (${envelope.error.code})`);
    return envelope.value as InvokeResponse<C>;
  };

  const steps = new StepRecorder();
  let modelPath = options.modelPath;
  let loraPath = options.loraPath;
  const generated = modelPath === null;
  let llama: ModelInfo | null = null;
  let rssBytes: number | null = null;
  let answer: { text: string; messageId: number } | null = null;

  await steps.run('prepare-model', timeouts.prepareMs, async () => {
    if (modelPath === null) {
      await mkdir(options.workDir, { recursive: true });
      ({ modelPath, loraPath } = await writeSmokeModel(options.workDir));
    }
    return {
      modelPath,
      loraPath,
      generated,
      modelBytes: await fileSize(modelPath, 'model'),
      ...(loraPath === null ? {} : { loraBytes: await fileSize(loraPath, 'adapter') }),
    };
  });

  await steps.run('import-model', timeouts.importMs, async () => {
    await call('settings:update', {
      threads: 1,
      gpuLayers: options.gpu ?? 'auto',
      sampling: { maxTokens: MAX_ANSWER_TOKENS },
    });
    const { entry } = await call('library:importFile', { kind: 'model', path: required(modelPath) });
    return { name: entry.name, architecture: entry.architecture, sizeBytes: entry.sizeBytes };
  });

  if (loraPath === null && !steps.failed) steps.skip('import-adapter', 'no adapter given with the model');
  else
    await steps.run('import-adapter', timeouts.importMs, async () => {
      const { entry, notices } = await call('library:importFile', { kind: 'lora', path: required(loraPath) });
      return { name: entry.name, rank: entry.rank, alpha: entry.alpha, notices };
    });

  await steps.run('load-model', timeouts.loadMs, async () => {
    const status = await call('model:load', {});
    llama = status.modelInfo;
    rssBytes = await app.host.stats().then(
      (stats) => stats.rssBytes,
      () => null,
    );
    const details = {
      state: status.state,
      profile: status.profile,
      adapter: status.adapter?.path ?? null,
      backend: llama?.backend ?? null,
    };
    if (status.state !== 'ready')
      throw new StepFailure(`the model is "${status.state}" after loading: ${status.message ?? ''}`, details);
    if (loraPath !== null && status.adapter === null)
      throw new StepFailure('the model loaded without its adapter', details);
    return details;
  });

  await steps.run('answer', timeouts.answerMs, async () => {
    const watcher = new AnswerWatcher();
    const stopListening = options.events.add(watcher);
    try {
      const sent = await call('chat:send', { conversationId: null, text: question });
      if (sent.outcome !== 'answering') throw new Error(`the question was declined: ${sent.decision.reason}`);
      const done = await watcher.done(sent.requestId);
      const text = done.message.content;
      const details = {
        question,
        text,
        status: done.message.status,
        conversationId: done.conversationId,
        messageId: done.message.id,
        profile: done.message.profile,
        tokens: done.stats?.tokens ?? null,
        tokensPerSecond: done.stats?.tokensPerSecond ?? null,
        streamedChars: watcher.streamedChars(sent.requestId),
      };
      if (done.message.status !== 'complete')
        throw new StepFailure(`the answer ended "${done.message.status}": ${done.message.error ?? ''}`, details);
      if (text.trim() === '') throw new StepFailure('the answer is empty', details);
      answer = { text, messageId: done.message.id };
      return details;
    } finally {
      stopListening();
    }
  });

  await steps.run('save-card', timeouts.saveMs, async () => {
    const saved = required(answer);
    const card = await call('cards:create', {
      deckId: null,
      front: question,
      back: saved.text.trim(),
      sourceMessageId: saved.messageId,
    });
    // Read it back: a card that did not reach the database fails here, not later.
    const stored = await call('cards:get', { id: card.id });
    if (stored.front !== question || stored.back !== saved.text.trim())
      throw new Error('the stored card differs from the one saved');
    return { cardId: card.id, deckId: card.deckId, sourceMessageId: stored.sourceMessageId };
  });

  const { secretBox } = options;
  if (secretBox) await steps.run('secret-box', timeouts.secretBoxMs, () => checkSecretBox(secretBox));

  const hostPid = app.host.pid ?? null;
  const hostLog = steps.failed ? app.host.recentLogs(HOST_LOG_LINES) : [];
  await steps.runAlways('close', timeouts.closeMs, async () => {
    await app.close();
    return {};
  });

  const finishedAt = new Date();
  const report: SmokeReport = {
    ok: !steps.failed,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    totalMs: finishedAt.getTime() - startedAt.getTime(),
    environment: options.environment,
    dataDir: options.dataDir,
    model: { path: modelPath, loraPath, generated },
    llama,
    host: { pid: hostPid, mainPid: process.pid, rssBytes },
    steps: steps.steps,
    hostLog,
  };
  await writeSmokeReport(options.reportPath, report);
  return report;
}

function required<T>(value: T | null): T {
  if (value === null) throw new Error('an earlier step left nothing to work on');
  return value;
}

async function fileSize(path: string, what: string): Promise<number> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error(`the ${what} path is not a file: ${path}`);
    return info.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`the ${what} file does not exist: ${path}`);
    throw error;
  }
}
