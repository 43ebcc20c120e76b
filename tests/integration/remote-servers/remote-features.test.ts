// Make cards, quiz, Review's Explain and Compare through the real app (createApp: SQLite file, dispatcher, a fake
// model host) and a real HTTP server on 127.0.0.1 playing vLLM: an answer's cards are made by its conversation's
// engine; quiz, Explain, Compare and new chats sent without an engine follow the default engine in Settings, and
// stay on this computer (the server hears nothing) while it is null; Evaluate always scores here and says so. The
// scope guard still comes first, a failing server is named in the error and nothing saved is lost, and removing the
// server resets the default (and the engine status without a conversation with it).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompareStarted } from '../../../preload/contract/features/compare';
import type { EngineStatus, RemoteServerView } from '../../../preload/contract/features/servers';
import type { Conversation, Message, Settings } from '../../../preload/contract/schemas';
import { chatStream, completionStream, sendJson, streamReply } from '../../support/fake-openai-server';
import { callApp } from '../support/app-under-test';
import { remoteAppPerTest } from './support';

const QUESTION = 'What is hypokalemia?';
const ANSWER = 'Hypokalemia is a serum potassium below 3.5 mmol/L.';
const CARDS_JSON = '[{"front": "What is hypokalemia?", "back": "Serum potassium below 3.5 mmol/L"}]';

type Answering = { outcome: 'answering'; requestId: string; conversation: Conversation; assistantMessage: Message };
type Generated = { proposals: { front: string; back: string; duplicate: boolean }[]; method: 'grammar' | 'text' };

const env = remoteAppPerTest('mea-remote-features-');

const call = <T>(channel: string, payload: unknown) => callApp<T>(env.app, channel, payload);

async function callError(channel: string, payload: unknown): Promise<{ code: string; message: string }> {
  const envelope = await env.app.dispatcher.dispatch(channel, payload);
  if (envelope.ok) throw new Error(`${channel} succeeded`);
  return envelope.error;
}

function addServer(name = 'Anatomy lab', software: 'vllm' | 'ollama' = 'vllm'): Promise<RemoteServerView> {
  return call<RemoteServerView>('servers:add', {
    server: {
      name,
      baseUrl: `${env.fake.url}/v1`,
      software,
      model: 'gemma-base',
      adapter: { mode: 'model-name', model: 'medical' },
      allowLocalNetwork: false,
    },
  });
}

const setDefault = (defaultEngine: string | null) => call<Settings>('settings:update', { defaultEngine });

/** This computer's (fake) model, with the tiny adapter so Compare has something to compare. */
async function loadLocalModel(): Promise<void> {
  await call('settings:update', { modelPath: env.fixture.modelPath, loraPath: env.fixture.loraPath });
  await call('model:load', {});
}

async function ask(text: string, engine?: string | null): Promise<Answering> {
  const outcome = await call<Answering | { outcome: 'out_of_scope' }>('chat:send', {
    conversationId: null,
    text,
    ...(engine === undefined ? {} : { engine }),
  });
  if (outcome.outcome !== 'answering') throw new Error(`declined: ${text}`);
  return outcome;
}

async function deckWithCard(): Promise<{ deckId: number; cardId: number }> {
  const deck = await call<{ id: number }>('decks:create', { name: 'Renal' });
  const card = await call<{ id: number }>('cards:create', {
    deckId: deck.id,
    front: 'Drug of choice for absence seizures?',
    back: 'Ethosuximide',
  });
  return { deckId: deck.id, cardId: card.id };
}

const completions = () => env.fake.requestsTo('/v1/completions');
const chatCompletions = () => env.fake.requestsTo('/v1/chat/completions');
const bodyOf = (request: { json: unknown } | undefined) => request?.json as Record<string, unknown>;

describe('Make cards from an answer uses the engine of its conversation', () => {
  it('a remote conversation: the schema request goes to its server, and the kept cards are saved', async () => {
    const server = await addServer();
    env.fake.on('POST /v1/completions', streamReply([completionStream([ANSWER])]));
    const started = await ask(QUESTION, server.id);
    expect((await env.recorder.waitFor('chat:done', started.requestId)).message.status).toBe('complete');
    const deck = await call<{ id: number }>('decks:create', { name: 'Renal' });

    env.fake.on(
      'POST /v1/completions',
      streamReply([completionStream([CARDS_JSON.slice(0, 30), CARDS_JSON.slice(30)])]),
    );
    const generated = await call<Generated>('cards:generate', {
      source: { answerMessageId: started.assistantMessage.id },
      deckId: deck.id,
    });
    expect(generated).toEqual({
      method: 'grammar',
      proposals: [
        { front: 'What is hypokalemia?', back: 'Serum potassium below 3.5 mmol/L', type: 'basic', duplicate: false },
      ],
    });
    expect(completions()).toHaveLength(2);
    const body = bodyOf(completions()[1]);
    expect(body).toMatchObject({ model: 'medical', stream: true, structured_outputs: { json: { type: 'array' } } });
    expect(body.prompt).toContain(ANSWER);
    expect(chatCompletions()).toEqual([]);

    expect(
      await call('cards:createMany', {
        deckId: deck.id,
        cards: generated.proposals.map(({ front, back }) => ({ front, back })),
        sourceMessageId: started.assistantMessage.id,
      }),
    ).toMatchObject({ created: 1, skippedDuplicates: 0 });
    const listed = await call<{ cards: { front: string }[] }>('cards:list', { deckId: deck.id, offset: 0, limit: 50 });
    expect(listed.cards.map((card) => card.front)).toEqual(['What is hypokalemia?']);
  });

  it('a server without JSON schemas on plain-text prompts (Ollama) is asked for free text instead', async () => {
    const vllm = await addServer();
    env.fake.on('POST /v1/completions', streamReply([completionStream([ANSWER])]));
    const started = await ask(QUESTION, vllm.id);
    await env.recorder.waitFor('chat:done', started.requestId);
    // The conversation moves to another server: its cards are made there, where it is now answered.
    const ollama = await addServer('Department Ollama', 'ollama');
    await call('conversations:setEngine', { id: started.conversation.id, engine: ollama.id });
    const deck = await call<{ id: number }>('decks:create', { name: 'Renal' });

    env.fake.on(
      'POST /v1/completions',
      streamReply([completionStream(['Q: What is hypokalemia?\n', 'A: Serum potassium below 3.5 mmol/L\n'])]),
    );
    const generated = await call<Generated>('cards:generate', {
      source: { answerMessageId: started.assistantMessage.id },
      deckId: deck.id,
    });
    expect(generated.method).toBe('text');
    expect(generated.proposals).toMatchObject([{ front: 'What is hypokalemia?' }]);
    // One request only: the schema request was refused in the app, before anything was sent.
    expect(completions()).toHaveLength(2);
    const body = bodyOf(completions()[1]);
    expect(body).not.toHaveProperty('structured_outputs');
    expect(body).not.toHaveProperty('response_format');
    expect(body.prompt).toContain('Q: <question>');
  });

  it('a server that fails is named with the reason; nothing is saved and the answer stays', async () => {
    const server = await addServer();
    env.fake.on('POST /v1/completions', streamReply([completionStream([ANSWER])]));
    const started = await ask(QUESTION, server.id);
    await env.recorder.waitFor('chat:done', started.requestId);
    const deck = await call<{ id: number }>('decks:create', { name: 'Renal' });

    env.fake.on('POST /v1/completions', (_request, res) =>
      sendJson(res, 500, { error: { message: 'CUDA out of memory' } }),
    );
    const error = await callError('cards:generate', {
      source: { answerMessageId: started.assistantMessage.id },
      deckId: deck.id,
    });
    expect(error.code).toBe('model_unavailable');
    expect(error.message).toContain(new URL(env.fake.url).host);
    expect(error.message).toMatch(/\(500\).*CUDA out of memory/);
    // Not asked again for free text: the server would fail the same way.
    expect(completions()).toHaveLength(2);
    expect((await call<{ cards: unknown[] }>('cards:list', { deckId: deck.id, offset: 0, limit: 50 })).cards).toEqual(
      [],
    );
    const messages = await call<Message[]>('messages:list', { conversationId: started.conversation.id });
    expect(messages.map((m) => [m.role, m.status, m.content])).toEqual([
      ['user', 'complete', QUESTION],
      ['assistant', 'complete', ANSWER],
    ]);
  });

  it('a local conversation makes its cards on this computer, also with a server as the default', async () => {
    const server = await addServer();
    await setDefault(server.id);
    await loadLocalModel();
    const started = await ask(QUESTION, null);
    expect(started.conversation.engine).toBeNull();
    await env.recorder.waitFor('chat:done', started.requestId);
    const deck = await call<{ id: number }>('decks:create', { name: 'Renal' });
    // The fake host answers "Low potassium." to everything: no card in it, so both paths run, locally.
    await call<Generated>('cards:generate', {
      source: { answerMessageId: started.assistantMessage.id },
      deckId: deck.id,
    });
    expect(env.fake.requests.filter((request) => request.method === 'POST')).toEqual([]);
  });
});

describe('the default engine in Settings', () => {
  it('starts as this computer, takes only a saved server, and goes back to null when that server is removed', async () => {
    expect((await call<Settings>('settings:get', {})).defaultEngine).toBeNull();
    expect(await callError('settings:update', { defaultEngine: 'no-such-server', scopeGuard: 'strict' })).toMatchObject(
      {
        code: 'not_found',
      },
    );
    // A refused patch changes nothing, the other fields included.
    expect((await call<Settings>('settings:get', {})).scopeGuard).toBe('ask');

    const server = await addServer();
    const defaultStatus = () => call<EngineStatus>('engine:status', { conversationId: null });
    expect(await defaultStatus()).toMatchObject({ kind: 'local', serverId: null });
    expect((await setDefault(server.id)).defaultEngine).toBe(server.id);
    // Without a conversation, the engine status is the default's: what Compare and the quiz wait for.
    expect(await defaultStatus()).toMatchObject({ kind: 'remote', serverId: server.id, name: 'Anatomy lab' });
    await call('servers:remove', { id: server.id });
    expect((await call<Settings>('settings:get', {})).defaultEngine).toBeNull();
    expect(await defaultStatus()).toMatchObject({ kind: 'local', serverId: null });
    expect(await callError('settings:update', { defaultEngine: server.id })).toMatchObject({ code: 'not_found' });
    expect(env.fake.requests).toEqual([]);
  });

  it('a new chat sent without an engine takes the default; one sent with null stays on this computer', async () => {
    const server = await addServer();
    await setDefault(server.id);
    env.fake.on('POST /v1/completions', streamReply([completionStream([ANSWER])]));
    const remote = await ask(QUESTION);
    expect(remote.conversation.engine).toBe(server.id);
    expect((await env.recorder.waitFor('chat:done', remote.requestId)).message.content).toBe(ANSWER);

    await loadLocalModel();
    const local = await ask(QUESTION, null);
    expect(local.conversation.engine).toBeNull();
    expect((await env.recorder.waitFor('chat:done', local.requestId)).message.content).toBe('Low potassium.');
    expect(completions()).toHaveLength(1);
  });
});

describe('quiz, Explain and Compare follow the default engine', () => {
  it('with a server as the default, all three go to it', async () => {
    const server = await addServer();
    await setDefault(server.id);
    const { cardId } = await deckWithCard();

    // Quiz: the question and the comment, with no local model loaded.
    env.fake.on('POST /v1/completions', streamReply([completionStream(['Which drug ', 'treats absence seizures?'])]));
    const asked = await call<{ status: string; requestId: string }>('quiz:ask', { cardId });
    expect(asked.status).toBe('generating');
    expect(await env.recorder.waitFor('quiz:question', asked.requestId)).toMatchObject({
      status: 'complete',
      question: { source: 'model', text: 'Which drug treats absence seizures?' },
      error: null,
    });
    expect(bodyOf(completions()[0])).toMatchObject({ model: 'medical' });
    expect(bodyOf(completions()[0]).prompt).toContain('Drug of choice for absence seizures?');
    expect(bodyOf(completions()[0]).prompt).not.toMatch(/ethosuximide/i);

    env.fake.on('POST /v1/completions', streamReply([completionStream(['Right: ', 'ethosuximide.'])]));
    const explained = await call<{ requestId: string }>('quiz:explain', { cardId, answer: 'ethosuximide' });
    expect(await env.recorder.waitFor('quiz:explanation', explained.requestId)).toMatchObject({
      status: 'complete',
      text: 'Right: ethosuximide.',
    });
    expect(completions()).toHaveLength(2);

    // Review's Explain: a new chat on the default engine.
    env.fake.on(
      'POST /v1/completions',
      streamReply([completionStream(['Ethosuximide blocks ', 'T-type calcium channels.'])]),
    );
    const explain = await call<{ requestId: string; conversationId: number }>('review:explain', { cardId });
    const done = await env.recorder.waitFor('chat:done', explain.requestId);
    expect(done.message).toMatchObject({ status: 'complete', content: 'Ethosuximide blocks T-type calcium channels.' });
    expect((await call<Conversation>('conversations:get', { id: explain.conversationId })).engine).toBe(server.id);
    expect(bodyOf(completions()[2]).prompt).toContain("Explain why the answer to 'Drug of choice");

    // Compare: base (the server's chat template, base model) and adapter (the adapter's model) side by side.
    env.fake.on('POST /v1/completions', streamReply([completionStream(['Adapter ', 'answer.'])]));
    env.fake.on('POST /v1/chat/completions', streamReply([chatStream(['Base ', 'answer.'])]));
    const compared = await call<CompareStarted>('compare:start', { question: QUESTION });
    expect(compared.engine).toEqual({ kind: 'remote', serverId: server.id, name: 'Anatomy lab' });
    const [base, adapter] = await Promise.all([
      env.recorder.waitFor('compare:done', compared.base.requestId),
      env.recorder.waitFor('compare:done', compared.adapter.requestId),
    ]);
    expect(base).toMatchObject({ status: 'complete', text: 'Base answer.', profile: 'template' });
    expect(adapter).toMatchObject({ status: 'complete', text: 'Adapter answer.', profile: 'adapter' });
    expect(bodyOf(chatCompletions()[0])).toMatchObject({ model: 'gemma-base' });
    expect(bodyOf(completions()[3])).toMatchObject({ model: 'medical' });
  });

  it('with the default null, all three stay on this computer and the server hears nothing', async () => {
    await addServer();
    await loadLocalModel();
    const { cardId } = await deckWithCard();

    const asked = await call<{ status: string; requestId: string }>('quiz:ask', { cardId });
    expect(asked.status).toBe('generating');
    await env.recorder.waitFor('quiz:question', asked.requestId);
    const explained = await call<{ requestId: string }>('quiz:explain', { cardId, answer: 'ethosuximide' });
    expect(await env.recorder.waitFor('quiz:explanation', explained.requestId)).toMatchObject({
      text: 'Low potassium.',
    });

    const explain = await call<{ requestId: string; conversationId: number }>('review:explain', { cardId });
    expect((await env.recorder.waitFor('chat:done', explain.requestId)).message.content).toBe('Low potassium.');
    expect((await call<Conversation>('conversations:get', { id: explain.conversationId })).engine).toBeNull();

    const compared = await call<CompareStarted>('compare:start', { question: QUESTION });
    expect(compared.engine).toEqual({ kind: 'local', serverId: null, name: 'This computer' });
    const adapter = await env.recorder.waitFor('compare:done', compared.adapter.requestId);
    expect(adapter).toMatchObject({ status: 'complete', text: 'Low potassium.' });
    await env.recorder.waitFor('compare:done', compared.base.requestId);

    expect(env.fake.requests).toEqual([]);
  });

  it('the scope guard still comes first: a declined Compare question or Explain follow-up never reaches the server', async () => {
    const server = await addServer();
    await setDefault(server.id);
    const { cardId } = await deckWithCard();
    env.fake.on('POST /v1/completions', streamReply([completionStream(['Ethosuximide.'])]));
    const explain = await call<{ requestId: string; conversationId: number }>('review:explain', { cardId });
    await env.recorder.waitFor('chat:done', explain.requestId);
    const sent = env.fake.requests.length;

    const declined = await callError('compare:start', { question: 'What is the capital of France?' });
    expect(declined.code).toBe('conflict');
    const followUp = await call<{ outcome: string }>('chat:send', {
      conversationId: explain.conversationId,
      text: 'Write a poem about football',
    });
    expect(followUp.outcome).toBe('out_of_scope');
    expect(env.fake.requests.length).toBe(sent);
  });

  it('a failing server is named in what quiz and Compare report', async () => {
    const server = await addServer();
    await setDefault(server.id);
    const { cardId } = await deckWithCard();
    const host = new URL(env.fake.url).host;
    env.fake.on('POST /v1/completions', (_request, res) => sendJson(res, 401, { error: { message: 'no key' } }));
    env.fake.on('POST /v1/chat/completions', (_request, res) => sendJson(res, 401, { error: { message: 'no key' } }));

    const asked = await call<{ status: string; requestId: string }>('quiz:ask', { cardId });
    const question = await env.recorder.waitFor('quiz:question', asked.requestId);
    // The card's own front is asked instead, and the reason says which server.
    expect(question).toMatchObject({ status: 'failed', question: { source: 'card', notice: 'failed' } });
    expect(question.error).toContain(host);
    const explained = await call<{ requestId: string }>('quiz:explain', { cardId, answer: 'ethosuximide' });
    expect((await env.recorder.waitFor('quiz:explanation', explained.requestId)).error).toMatch(/401/);

    const compared = await call<CompareStarted>('compare:start', { question: QUESTION });
    for (const side of [compared.base, compared.adapter]) {
      const done = await env.recorder.waitFor('compare:done', side.requestId);
      expect(done.status).toBe('failed');
      expect(done.error).toContain(host);
    }
  });

  it('Evaluate stays on this computer and says so, with a server as the default', async () => {
    const server = await addServer();
    await setDefault(server.id);
    const error = await callError('evaluation:run', { dataPath: join(env.dir, 'items.jsonl'), variants: ['base'] });
    expect(error).toMatchObject({ code: 'model_unavailable' });
    expect(error.message).toMatch(/Evaluate always scores with the model on this computer/);
    expect(env.fake.requests).toEqual([]);
  });

  it('Compare on a server without the adapter says so before sending anything', async () => {
    const server = await call<RemoteServerView>('servers:add', {
      server: {
        name: 'Plain Ollama',
        baseUrl: `${env.fake.url}/v1`,
        software: 'ollama',
        model: 'gemma-base',
        adapter: { mode: 'none' },
        allowLocalNetwork: false,
      },
    });
    await setDefault(server.id);
    const error = await callError('compare:start', { question: QUESTION });
    expect(error).toMatchObject({ code: 'model_unavailable' });
    expect(error.message).toMatch(/Plain Ollama is set up without the medical adapter/);
    expect(env.fake.requests).toEqual([]);
  });
});
