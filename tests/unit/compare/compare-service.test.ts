// CompareService over a scripted generator: two streams at once, stop per side, failures per side,
// and the refusals a user needs explained (no adapter, a comparison already running).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CompareService, type CompareGenerator } from '../../../main/services/compare/compare-service';
import type { EngineDescription } from '../../../main/services/engine';
import type { EventSink } from '../../../main/services/events';
import type { GenerateInput } from '../../../main/services/model/model-service';
import type { GenerateResult } from '../../../main/services/model-host';
import type { EventChannel, EventPayload } from '../../../preload/contract/channels';
import { ApiError } from '../../../preload/contract/envelope';
import type { AdapterChoice, AdapterInfo } from '../../../preload/contract/schemas';
import { fakeSafeguards } from '../chat/fake-scope';

class Sink implements EventSink {
  readonly events: { channel: EventChannel; payload: unknown }[] = [];
  emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): void {
    this.events.push({ channel, payload });
  }
  done(requestId: string): EventPayload<'compare:done'> | undefined {
    return this.events
      .filter((e) => e.channel === 'compare:done')
      .map((e) => e.payload as EventPayload<'compare:done'>)
      .find((p) => p.requestId === requestId);
  }
  async waitDone(requestId: string): Promise<EventPayload<'compare:done'>> {
    for (;;) {
      const found = this.done(requestId);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  }
}

/** Streams "<side> word 0, word 1, …" one word per tick; honours the abort signal. */
class ScriptedModel implements CompareGenerator {
  adapter: AdapterInfo | null = { path: '/m/lora.gguf', defaultScale: 1.5, provenance: [] };
  ready = true;
  words = 5;
  failAdapterSide = false;
  readonly calls: GenerateInput[] = [];

  requireActiveModel(choice?: AdapterChoice) {
    if (!this.ready) throw new ApiError('model_unavailable', 'No model is ready. Load a model in Settings.');
    return { modelName: 'tiny', profile: choice?.enabled === false ? ('template' as const) : ('adapter' as const) };
  }
  defaultAdapterChoice(): AdapterChoice {
    return { enabled: true, scale: 1.5 };
  }
  loadedAdapter(): AdapterInfo | null {
    return this.adapter;
  }
  describeEngine(): EngineDescription {
    const adapter = this.adapter
      ? { mode: 'local-lora' as const, name: this.adapter.path, scalable: true }
      : { mode: 'none' as const, name: null, scalable: false };
    return { kind: 'local', name: 'This computer', modelName: 'tiny', adapter };
  }
  async generate(
    input: GenerateInput,
    options: { requestId: string; signal: AbortSignal; onDelta: (text: string) => void },
  ): Promise<GenerateResult> {
    this.calls.push(input);
    const side = input.adapter?.enabled ? 'adapter' : 'base';
    let text = '';
    for (let i = 0; i < this.words; i++) {
      await new Promise((resolve) => setTimeout(resolve, 3));
      if (options.signal.aborted) break;
      if (side === 'adapter' && this.failAdapterSide && i === 2) throw new Error('model host crashed (SIGSEGV)');
      const word = `${side}${i} `;
      text += word;
      options.onDelta(word);
    }
    return {
      text,
      stopReason: options.signal.aborted ? 'abort' : 'eos',
      tokens: text.split(' ').length - 1,
      evaluatedTokens: 8,
      tokensPerSecond: 50,
      timeToFirstTokenMs: 3,
      profile: this.requireActiveModel(input.adapter).profile,
    };
  }
}

let model: ScriptedModel;
let sink: Sink;
let compare: CompareService;
let scope: ReturnType<typeof fakeSafeguards>;

beforeEach(() => {
  model = new ScriptedModel();
  sink = new Sink();
  scope = fakeSafeguards();
  compare = new CompareService(model, sink, scope.safeguards.scope, { deltaIntervalMs: 1 });
});

afterEach(async () => {
  await compare.dispose();
});

describe('CompareService', () => {
  it('answers one question with the base model and with the adapter, as one-off answers', async () => {
    const started = compare.start({ question: 'What is DKA?' });
    expect(started.base.profile).toBe('template');
    expect(started.adapter).toMatchObject({ profile: 'adapter', scale: 1.5 });
    const [base, adapter] = await Promise.all([
      sink.waitDone(started.base.requestId),
      sink.waitDone(started.adapter.requestId),
    ]);
    expect(base).toMatchObject({ side: 'base', status: 'complete', text: 'base0 base1 base2 base3 base4 ' });
    expect(adapter).toMatchObject({ side: 'adapter', status: 'complete', profile: 'adapter', error: null });
    expect(model.calls.map((c) => [c.adapter, c.scratch, c.history, c.prompt])).toEqual([
      [{ enabled: false, scale: 1.5 }, true, [], 'What is DKA?'],
      [{ enabled: true, scale: 1.5 }, true, [], 'What is DKA?'],
    ]);
    // No event goes out before the caller has the ids; both streams then interleave.
    const deltaIds = sink.events
      .filter((e) => e.channel === 'compare:delta')
      .map((e) => (e.payload as EventPayload<'compare:delta'>).requestId);
    expect(new Set(deltaIds)).toEqual(new Set([started.base.requestId, started.adapter.requestId]));
    expect(deltaIds.indexOf(started.adapter.requestId)).toBeLessThan(deltaIds.lastIndexOf(started.base.requestId));
    expect(compare.isRunning()).toBe(false);
  });

  it('uses the scale asked for', async () => {
    const started = compare.start({ question: 'Q', adapterScale: 0.25 });
    expect(started.adapter.scale).toBe(0.25);
    await sink.waitDone(started.adapter.requestId);
    expect(model.calls[1]?.adapter).toEqual({ enabled: true, scale: 0.25 });
  });

  it('stops one side and keeps its partial text; the other side finishes', async () => {
    model.words = 30;
    const started = compare.start({ question: 'Q' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(compare.stop(started.adapter.requestId)).toEqual({ stopped: true });
    const adapter = await sink.waitDone(started.adapter.requestId);
    const base = await sink.waitDone(started.base.requestId);
    expect(adapter.status).toBe('stopped');
    expect(adapter.text.length).toBeGreaterThan(0);
    expect(base.status).toBe('complete');
    expect(base.tokens).toBe(30);
    expect(compare.stop(started.adapter.requestId)).toEqual({ stopped: false });
  });

  it('reports a failing side as failed with its reason and the text it had', async () => {
    model.failAdapterSide = true;
    const started = compare.start({ question: 'Q' });
    const adapter = await sink.waitDone(started.adapter.requestId);
    expect(adapter).toMatchObject({
      status: 'failed',
      text: 'adapter0 adapter1 ',
      error: 'model host crashed (SIGSEGV)',
    });
    expect((await sink.waitDone(started.base.requestId)).status).toBe('complete');
  });

  it('refuses without an adapter, without a model, and while a comparison runs', async () => {
    model.adapter = null;
    expect(() => compare.start({ question: 'Q' })).toThrow(/No LoRA adapter is loaded.*Settings/);
    model.ready = false;
    expect(() => compare.start({ question: 'Q' })).toThrow(/No model is ready/);
    model.ready = true;
    model.adapter = { path: '/m/lora.gguf', defaultScale: 1, provenance: [] };
    const first = compare.start({ question: 'Q' });
    let caught: unknown;
    try {
      compare.start({ question: 'Q2' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ApiError);
    expect((caught as ApiError).code).toBe('conflict');
    await sink.waitDone(first.base.requestId);
    await sink.waitDone(first.adapter.requestId);
  });

  it('dispose stops both sides and waits for their final events', async () => {
    model.words = 1000;
    const started = compare.start({ question: 'Q' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    await compare.dispose();
    expect(sink.done(started.base.requestId)?.status).toBe('stopped');
    expect(sink.done(started.adapter.requestId)?.status).toBe('stopped');
  });

  it('declines an out-of-scope question with the polite message and the reason, before generating', () => {
    let caught: unknown;
    try {
      compare.start({ question: 'What is the capital of France?' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ApiError);
    expect((caught as ApiError).code).toBe('conflict');
    expect((caught as ApiError).message).toMatch(/medical and health education.*It is about "France"/);
    expect(model.calls).toHaveLength(0);
    scope.settings.scopeGuard = 'strict';
    expect(() => compare.start({ question: 'A poem please' })).toThrow(/medical and health education/);
    expect(() => compare.start({ question: '\u200B ' })).toThrow(/empty/);
  });

  it('compares any question when the scope guard is off', async () => {
    scope.settings.scopeGuard = 'off';
    const started = compare.start({ question: 'What is the capital of France?' });
    await sink.waitDone(started.base.requestId);
    await sink.waitDone(started.adapter.requestId);
    expect(scope.classifier.seen).toEqual([]);
  });
});
