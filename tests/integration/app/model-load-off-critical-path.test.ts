// Start-up never waits for the model: createApp returns, and the history can be listed and opened, while the
// host's load is still pending (a launcher that holds the load until the test releases it). Not timed: it fails
// only if something on the way to an interactive window awaited the load.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../main/services/app/create-app';
import type { HostProcess } from '../../../main/services/model-host';
import { MessageRepository } from '../../../main/services/store';
import type { ConversationSummary, Message, ModelStatus } from '../../../preload/contract/schemas';
import { ensureTinyModel } from '../../fixtures/tiny-llama';
import { FakeLauncher } from '../../unit/model-host/fake-host';
import { callApp } from '../support/app-under-test';

/** A fake host that keeps every 'load' until release() (the model "takes forever" to load). */
class HeldLoadLauncher extends FakeLauncher {
  private readonly held: { host: HostProcess; message: unknown }[] = [];
  loadsSeen = 0;

  override launch() {
    const host = super.launch();
    const post = host.postMessage.bind(host);
    host.postMessage = (message: unknown) => {
      if ((message as { type?: unknown }).type === 'load') {
        this.loadsSeen += 1;
        this.held.push({ host, message });
        return;
      }
      post(message);
    };
    return host;
  }

  release(): void {
    for (const { host, message } of this.held.splice(0)) {
      Object.getPrototypeOf(host).postMessage.call(host, message);
    }
  }
}

const dir = mkdtempSync(join(tmpdir(), 'mea-cold-start-'));
const dataDir = join(dir, 'data');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const start = (launcher: FakeLauncher): App =>
  createApp({
    dataDir,
    launcher,
    events: { emit: () => undefined },
    pickFile: async () => null,
    version: '0.0.0-test',
    threadCalibration: false,
  });

const waitUntil = async (done: () => boolean): Promise<void> => {
  for (let i = 0; i < 500 && !done(); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(done()).toBe(true);
};

beforeAll(async () => {
  // Yesterday's session: a model chosen and a few conversations with their answers.
  const fixture = await ensureTinyModel();
  const earlier = start(new FakeLauncher());
  await callApp(earlier, 'settings:update', { modelPath: fixture.modelPath });
  const messages = new MessageRepository(earlier.db);
  for (let i = 1; i <= 3; i += 1) {
    const { id } = await callApp<{ id: number }>(earlier, 'conversations:create', { title: `Topic ${i}` });
    messages.addUser(id, `Question ${i}`);
    const answer = messages.startAssistant(id, { modelName: 'tiny', profile: null });
    messages.finish(answer.id, { content: `Answer ${i}`, status: 'complete' });
  }
  await earlier.close();
});

describe('cold start', () => {
  it('lists and opens the history while the model is still loading', async () => {
    const launcher = new HeldLoadLauncher();
    const app = start(launcher);
    try {
      // The load was asked for at start-up and is still pending.
      await waitUntil(() => launcher.loadsSeen === 1);
      const status = await callApp<ModelStatus>(app, 'model:getStatus', {});
      expect(status.state).toBe('loading');

      const list = await callApp<ConversationSummary[]>(app, 'conversations:list', {});
      expect(list.map((c) => c.title).sort()).toEqual(['Topic 1', 'Topic 2', 'Topic 3']);
      const opened = await callApp<Message[]>(app, 'messages:list', { conversationId: list[0]!.id });
      expect(opened.map((m) => m.role)).toEqual(['user', 'assistant']);
      expect(launcher.loadsSeen).toBe(1);
      expect((await callApp<ModelStatus>(app, 'model:getStatus', {})).state).toBe('loading');

      // Once the load finishes the model is ready for the next question.
      launcher.release();
      await waitUntil(() => app.model.getStatus().state === 'ready');
    } finally {
      await app.close();
    }
  });
});
