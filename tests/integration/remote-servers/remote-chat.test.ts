// A conversation answered by a classroom server, through the real app (createApp: SQLite file, dispatcher,
// chat, grounding; a fake model host) and a real HTTP server on 127.0.0.1 playing vLLM: deltas stream, Stop
// closes the request, a server that drops keeps the partial answer as failed, the conversation goes back to
// this computer, removing the server moves its conversations, a declined question is never sent, and the API
// key is in neither the database file nor the export.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import type { EngineStatus, RemoteServerView, ServerHealth } from '../../../preload/contract/features/servers';
import type { Conversation, Message } from '../../../preload/contract/schemas';
import { completionStream, sseEvent, streamReply, type FakeHandler } from '../../support/fake-openai-server';
import { callApp } from '../support/app-under-test';
import { remoteAppPerTest } from './support';

const KEY = 'sk-class-SECRET-9f8e7d6c5b4a';
const QUESTION = 'What is hypokalemia?';

type Answering = { outcome: 'answering'; requestId: string; conversation: Conversation; assistantMessage: Message };
type SendOutcome = Answering | { outcome: 'out_of_scope'; notices: string[] };

const env = remoteAppPerTest('mea-remote-chat-');

const call = <T>(channel: string, payload: unknown) => callApp<T>(env.app, channel, payload);

function addServer(apiKey: string | null = KEY): Promise<RemoteServerView> {
  return call<RemoteServerView>('servers:add', {
    server: {
      name: 'Anatomy lab',
      baseUrl: `${env.fake.url}/v1`,
      software: 'vllm',
      model: 'gemma-base',
      adapter: { mode: 'model-name', model: 'medical' },
      allowLocalNetwork: false,
    },
    apiKey,
  });
}

async function ask(conversationId: number | null, text: string, engine?: string): Promise<Answering> {
  const outcome = await call<SendOutcome>('chat:send', { conversationId, text, ...(engine ? { engine } : {}) });
  if (outcome.outcome !== 'answering') throw new Error(`declined: ${text}`);
  return outcome;
}

const completions = () => env.fake.requestsTo('/v1/completions');

/** Streams `first`, waits until the client hung up or `holdMs` passed, then does `then`. */
function pieceThen(first: string, then: 'hang' | 'drop'): FakeHandler {
  const piece = sseEvent({
    id: 'c',
    object: 'text_completion',
    created: 1,
    model: 'medical',
    choices: [{ text: first, index: 0, finish_reason: null }],
  });
  return streamReply([piece, { delayMs: 50 }, then === 'hang' ? { hang: true } : { destroy: true }]);
}

describe('a conversation answered by a remote server', () => {
  it('streams deltas without a local model, shows "Remote" and sends the key only in the Authorization header', async () => {
    const server = await addServer();
    expect(server.hasApiKey).toBe(true);
    const health = await call<ServerHealth>('servers:test', { id: server.id });
    expect(health).toMatchObject({ ok: true, status: 'ready', models: ['gemma-base', 'medical'] });

    // A card the grounding finds: its tokens are counted for the server (estimated: vLLM cannot tokenize).
    const deck = await call<{ id: number }>('decks:create', { name: 'Renal' });
    await call('cards:create', {
      deckId: deck.id,
      front: 'What is hypokalemia?',
      back: 'Serum potassium below 3.5 mmol/L',
    });
    env.fake.on('POST /v1/completions', streamReply([completionStream(['Low ', 'serum ', 'potassium [1].'])]));

    const started = await ask(null, QUESTION, server.id);
    expect(started.conversation.engine).toBe(server.id);
    expect(started.assistantMessage.modelName).toBe('gemma-base (Anatomy lab)');
    const done = await env.recorder.waitFor('chat:done', started.requestId);
    expect(done.message).toMatchObject({
      status: 'complete',
      content: 'Low serum potassium [1].',
      grounding: 'grounded',
    });
    expect(env.recorder.deltas(started.requestId).join('')).toBe('Low serum potassium [1].');
    expect((await call<{ state: string }>('model:getStatus', {})).state).not.toBe('ready');

    const [sent] = completions();
    expect(sent?.headers.authorization).toBe(`Bearer ${KEY}`);
    const body = sent?.json as { model: string; prompt: string; stream: boolean };
    expect(body).toMatchObject({ model: 'medical', stream: true });
    expect(body.prompt).toContain(QUESTION);
    expect(body.prompt).toContain('Serum potassium below 3.5 mmol/L');
    for (const request of env.fake.requests) expect(request.body).not.toContain(KEY);

    expect(await call<EngineStatus>('engine:status', { conversationId: started.conversation.id })).toEqual({
      kind: 'remote',
      serverId: server.id,
      name: 'Anatomy lab',
      address: `${env.fake.url}/v1`,
      modelName: 'gemma-base',
      adapter: { mode: 'model-name', name: 'medical', scalable: false },
    });
    expect(await call<EngineStatus>('engine:status', { conversationId: null })).toMatchObject({
      kind: 'local',
      serverId: null,
      name: 'This computer',
    });

    // The key is in no byte SQLite wrote (main file, WAL), and in no event sent to the renderer.
    const dataDir = join(env.dir, 'data');
    const files = (await readdir(dataDir)).filter((name) => name.startsWith('medical-education-assistant.db'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files)
      expect((await readFile(join(dataDir, name))).includes(Buffer.from(KEY)), name).toBe(false);
    expect(JSON.stringify(env.recorder.events)).not.toContain(KEY);
  });

  it('Stop closes the request at the server and keeps what had arrived, as stopped', async () => {
    const server = await addServer();
    env.fake.on('POST /v1/completions', pieceThen('Potassium ', 'hang'));
    const started = await ask(null, QUESTION, server.id);
    const begin = Date.now();
    while (env.recorder.deltas(started.requestId).length === 0) {
      if (Date.now() - begin > 5_000) throw new Error('no delta arrived');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(await call('chat:stop', { requestId: started.requestId })).toEqual({ stopped: true });
    const done = await env.recorder.waitFor('chat:done', started.requestId);
    expect(done.message).toMatchObject({ status: 'stopped', content: 'Potassium ' });
    const [request] = completions();
    await request?.closed;
    expect(request?.closedEarly).toBe(true);
  });

  it('a server that disappears mid-answer: failed, the partial text kept; back on this computer it answers', async () => {
    const server = await addServer();
    env.fake.on('POST /v1/completions', pieceThen('Potassium is ', 'drop'));
    const started = await ask(null, QUESTION, server.id);
    const done = await env.recorder.waitFor('chat:done', started.requestId);
    expect(done.message).toMatchObject({ status: 'failed', content: 'Potassium is ' });
    expect(done.message.error).toMatch(/switch this conversation back/);
    expect(done.message.error).not.toContain(KEY);
    const stored = await call<Message[]>('messages:list', { conversationId: started.conversation.id });
    expect(stored.map((m) => [m.role, m.status, m.content])).toEqual([
      ['user', 'complete', QUESTION],
      ['assistant', 'failed', 'Potassium is '],
    ]);

    // Back to this computer: the local model answers, the server hears nothing more.
    const local = await call<Conversation>('conversations:setEngine', { id: started.conversation.id, engine: null });
    expect(local.engine).toBeNull();
    await call('settings:update', { modelPath: env.fixture.modelPath });
    await call('model:load', {});
    const again = await ask(started.conversation.id, 'And hyperkalemia?');
    const localDone = await env.recorder.waitFor('chat:done', again.requestId);
    expect(localDone.message).toMatchObject({ status: 'complete', content: 'Low potassium.', modelName: 'fake-model' });
    expect(completions()).toHaveLength(1);
    expect((await call<EngineStatus>('engine:status', { conversationId: local.id })).kind).toBe('local');
  });

  it('a question the scope guard declines never reaches the server; safety notices stay on remote answers', async () => {
    const server = await addServer();
    env.fake.on('POST /v1/completions', streamReply([completionStream(['Call ', 'emergency services.'])]));
    const first = await ask(null, QUESTION, server.id);
    await env.recorder.waitFor('chat:done', first.requestId);
    const sentBefore = env.fake.requests.length;

    const declined = await call<SendOutcome>('chat:send', {
      conversationId: first.conversation.id,
      text: 'What is the capital of France?',
    });
    expect(declined.outcome).toBe('out_of_scope');
    const declinedNew = await call<SendOutcome>('chat:send', {
      conversationId: null,
      text: 'Write a poem about football',
      engine: server.id,
    });
    expect(declinedNew.outcome).toBe('out_of_scope');
    expect(env.fake.requests.length).toBe(sentBefore);

    const urgent = await ask(
      first.conversation.id,
      'Crushing chest pain radiating to the left arm, what is happening?',
    );
    expect(urgent.assistantMessage.notices).toContain('emergency');
    const done = await env.recorder.waitFor('chat:done', urgent.requestId);
    expect(done.message.notices).toContain('emergency');
    expect(completions()).toHaveLength(2);
  });

  it('removing a server moves its conversations back to this computer', async () => {
    const server = await addServer(null);
    const conversation = await call<Conversation>('conversations:create', { title: 'Renal' });
    await call('conversations:setEngine', { id: conversation.id, engine: server.id });
    const other = await call<Conversation>('conversations:create', { title: 'Local' });

    expect(await call('servers:remove', { id: server.id })).toEqual({
      id: server.id,
      movedConversationIds: [conversation.id],
    });
    expect((await call<Conversation>('conversations:get', { id: conversation.id })).engine).toBeNull();
    expect((await call<Conversation>('conversations:get', { id: other.id })).engine).toBeNull();
    expect((await call<EngineStatus>('engine:status', { conversationId: conversation.id })).kind).toBe('local');
    const changes = env.recorder.events.filter((event) => event.channel === 'servers:changed');
    expect(changes.at(-1)?.payload).toMatchObject({ servers: [] });
    await expect(call('conversations:setEngine', { id: conversation.id, engine: server.id })).rejects.toThrow(
      /not_found/,
    );
    expect(env.fake.requests).toEqual([]);
  });

  it('"Export all my data" lists the servers without their keys', async () => {
    const server = await addServer();
    const conversation = await call<Conversation>('conversations:create', { title: 'Renal' });
    await call('conversations:setEngine', { id: conversation.id, engine: server.id });
    const path = join(env.dir, 'export.zip');
    await call('app:exportAllData', { path });
    const files = unzipSync(new Uint8Array(await readFile(path)));
    const json = strFromU8(files['data.json'] as Uint8Array);
    expect(json).not.toContain(KEY);
    const sealed = env.app.db.prepare('SELECT api_key_sealed FROM remote_servers').pluck().get() as Buffer;
    for (const encoding of ['base64', 'hex'] as const) expect(json).not.toContain(sealed.toString(encoding));
    const data = JSON.parse(json) as {
      remoteServers: Record<string, unknown>[];
      conversations: { id: number; engine: string | null }[];
    };
    expect(data.remoteServers).toEqual([
      {
        id: server.id,
        name: 'Anatomy lab',
        baseUrl: `${env.fake.url}/v1`,
        software: 'vllm',
        model: 'gemma-base',
        adapter: { mode: 'model-name', model: 'medical' },
        allowLocalNetwork: 0,
        hasApiKey: 1,
        createdAt: expect.any(Number),
        updatedAt: expect.any(Number),
      },
    ]);
    expect(data.conversations.find((c) => c.id === conversation.id)?.engine).toBe(server.id);
    expect(env.fake.requests).toEqual([]);
  });
});

describe('with no server configured', () => {
  it('nothing reaches the network: a local answer, the server list and the engine status call no fetch', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    try {
      await call('settings:update', { modelPath: env.fixture.modelPath });
      await call('model:load', {});
      const started = await ask(null, QUESTION);
      expect(started.conversation.engine).toBeNull();
      expect((await env.recorder.waitFor('chat:done', started.requestId)).message.status).toBe('complete');
      expect(await call('servers:list', {})).toEqual({ servers: [], keyStorage: { available: true, message: null } });
      expect((await call<EngineStatus>('engine:status', { conversationId: started.conversation.id })).kind).toBe(
        'local',
      );
      expect(fetchSpy).not.toHaveBeenCalled();
      expect(env.fake.requests).toEqual([]);
      // Positive control: the same spy sees the remote client's requests once a server is added and tested.
      const server = await addServer();
      expect((await call<ServerHealth>('servers:test', { id: server.id })).ok).toBe(true);
      expect(fetchSpy).toHaveBeenCalled();
    } finally {
      fetchSpy.mockRestore();
    }
  });
});
