// The app's side of saved conversation states: they live in the data folder, are written when the app
// closes right after an answer, restored after a restart, and deleted with their conversation.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../main/services/app/create-app';
import { ForkHostLauncher } from '../../../main/services/model-host';
import { readManifest } from '../../../main/services/model-host/state-cache/manifest';
import { CONVERSATION_STATES_FOLDER } from '../../../main/services/model/conversation-states';
import { ensureTinyModel } from '../../fixtures/tiny-llama';
import { callApp, ChatDoneRecorder } from '../support/app-under-test';

let root: string;
let dataDir: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'mea-conversation-states-'));
  dataDir = join(root, 'data');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The app on the shared data folder with the tiny model loaded (imported on the first start). */
async function openApp(firstStart: boolean): Promise<{ app: App; events: ChatDoneRecorder }> {
  const events = new ChatDoneRecorder();
  const app = createApp({
    dataDir,
    launcher: new ForkHostLauncher(),
    events,
    pickFile: async () => null,
    version: '0.0.0-test',
  });
  if (firstStart) {
    await callApp(app, 'settings:update', { threads: 1, scopeGuard: 'off', sampling: { maxTokens: 24 } });
    await callApp(app, 'library:importFile', { kind: 'model', path: (await ensureTinyModel()).modelPath });
  }
  await callApp(app, 'model:load', {});
  return { app, events };
}

async function ask(app: App, events: ChatDoneRecorder, conversationId: number | null, text: string) {
  const sent = await callApp<{ requestId: string; conversation: { id: number } }>(app, 'chat:send', {
    conversationId,
    text,
  });
  const done = await events.waitFor(sent.requestId);
  expect(done.message.status).toBe('complete');
  return sent.conversation.id;
}

const statesDir = () => join(dataDir, CONVERSATION_STATES_FOLDER);
const savedConversations = async () =>
  (await readManifest(statesDir())).manifest.entries.map((entry) => entry.sessionKey);

describe('conversation states in the app', () => {
  it('saves on close, restores after a restart and deletes the state with the conversation', async () => {
    const first = await openApp(true);
    const id = await ask(first.app, first.events, null, 'What is hypokalemia?');
    await ask(first.app, first.events, id, 'Which drugs cause it?');
    // Closed at once, before the idle save: closing writes it.
    await first.app.close();
    expect(await savedConversations()).toEqual([String(id)]);

    const second = await openApp(false);
    await ask(second.app, second.events, id, 'How is it treated?');
    expect(second.app.host.recentLogs(200).join('\n')).toMatch(
      new RegExp(`restored \\d+ of \\d+ saved tokens of conversation ${id}`),
    );

    await callApp(second.app, 'conversations:delete', { id });
    for (let waited = 0; (await savedConversations()).length > 0 && waited < 10_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await savedConversations()).toEqual([]);
    expect(existsSync(statesDir())).toBe(true);
    await second.app.close();
  });
});
