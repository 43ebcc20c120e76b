// The whole main side (SQLite, services, dispatcher, a forked model host): a conversation's adapter
// choice decides the answer and its profile, and Compare streams base and adapter side by side from
// one model load, matching what a conversation with the adapter off / on answers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../main/services/app/create-app';
import type { EventSink } from '../../../main/services/events';
import { ForkHostLauncher } from '../../../main/services/model-host';
import type { EventChannel, EventPayload } from '../../../preload/contract/channels';
import type { CompareStarted } from '../../../preload/contract/features/compare';
import { ensureTinyModel } from '../../fixtures/tiny-llama';

type Recorded = { channel: EventChannel; payload: unknown };

class RecordingSink implements EventSink {
  readonly events: Recorded[] = [];
  emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): void {
    this.events.push({ channel, payload });
  }
  of<E extends EventChannel>(channel: E, since = 0): EventPayload<E>[] {
    return this.events
      .slice(since)
      .filter((e) => e.channel === channel)
      .map((e) => e.payload as EventPayload<E>);
  }
  /** The first event (from index `since` on) that matches; polls until it comes. */
  waitFor<E extends EventChannel>(
    channel: E,
    match: (payload: EventPayload<E>) => boolean,
    since = 0,
  ): Promise<EventPayload<E>> {
    return new Promise((resolve, reject) => {
      const deadline = Date.now() + 60_000;
      const poll = (): void => {
        const found = this.of(channel, since).find(match);
        if (found) resolve(found);
        else if (Date.now() > deadline) reject(new Error(`no ${channel} event came`));
        else setTimeout(poll, 5);
      };
      poll();
    });
  }
}

const QUESTION = 'What is hypokalemia?';
let dataDir: string;
let app: App;
let sink: RecordingSink;

async function call<T>(channel: string, payload: unknown): Promise<T> {
  const envelope = await app.dispatcher.dispatch(channel, payload);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

async function callError(channel: string, payload: unknown): Promise<{ code: string; message: string }> {
  const envelope = await app.dispatcher.dispatch(channel, payload);
  if (envelope.ok) throw new Error(`${channel} succeeded`);
  return envelope.error;
}

interface Started {
  requestId: string;
  conversation: { id: number; adapterEnabled: boolean; adapterScale: number };
}

async function until(condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function answer(started: Started): Promise<EventPayload<'chat:done'>['message']> {
  return (await sink.waitFor('chat:done', (e) => e.requestId === started.requestId)).message;
}

beforeAll(async () => {
  const fixture = await ensureTinyModel();
  dataDir = mkdtempSync(join(tmpdir(), 'mea-compare-'));
  sink = new RecordingSink();
  app = createApp({
    dataDir,
    launcher: new ForkHostLauncher(),
    events: sink,
    pickFile: async () => null,
    version: 'test',
  });
  // Greedy sampling: equal settings must give equal text.
  await call('settings:update', {
    modelPath: fixture.modelPath,
    loraPath: fixture.loraPath,
    loraScale: 1,
    sampling: { temperature: 0, maxTokens: 24 },
  });
  await call('model:load', {});
});

afterAll(async () => {
  await app?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('per-conversation adapter choice', () => {
  let offAnswer: string;
  let onAnswer: string;

  it('a new conversation takes the choice it is sent with; off answers with the base profile', async () => {
    const started = await call<Started>('chat:send', {
      conversationId: null,
      text: QUESTION,
      adapter: { enabled: false, scale: 1 },
    });
    expect(started.conversation).toMatchObject({ adapterEnabled: false, adapterScale: 1 });
    const message = await answer(started);
    expect(message).toMatchObject({ status: 'complete', profile: 'template' });
    offAnswer = message.content;

    // Switched on: the next answer (a regenerate of the same question) uses the adapter and its profile.
    const changed = await call<Started['conversation']>('conversations:setAdapter', {
      id: started.conversation.id,
      adapter: { enabled: true, scale: 1 },
    });
    expect(changed).toMatchObject({ adapterEnabled: true, adapterScale: 1 });
    const again = await call<Started>('chat:regenerate', { conversationId: started.conversation.id });
    const adapted = await answer(again);
    expect(adapted).toMatchObject({ status: 'complete', profile: 'adapter' });
    onAnswer = adapted.content;
    expect(onAnswer).not.toBe(offAnswer);
    expect(await call('conversations:get', { id: started.conversation.id })).toMatchObject({ adapterEnabled: true });
  });

  it('Compare streams both sides at once from the one loaded model, each matching its conversation twin', async () => {
    const firstEvent = sink.events.length;
    const started = await call<CompareStarted>('compare:start', { question: QUESTION });
    expect(started.base.profile).toBe('template');
    expect(started.adapter).toMatchObject({ profile: 'adapter', scale: 1 });

    const [base, adapter] = await Promise.all([
      sink.waitFor('compare:done', (e) => e.requestId === started.base.requestId),
      sink.waitFor('compare:done', (e) => e.requestId === started.adapter.requestId),
    ]);
    expect(base).toMatchObject({ side: 'base', status: 'complete', profile: 'template', text: offAnswer });
    expect(adapter).toMatchObject({ side: 'adapter', status: 'complete', profile: 'adapter', text: onAnswer });

    // Deltas concatenate to each side's text.
    const deltas = sink.events.slice(firstEvent).filter((e) => e.channel === 'compare:delta');
    const textOf = (id: string): string =>
      deltas
        .map((e) => e.payload as EventPayload<'compare:delta'>)
        .filter((p) => p.requestId === id)
        .map((p) => p.delta)
        .join('');
    expect(textOf(started.base.requestId)).toBe(base.text);
    expect(textOf(started.adapter.requestId)).toBe(adapter.text);

    const stats = await app.host.stats();
    expect(stats.modelLoads).toBe(1);
    expect(stats.contexts.map((c) => c.lora).sort()).toEqual([1, null]);
  });

  it('both sides stream before either finishes; Stop ends one side and keeps its text', async () => {
    await call('settings:update', { sampling: { temperature: 0.7, maxTokens: 400 } });
    const firstEvent = sink.events.length;
    const started = await call<CompareStarted>('compare:start', { question: 'Explain the causes of anemia.' });
    // Wait until each side has sent a few deltas, then stop the adapter side.
    const deltasOf = (id: string): number =>
      sink.of('compare:delta', firstEvent).filter((e) => e.requestId === id).length;
    await until(() => deltasOf(started.base.requestId) >= 3 && deltasOf(started.adapter.requestId) >= 3);
    const beforeStop = sink.events.slice(firstEvent);
    expect(await call('compare:stop', { requestId: started.adapter.requestId })).toEqual({ stopped: true });
    const adapter = await sink.waitFor('compare:done', (e) => e.requestId === started.adapter.requestId);
    expect(adapter.status).toBe('stopped');
    expect(adapter.text.length).toBeGreaterThan(0);
    // The base side goes on streaming after the adapter side stopped, until it is stopped too.
    const afterAdapterStop = sink.events.length;
    await sink.waitFor('compare:delta', (e) => e.requestId === started.base.requestId, afterAdapterStop);
    expect(await call('compare:stop', { requestId: started.base.requestId })).toEqual({ stopped: true });
    const base = await sink.waitFor('compare:done', (e) => e.requestId === started.base.requestId);
    expect(base.status).toBe('stopped');
    expect(base.tokens).toBeGreaterThan(adapter.tokens);

    // Interleaving: while both ran, the deltas switched sides again and again (not one answer, then the other).
    expect(beforeStop.some((e) => e.channel === 'compare:done')).toBe(false);
    const sides = beforeStop
      .filter((e) => e.channel === 'compare:delta')
      .map((e) => (e.payload as EventPayload<'compare:delta'>).requestId);
    const switches = sides.filter((id, index) => index > 0 && id !== sides[index - 1]).length;
    expect(switches).toBeGreaterThanOrEqual(2);
    expect((await app.host.stats()).modelLoads).toBe(1);
  });

  it('a comparison without an adapter is refused with a message that says what to do', async () => {
    await call('settings:update', { loraPath: null, sampling: { maxTokens: 16 } });
    await call('model:load', {});
    const error = await callError('compare:start', { question: QUESTION });
    expect(error.code).toBe('model_unavailable');
    expect(error.message).toMatch(/No LoRA adapter is loaded.*Settings/);
    // Conversations still answer, with the base model's profile whatever their choice says.
    const started = await call<Started>('chat:send', { conversationId: null, text: QUESTION });
    expect((await answer(started)).profile).toBe('template');
  });
});
