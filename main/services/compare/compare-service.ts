// Base vs base + adapter, side by side: one question, two answers streaming at once from the one
// loaded model (two contexts in the host, LoRA applied per context), or from the default server in
// Settings (adapter on and off per request). Answers are not stored: a comparison is a look, not a
// conversation; each side runs on its context's scratch sequence, so the conversations' cached
// sessions stay as they were.
import { randomUUID } from 'node:crypto';
import { outOfScopeMessage } from '../../../preload/contract/assistant-purpose';
import { ApiError } from '../../../preload/contract/envelope';
import type { CompareDone, CompareSide, CompareStarted } from '../../../preload/contract/features/compare';
import type { AdapterChoice, AdapterInfo, ProfileId } from '../../../preload/contract/schemas';
import { DeltaCoalescer } from '../streaming/delta-coalescer';
import type { EngineDescription } from '../engine/engine';
import type { EventSink } from '../events';
import type { AnswerGenerator } from '../chat/chat-service';
import type { ScopeGate } from '../chat/scope-gate';

/** What Compare needs from the model side (ModelService in the app). */
export interface CompareGenerator extends AnswerGenerator {
  loadedAdapter(): AdapterInfo | null;
  /** What answers for `engine` (null: this computer): its name, and whether it has the adapter. */
  describeEngine(engine: string | null): EngineDescription;
}

export interface CompareServiceOptions {
  /** How often token deltas are sent to the renderer. */
  deltaIntervalMs?: number;
  /** The engine that answers (the settings' default: a server id, or null for this computer); absent: this computer. */
  defaultEngine?: () => string | null;
}

interface RunningSide {
  controller: AbortController;
  done: Promise<void>;
}

const SESSION_KEY = 'compare';

export class CompareService {
  private readonly running = new Map<string, RunningSide>();
  private readonly deltaIntervalMs: number;
  private readonly defaultEngine: () => string | null;

  constructor(
    private readonly generator: CompareGenerator,
    private readonly events: EventSink,
    private readonly scope: ScopeGate,
    options: CompareServiceOptions = {},
  ) {
    this.deltaIntervalMs = options.deltaIntervalMs ?? 16;
    this.defaultEngine = options.defaultEngine ?? (() => null);
  }

  /**
   * Starts both answers; resolves with their request ids before the first delta is emitted. The
   * question passes the chat's scope guard first (Compare has no "ask anyway": a decline is an error
   * that says what the assistant is for and why, unless the guard is off in Settings), so a declined
   * question never reaches a server.
   */
  start(request: { question: string; adapterScale?: number }): CompareStarted {
    const verdict = this.scope.check(request.question, { overridden: false, askAnyway: false });
    if (verdict.verdict === 'decline') throw new ApiError('conflict', outOfScopeMessage(verdict.decision.reason));
    const engine = this.defaultEngine();
    const description = this.requireAdapter(engine);
    if (this.running.size > 0) {
      throw new ApiError('conflict', 'A comparison is still running. Stop it or wait for both answers.');
    }
    const scale = request.adapterScale ?? this.generator.defaultAdapterChoice().scale;
    const baseChoice: AdapterChoice = { enabled: false, scale };
    const adapterChoice: AdapterChoice = { enabled: true, scale };
    const base = { requestId: randomUUID(), profile: this.generator.requireActiveModel(baseChoice, engine).profile };
    const adapter = {
      requestId: randomUUID(),
      profile: this.generator.requireActiveModel(adapterChoice, engine).profile,
    };
    this.run('base', base, baseChoice, request.question, engine);
    this.run('adapter', adapter, adapterChoice, request.question, engine);
    return {
      engine: { kind: description.kind, serverId: engine, name: description.name },
      base,
      adapter: { ...adapter, scale },
    };
  }

  /** The engine, when it has an adapter to compare with; else an ApiError saying what to change. */
  private requireAdapter(engine: string | null): EngineDescription {
    if (engine === null) {
      if (!this.generator.loadedAdapter()) {
        // Checked first: without an adapter there is nothing to compare, whatever else is wrong.
        this.generator.requireActiveModel();
        throw new ApiError(
          'model_unavailable',
          'No LoRA adapter is loaded, so there is nothing to compare the base model with. Choose an adapter in Settings and load the model.',
        );
      }
      return this.generator.describeEngine(null);
    }
    const description = this.generator.describeEngine(engine);
    if (description.adapter.mode === 'none') {
      throw new ApiError(
        'model_unavailable',
        `${description.name} is set up without the medical adapter, so there is nothing to compare its base model ` +
          'with. Set its adapter in Settings, or make this computer the default engine.',
      );
    }
    return description;
  }

  /** Stops one side; what it generated so far is kept in its done event. */
  stop(requestId: string): { stopped: boolean } {
    const side = this.running.get(requestId);
    if (!side) return { stopped: false };
    side.controller.abort();
    return { stopped: true };
  }

  isRunning(): boolean {
    return this.running.size > 0;
  }

  async dispose(): Promise<void> {
    const sides = [...this.running.values()];
    for (const side of sides) side.controller.abort();
    await Promise.all(sides.map((side) => side.done));
  }

  private run(
    side: CompareSide,
    started: { requestId: string; profile: ProfileId },
    adapter: AdapterChoice,
    question: string,
    engine: string | null,
  ): void {
    const controller = new AbortController();
    const entry: RunningSide = { controller, done: Promise.resolve() };
    this.running.set(started.requestId, entry);
    // Next turn of the event loop: the caller's reply (with the request ids) goes out first.
    entry.done = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.stream(side, started, { adapter, engine }, question, controller))
      .finally(() => this.running.delete(started.requestId));
  }

  private async stream(
    side: CompareSide,
    { requestId, profile }: { requestId: string; profile: ProfileId },
    { adapter, engine }: { adapter: AdapterChoice; engine: string | null },
    question: string,
    controller: AbortController,
  ): Promise<void> {
    let text = '';
    const batcher = new DeltaCoalescer((delta) => this.events.emit('compare:delta', { requestId, delta }), {
      intervalMs: this.deltaIntervalMs,
    });
    let done: CompareDone;
    try {
      const result = await this.generator.generate(
        { sessionKey: `${SESSION_KEY}:${side}`, history: [], prompt: question, adapter, scratch: true, engine },
        {
          requestId,
          signal: controller.signal,
          onDelta: (delta) => {
            text += delta;
            batcher.push(delta);
          },
        },
      );
      done = {
        requestId,
        side,
        status: result.stopReason === 'abort' ? 'stopped' : 'complete',
        text: result.text,
        tokens: result.tokens,
        tokensPerSecond: result.tokensPerSecond,
        profile: result.profile,
        error: null,
      };
    } catch (error) {
      done = {
        requestId,
        side,
        status: controller.signal.aborted ? 'stopped' : 'failed',
        text,
        tokens: 0,
        tokensPerSecond: 0,
        profile,
        error: error instanceof Error ? error.message : String(error),
      };
    }
    batcher.flush();
    this.events.emit('compare:done', done);
  }
}
