// `npm run bench -- --only abort [--runs N] [--model FILE | --tinyllama-shaped | --tiny-fixture] [--threads N]`:
// how fast Stop ends an answer through the app's path (chat:stop → chat service → model host → chat:done),
// min/median/p95/max over N stops at random points of streaming answers, PASS when p95 ≤ 250 ms. Also
// reports the watchdog's worst ping round trip meanwhile (a busy host must keep answering pings).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp, type App } from '../main/services/app/create-app';
import type { EventSink } from '../main/services/events';
import { ForkHostLauncher } from '../main/services/model-host';
import type { EventChannel, EventPayload } from '../preload/contract/channels';
import {
  MODEL_CHOICE_OPTIONS,
  modelChoiceFrom,
  positiveInteger,
  resolveModelChoice,
  type ModelChoice,
} from './model-choice';

const P95_LIMIT_MS = 250;
/** Stops land this long (uniformly random) after the answer's first words. */
const MAX_STOP_DELAY_MS = 400;

interface AbortBenchOptions {
  runs: number;
  model: ModelChoice;
  threads: number;
}

export function parseAbortBenchArgs(args: readonly string[], defaultThreads: number): AbortBenchOptions {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    options: {
      runs: { type: 'string' },
      ...MODEL_CHOICE_OPTIONS,
      threads: { type: 'string' },
    },
  });
  return {
    runs: positiveInteger('runs', values.runs, 50),
    model: modelChoiceFrom(values),
    threads: positiveInteger('threads', values.threads, defaultThreads),
  };
}

/** Nearest-rank percentile (p in 0–100) of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

/** Records when each answer's first delta and its chat:done reached main's event sink. */
class StopTimer implements EventSink {
  private readonly firstDelta = new Map<string, () => void>();
  private readonly done = new Map<string, (at: number, status: string) => void>();

  emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): void {
    const at = performance.now();
    if (channel === 'chat:delta') {
      const { requestId } = payload as EventPayload<'chat:delta'>;
      this.firstDelta.get(requestId)?.();
      this.firstDelta.delete(requestId);
    } else if (channel === 'chat:done') {
      const { requestId, message } = payload as EventPayload<'chat:done'>;
      this.done.get(requestId)?.(at, message.status);
      this.done.delete(requestId);
    }
  }

  /** Resolves at the first delta; `done` resolves with chat:done's arrival time and the answer's status. */
  watch(requestId: string): { firstDelta: Promise<void>; done: Promise<{ at: number; status: string }> } {
    const firstDelta = new Promise<void>((resolve) => this.firstDelta.set(requestId, resolve));
    const done = new Promise<{ at: number; status: string }>((resolve) =>
      this.done.set(requestId, (at, status) => resolve({ at, status })),
    );
    return { firstDelta, done };
  }
}

type StartedAnswer = { requestId: string; conversation: { id: number } };

async function call<T>(app: App, channel: string, payload: unknown): Promise<T> {
  const envelope = await app.dispatcher.dispatch(channel, payload);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

export async function runAbortBench(args: readonly string[]): Promise<boolean> {
  const options = parseAbortBenchArgs(args, Math.min(4, os.availableParallelism()));
  const model = await resolveModelChoice(options.model);
  const dir = mkdtempSync(join(os.tmpdir(), 'mea-abort-bench-'));
  const timer = new StopTimer();
  const app = createApp({
    dataDir: dir,
    launcher: new ForkHostLauncher(),
    events: timer,
    pickFile: async () => null,
    version: 'bench',
  });
  const stops: number[] = [];
  let finishedFirst = 0;
  try {
    await call(app, 'settings:update', { threads: options.threads, sampling: { maxTokens: 2048 } });
    await call(app, 'library:importFile', { kind: 'model', path: model.path });
    const loadStarted = performance.now();
    await call(app, 'model:load', {});
    console.log(
      `abort: ${model.label} loaded in ${Math.round(performance.now() - loadStarted)} ms, threads ${options.threads}`,
    );
    const pid = app.host.pid;
    let conversationId: number | null = null;
    while (stops.length < options.runs) {
      const started: StartedAnswer = await call<StartedAnswer>(app, 'chat:send', {
        conversationId,
        text: 'Describe the cardiac cycle in detail.',
      });
      // Every other answer is a follow-up; fresh conversations keep the history short, so no answer
      // runs into a full context (a context shift cannot be interrupted half-way).
      conversationId = conversationId === null ? started.conversation.id : null;
      const { firstDelta, done } = timer.watch(started.requestId);
      await firstDelta;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * MAX_STOP_DELAY_MS));
      const stoppedAt = performance.now();
      const { stopped } = await call<{ stopped: boolean }>(app, 'chat:stop', { requestId: started.requestId });
      const end = await done;
      if (!stopped || end.status !== 'stopped') {
        finishedFirst++; // the answer ended before Stop reached it: not a Stop measurement
        continue;
      }
      stops.push(end.at - stoppedAt);
    }
    if (app.host.pid !== pid) throw new Error('the model host restarted during the benchmark');
    const p95 = percentile(stops, 95);
    const ms = (value: number): string => `${value.toFixed(1)} ms`;
    const pass = p95 <= P95_LIMIT_MS;
    const watchdog = app.host.watchdogStats();
    console.log(
      `abort: ${stops.length} stops (${model.label}, threads ${options.threads}): min ${ms(Math.min(...stops))}, ` +
        `median ${ms(percentile(stops, 50))}, p95 ${ms(p95)}, max ${ms(Math.max(...stops))} — ` +
        `${pass ? 'PASS' : 'FAIL'} (p95 ≤ ${P95_LIMIT_MS} ms)` +
        (finishedFirst ? `; ${finishedFirst} answers ended before Stop and were not counted` : ''),
    );
    console.log(
      `abort: watchdog meanwhile: ${watchdog.pongs} pongs, worst round trip ${ms(watchdog.maxRoundTripMs)} ` +
        `(a hang is declared after 2000 ms), host never restarted; load average ${os.loadavg()[0]!.toFixed(1)} ` +
        `on ${os.availableParallelism()} cores (other processes slow each token, and so each Stop)`,
    );
    return pass;
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
