// Grounded answers through the real app and a forked model host (tiny GGUF + LoRA, adapter profile):
// the prompt the host receives holds exactly the chosen cards, whole, within the token budget counted by
// the model's tokenizer; the answer's citations survive a restart, and an edited or deleted card shows
// as changed / deleted in them; no relevant card → "ungrounded", the question as typed; cards off → none.
// With "Also use my earlier answers" on, another chat's answer is given and cited, never the asking chat's.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { App } from '../../../main/services/app/create-app';
import { answerBlock, cardBlock } from '../../../main/services/grounding';
import type { GenerateRequest } from '../../../main/services/model-host';
import type { Deck, FlashCard } from '../../../preload/contract/features/flashcards';
import type { CardCitation, Conversation, Message, ModelStatus } from '../../../preload/contract/schemas';
import { ensureTinyModel } from '../../fixtures/tiny-llama';
import { callApp, ChatDoneRecorder, startTestApp } from '../support/app-under-test';

const BUDGET_TOKENS = 512;
const fixture = await ensureTinyModel();
const dir = await mkdtemp(join(tmpdir(), 'mea-grounding-'));
const dataDir = join(dir, 'data');
let events = new ChatDoneRecorder();
let app: App = startTestApp(dataDir, events);
const prompts: string[] = [];

/** Records every prompt the host is asked with, then lets the real host answer it. */
function recordPrompts(target: App): void {
  const generate = target.host.generate.bind(target.host);
  target.host.generate = (request: GenerateRequest, options) => {
    prompts.push(request.prompt);
    return generate(request, options);
  };
}
recordPrompts(app);

afterAll(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

const call = <T>(channel: string, payload: unknown) => callApp<T>(app, channel, payload);

/** Loads the chosen model, or waits for the load a fresh start began on its own. */
async function modelReady(): Promise<void> {
  let status = await call<ModelStatus>('model:load', {});
  for (let tries = 0; status.state === 'loading' && tries < 600; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    status = await call<ModelStatus>('model:getStatus', {});
  }
  expect(status).toMatchObject({ state: 'ready' });
}

/** Closes the app and starts it again on the same data folder (it may begin loading the model on its own). */
async function restart(): Promise<void> {
  await app.close();
  events = new ChatDoneRecorder();
  app = startTestApp(dataDir, events);
  recordPrompts(app);
}

/** The answer's citations, all of cards (earlier answers are a setting, off here). */
function cardsOf(message: Message): CardCitation[] {
  expect(message.citations.every((c) => c.kind === 'card')).toBe(true);
  return message.citations.filter((c): c is CardCitation => c.kind === 'card');
}

async function ask(text: string, conversationId: number | null = null) {
  const sent = await call<{ requestId: string; conversation: Conversation }>('chat:send', { conversationId, text });
  const done = await events.waitFor(sent.requestId);
  return { conversation: sent.conversation, message: done.message as Message, prompt: prompts.at(-1)! };
}

// Long backs, so the budget cannot take every relevant card.
const detail = (topic: string) =>
  `${topic}. ` +
  'Check the serum potassium, repeat it if the sample may be haemolysed, and look at the ECG for peaked T waves, ' +
  'a widened QRS complex, flattened P waves and a sine-wave pattern before cardiac arrest. '.repeat(3);

describe('grounded answers through the model host', () => {
  const cards: FlashCard[] = [];

  it('gives the host exactly the chosen cards, whole, within the budget, and cites them', async () => {
    const renal = await call<Deck>('decks:create', { name: 'Renal' });
    const fronts = [
      'Hyperkalemia: which ECG changes come first?',
      'Hyperkalemia ECG: what happens to the QRS complex?',
      'Hyperkalemia ECG: what happens to the P waves?',
      'Hyperkalemia ECG: what is the last pattern before arrest?',
      'Hyperkalemia: what ECG finding needs calcium gluconate at once?',
      'Hyperkalemia ECG changes in chronic kidney disease?',
    ];
    for (const front of fronts) {
      cards.push(await call<FlashCard>('cards:create', { deckId: renal.id, front, back: detail(front) }));
    }
    cards.push(
      await call<FlashCard>('cards:create', {
        deckId: renal.id,
        front: 'Drug of choice for absence seizures?',
        back: 'Ethosuximide',
      }),
    );

    await call('settings:update', {
      modelPath: fixture.modelPath,
      loraPath: fixture.loraPath,
      threads: 1,
      sampling: { temperature: 0, maxTokens: 8 },
    });
    expect(await call<ModelStatus>('model:load', {})).toMatchObject({ state: 'ready', profile: 'adapter' });

    const question = 'What ECG changes does hyperkalemia cause?';
    const { message, prompt } = await ask(question);
    expect(message.grounding).toBe('grounded');
    const cited = cardsOf(message);
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.map((c) => c.number)).toEqual(cited.map((_c, i) => i + 1));
    expect(cited.every((c) => c.status === 'current' && c.deckName === 'Renal')).toBe(true);

    // Exactly the chosen cards, each whole, in citation order; no other card's front.
    let at = -1;
    for (const citation of cited) {
      const block = cardBlock(citation);
      const found = prompt.indexOf(block);
      expect(found, `card ${citation.number} whole in the prompt`).toBeGreaterThan(at);
      at = found;
    }
    const citedIds = new Set(cited.map((c) => c.cardId));
    for (const card of cards.filter((c) => !citedIds.has(c.id))) expect(prompt).not.toContain(card.front);
    expect(prompt.endsWith(question)).toBe(true);

    // Within the budget by the model's own tokenizer; the budget left out some relevant cards.
    let tokens = 0;
    for (const citation of cited) tokens += (await app.host.tokenize(cardBlock(citation), { bos: false })).length;
    expect(tokens).toBeLessThanOrEqual(BUDGET_TOKENS);
    expect(cited.length).toBeLessThan(fronts.length);
    expect(citedIds.has(cards.at(-1)!.id)).toBe(false);
  });

  it('says a question no card answers is ungrounded, and sends it as typed', async () => {
    const { message, prompt } = await ask('What causes gout attacks?');
    expect(message).toMatchObject({ grounding: 'ungrounded', citations: [] });
    expect(prompt).toBe('What causes gout attacks?');
  });

  it('consults no card in a conversation with "Use my cards" off', async () => {
    const first = await ask('What ECG changes does hyperkalemia cause?');
    await call('conversations:setUseCards', { id: first.conversation.id, useCards: false });
    const { message, prompt } = await ask('What ECG changes does hyperkalemia cause?', first.conversation.id);
    expect(message).toMatchObject({ grounding: null, citations: [] });
    expect(prompt).toBe('What ECG changes does hyperkalemia cause?');
  });

  it('keeps citations across a restart, showing an edited card as changed and a deleted one as deleted', async () => {
    const conversations = await call<Conversation[]>('conversations:list', {});
    const grounded = conversations.at(-1)!; // the first conversation
    const before = (await call<Message[]>('messages:list', { conversationId: grounded.id })).find(
      (m) => m.grounding === 'grounded',
    )!;
    expect(before.citations.length).toBeGreaterThan(0);
    const [edited, deleted] = cardsOf(before);
    await call('cards:update', { id: edited!.cardId, patch: { back: 'Peaked T waves first.' } });
    if (deleted) await call('cards:delete', { id: deleted.cardId });

    await restart();

    const after = (await call<Message[]>('messages:list', { conversationId: grounded.id })).find(
      (m) => m.id === before.id,
    )!;
    expect(cardsOf(after).map((c) => [c.number, c.cardId, c.front, c.back])).toEqual(
      cardsOf(before).map((c) => [c.number, c.cardId, c.front, c.back]),
    );
    expect(after.citations.map((c) => c.status)).toEqual(
      before.citations.map((_c, i) => (i === 0 ? 'changed' : i === 1 ? 'deleted' : 'current')),
    );
  });

  it('with "Also use my earlier answers" on, gives and cites other chats’ answers, never the asking chat’s', async () => {
    const question = 'What causes gout attacks?';
    await modelReady();
    const earlier = await ask(question);
    expect(earlier.message).toMatchObject({ status: 'complete', grounding: 'ungrounded' });
    expect(earlier.message.content.length).toBeGreaterThan(0);
    await call('settings:update', { groundWithPastAnswers: true });

    const { conversation, message, prompt } = await ask(question);
    expect(message.grounding).toBe('grounded');
    expect(message.citations.length).toBeGreaterThan(0);
    expect(message.citations.length).toBeLessThanOrEqual(2);
    let at = -1;
    let tokens = 0;
    for (const cited of message.citations) {
      if (cited.kind !== 'answer') throw new Error(`expected earlier answers only, got a ${cited.kind}`);
      expect(cited).toMatchObject({ question, status: 'current' });
      expect(cited.conversationId).not.toBe(conversation.id);
      const block = answerBlock(cited);
      const found = prompt.indexOf(block);
      expect(found, `earlier answer ${cited.number} whole in the prompt`).toBeGreaterThan(at);
      at = found;
      tokens += (await app.host.tokenize(block, { bos: false })).length;
    }
    expect(tokens).toBeLessThanOrEqual(BUDGET_TOKENS);
    expect(message.citations.map((c) => c.kind === 'answer' && c.conversationId)).toContain(earlier.conversation.id);
    expect(prompt).toContain('they may be wrong');
    expect(prompt.endsWith(question)).toBe(true);

    // Asked again in the same chat: that chat's own answer is already in its history, so not cited.
    const again = await ask(question, conversation.id);
    const againIds = again.message.citations.map((c) => (c.kind === 'answer' ? c.conversationId : null));
    expect(againIds.length).toBeGreaterThan(0);
    expect(againIds).not.toContain(conversation.id);

    // Kept across a restart; the setting too.
    await restart();
    const stored = (await call<Message[]>('messages:list', { conversationId: conversation.id })).find(
      (m) => m.id === message.id,
    )!;
    expect(stored.citations).toEqual(message.citations);
    expect((await call<{ groundWithPastAnswers: boolean }>('settings:get', {})).groundWithPastAnswers).toBe(true);

    // Off again: the question goes as typed.
    await call('settings:update', { groundWithPastAnswers: false });
    await modelReady();
    const off = await ask(question);
    expect(off.message).toMatchObject({ grounding: 'ungrounded', citations: [] });
    expect(off.prompt).toBe(question);
  });
});
