// "Make cards" from an answer asks with the adapter choice of the answer's conversation, as a follow-up in it
// would, through the real app (createApp: SQLite file, dispatcher, a fake model host) and a real HTTP server on
// 127.0.0.1: with the adapter switched off, this computer's model is asked without it (lora null), a vLLM server
// for its base model and a llama-server for its adapter at scale 0; switched on, with the adapter at the
// conversation's scale.
import { describe, expect, it } from 'vitest';
import type { RemoteServerView } from '../../../preload/contract/features/servers';
import type { AdapterChoice, Conversation, Message } from '../../../preload/contract/schemas';
import { chatStream, completionStream, sendJson, streamReply } from '../../support/fake-openai-server';
import { callApp } from '../support/app-under-test';
import { remoteAppPerTest } from './support';

const QUESTION = 'What is hypokalemia?';
const ANSWER = 'Hypokalemia is a serum potassium below 3.5 mmol/L.';
const CARDS_JSON = '[{"front": "What is hypokalemia?", "back": "Serum potassium below 3.5 mmol/L"}]';
const OFF: AdapterChoice = { enabled: false, scale: 1 };
const ON: AdapterChoice = { enabled: true, scale: 0.5 };

type Answering = { outcome: 'answering'; requestId: string; conversation: Conversation; assistantMessage: Message };
type Generated = { proposals: { front: string }[]; method: 'grammar' | 'text' };

const env = remoteAppPerTest('mea-make-cards-adapter-');

const call = <T>(channel: string, payload: unknown) => callApp<T>(env.app, channel, payload);

/** Answers QUESTION on `engine` (null: this computer), then sets the conversation's adapter choice. */
async function answered(engine: string | null, adapter: AdapterChoice): Promise<Answering> {
  const started = await call<Answering | { outcome: 'out_of_scope' }>('chat:send', {
    conversationId: null,
    text: QUESTION,
    engine,
  });
  if (started.outcome !== 'answering') throw new Error('declined');
  expect((await env.recorder.waitFor('chat:done', started.requestId)).message.status).toBe('complete');
  await call('conversations:setAdapter', { id: started.conversation.id, adapter });
  return started;
}

async function makeCards(started: Answering): Promise<Generated> {
  const deck = await call<{ id: number }>('decks:create', { name: `Renal ${started.conversation.id}` });
  return call<Generated>('cards:generate', {
    source: { answerMessageId: started.assistantMessage.id },
    deckId: deck.id,
  });
}

/** The bodies of the answer requests the server got since `from`, whichever endpoint they went to. */
function answerBodies(from: number): Record<string, unknown>[] {
  return env.fake.requests
    .slice(from)
    .filter((request) => request.method === 'POST' && /\/v1\/(chat\/)?completions$/.test(request.path))
    .map((request) => request.json as Record<string, unknown>);
}

function addServer(software: 'vllm' | 'llama-server'): Promise<RemoteServerView> {
  return call<RemoteServerView>('servers:add', {
    server: {
      name: software === 'vllm' ? 'Anatomy lab' : 'Department llama',
      baseUrl: `${env.fake.url}/v1`,
      software,
      model: 'gemma-base',
      adapter: software === 'vllm' ? { mode: 'model-name', model: 'medical' } : { mode: 'llama-server-lora', id: 0 },
      allowLocalNetwork: false,
    },
  });
}

function answersEverything(text: string): void {
  env.fake.on('POST /v1/completions', streamReply([completionStream([text])]));
  env.fake.on('POST /v1/chat/completions', streamReply([chatStream([text])]));
}

describe("Make cards follows its conversation's adapter choice", () => {
  it("on this computer: adapter off asks without it, on asks at the conversation's scale", async () => {
    await call('settings:update', { modelPath: env.fixture.modelPath, loraPath: env.fixture.loraPath });
    await call('model:load', {});
    const off = await answered(null, OFF);
    const on = await answered(null, ON);
    const cardRequests = () =>
      env.launcher.current.received.flatMap((message) =>
        message.type === 'generate' && message.request.sessionKey === 'make-cards' ? [message.request] : [],
      );

    // The fake host answers "Low potassium." to everything: no card in it, so the grammar and the text path run.
    await makeCards(off);
    expect(cardRequests()).toHaveLength(2);
    for (const request of cardRequests()) {
      expect(request.lora).toBeNull();
      // The base model's own format, as a chat answer with the adapter off gets.
      expect(request.profile).toBe('template');
    }

    await makeCards(on);
    const [grammar, text] = cardRequests().slice(2);
    expect(grammar).toMatchObject({ lora: { scale: 0.5 }, profile: 'adapter', jsonSchema: { type: 'array' } });
    expect(text).toMatchObject({ lora: { scale: 0.5 }, profile: 'adapter' });
    expect(env.fake.requests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('on a vLLM server: adapter off asks the base model, on the adapter model', async () => {
    const server = await addServer('vllm');
    answersEverything(ANSWER);
    const off = await answered(server.id, OFF);
    const on = await answered(server.id, ON);

    answersEverything(CARDS_JSON);
    let sent = env.fake.requests.length;
    expect((await makeCards(off)).proposals).toMatchObject([{ front: 'What is hypokalemia?' }]);
    const [offBody] = answerBodies(sent);
    expect(answerBodies(sent)).toHaveLength(1);
    expect(offBody).toMatchObject({ model: 'gemma-base', structured_outputs: { json: { type: 'array' } } });

    sent = env.fake.requests.length;
    expect((await makeCards(on)).method).toBe('grammar');
    expect(answerBodies(sent)).toEqual([expect.objectContaining({ model: 'medical' })]);
  });

  it('on a llama-server: adapter off sends its adapter at scale 0, on at the conversation scale', async () => {
    env.fake.on('GET /lora-adapters', (_request, res) =>
      sendJson(res, 200, [{ id: 0, path: 'medical.gguf', scale: 1 }]),
    );
    const server = await addServer('llama-server');
    answersEverything(ANSWER);
    const off = await answered(server.id, OFF);
    const on = await answered(server.id, ON);

    answersEverything(CARDS_JSON);
    let sent = env.fake.requests.length;
    expect((await makeCards(off)).method).toBe('grammar');
    expect(answerBodies(sent)).toEqual([
      expect.objectContaining({ lora: [{ id: 0, scale: 0 }], json_schema: expect.objectContaining({ type: 'array' }) }),
    ]);

    sent = env.fake.requests.length;
    expect((await makeCards(on)).method).toBe('grammar');
    expect(answerBodies(sent)).toEqual([expect.objectContaining({ lora: [{ id: 0, scale: 0.5 }] })]);
  });
});
