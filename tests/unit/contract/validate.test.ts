// The contract's boundary checks: every malformed, oversized or wrong-typed payload is refused.
import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, LIMITS, parseRequest, ApiError, type InvokeChannel } from '../../../preload/contract';

/** One valid payload per channel, so every channel is covered (the record type fails to compile if one is missing). */
const VALID: Record<InvokeChannel, unknown> = {
  'conversations:list': { query: 'anemia' },
  'conversations:create': {},
  'conversations:rename': { id: 1, title: 'Cardiology' },
  'conversations:delete': { id: 1 },
  'conversations:restore': { id: 1 },
  'conversations:get': { id: 1 },
  'conversations:setAdapter': { id: 1, adapter: { enabled: false, scale: 1.5 } },
  'messages:list': { conversationId: 3 },
  'chat:send': { conversationId: null, text: 'What is hypokalemia?', askAnyway: true },
  'chat:regenerate': { conversationId: 2 },
  'chat:stop': { requestId: '0b5e6c3a-1f7e-4d2b-9a59-3c1d2e4f5a6b' },
  'compare:start': { question: 'What is hypokalemia?', adapterScale: 0.5 },
  'compare:stop': { requestId: '0b5e6c3a-1f7e-4d2b-9a59-3c1d2e4f5a6b' },
  'model:getStatus': {},
  'model:load': {},
  'settings:get': {},
  'settings:update': { sampling: { temperature: 0.2 }, gpuLayers: 'off', scopeGuard: 'strict' },
  'dialog:pickFile': { kind: 'lora' },
  'library:list': {},
  'library:importFile': { kind: 'model', path: '/models/tinyllama.gguf', copy: true },
  'library:importPeft': { dir: '/adapters/medical-peft' },
  'models:catalog': {},
  'models:use': { entryId: 'tinyllama-1.1b-chat-v1.0-q4_k_m' },
  'downloads:list': {},
  'downloads:start': { entryId: 'tinyllama-1.1b-chat-v1.0-q4_k_m' },
  'downloads:pause': { entryId: 'tinyllama-1.1b-chat-v1.0-q4_k_m' },
  'downloads:resume': { entryId: 'medical-lora' },
  'downloads:cancel': { entryId: 'medical-lora' },
  'downloads:setAdapterSource': { url: 'https://huggingface.co/owner/repo/resolve/main' },
  'app:getInfo': {},
  'decks:list': {},
  'decks:create': { name: 'Renal' },
  'decks:rename': { id: 1, name: 'Renal physiology' },
  'decks:delete': { id: 1 },
  'decks:restore': { id: 1 },
  'decks:getLast': {},
  'decks:setLast': { deckId: null },
  'cards:create': { deckId: null, front: 'What is DKA?', back: 'Diabetic ketoacidosis', tags: ['endo'] },
  'cards:get': { id: 1 },
  'cards:update': { id: 1, patch: { back: 'Edited', noteType: 'cloze' } },
  'cards:list': { deckId: 1, query: 'hypo', offset: 100, limit: 100 },
  'cards:move': { ids: [1, 2], deckId: 3 },
  'cards:delete': { id: 1 },
  'cards:restore': { id: 1 },
  'cards:due': { deckId: null, limit: 200 },
  'cards:search': { query: 'hypokal', deckId: 2 },
  'history:search': { query: 'potassium' },
  'tags:list': {},
  'cards:generate': { source: { answerMessageId: 3 }, deckId: 1 },
  'cards:createMany': { deckId: 1, cards: [{ front: 'What is DKA?', back: 'Diabetic ketoacidosis' }] },
  'cards:export': { deckId: null, format: 'apkg', path: '/tmp/cards.apkg' },
  'cards:import': { path: '/tmp/cards.apkg' },
  'review:queue': { deckId: null, limit: 50 },
  'review:preview': { cardId: 1 },
  'review:rate': { cardId: 1, rating: 3, durationMs: 4200, deckId: 2 },
  'review:undo': {},
  'review:stats': { days: 30 },
  'review:getSettings': {},
  'review:setSettings': { desiredRetention: 0.85 },
  'review:explain': { cardId: 1 },
  'evaluation:run': { dataPath: '/data/medical-flashcards.jsonl', variants: ['base', 'adapter'] },
  'evaluation:cancel': { runKey: '0b5e6c3a-1f7e-4d2b-9a59-3c1d2e4f5a6b' },
  'evaluation:list': {},
  'evaluation:delete': { id: 1 },
  'evaluation:sample': {},
};

function rejection(channel: unknown, payload: unknown): ApiError {
  try {
    parseRequest(channel, payload);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('invalid_payload');
    return error as ApiError;
  }
  throw new Error(`payload was accepted: ${JSON.stringify(payload)?.slice(0, 80)}`);
}

describe('parseRequest', () => {
  it.each(INVOKE_CHANNELS)('accepts a valid %s payload', (channel) => {
    expect(() => parseRequest(channel, VALID[channel])).not.toThrow();
  });

  it.each(INVOKE_CHANNELS)('rejects junk for %s', (channel) => {
    for (const junk of [null, undefined, 42, 'text', [], { ...(VALID[channel] as object), extra: 1 }]) {
      rejection(channel, junk);
    }
  });

  it('rejects unknown channels, including prototype keys', () => {
    expect(rejection('nope', {}).message).toMatch(/unknown channel/);
    rejection('__proto__', {});
    rejection('constructor', {});
  });

  it('rejects wrong types and out-of-range numbers, naming the field', () => {
    expect(rejection('conversations:rename', { id: '1', title: 'x' }).message).toMatch(/id/);
    rejection('conversations:delete', { id: -1 });
    rejection('conversations:delete', { id: 1.5 });
    rejection('conversations:delete', { id: Number.NaN });
    rejection('messages:list', { conversationId: 0 });
    rejection('settings:update', { sampling: { temperature: 9 } });
    rejection('settings:update', { sampling: { topP: Number.POSITIVE_INFINITY } });
    rejection('settings:update', { gpuLayers: 'lots' });
    rejection('settings:update', { scopeGuard: 'lenient' });
    rejection('chat:send', { conversationId: null, text: 'Q', askAnyway: 'yes' });
    rejection('chat:stop', { requestId: '../../etc/passwd' });
    rejection('dialog:pickFile', { kind: 'exe' });
  });

  it('rejects empty, whitespace-only and zero-width-only messages and questions', () => {
    expect(rejection('chat:send', { conversationId: null, text: '   \n\t' }).message).toMatch(/empty/);
    rejection('chat:send', { conversationId: null, text: '' });
    expect(rejection('chat:send', { conversationId: null, text: '\u200B\u200D\uFEFF ' }).message).toMatch(/empty/);
    expect(rejection('compare:start', { question: '\u2060\u00AD\n' }).message).toMatch(/empty/);
  });

  it('enforces size caps on strings and on the whole payload', () => {
    rejection('chat:send', { conversationId: null, text: 'a'.repeat(LIMITS.messageChars + 1) });
    rejection('conversations:rename', { id: 1, title: 't'.repeat(LIMITS.titleChars + 1) });
    const huge = rejection('conversations:list', { query: 'x'.repeat(LIMITS.payloadBytes + 10) });
    expect(huge.message).toMatch(/too large/);
  });

  it('rejects payloads JSON cannot carry and deep nesting without crashing', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    rejection('conversations:list', cyclic);
    let deep: unknown = {};
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    rejection('settings:update', deep);
  });

  it('does not let __proto__ keys through', () => {
    const payload = JSON.parse('{"__proto__": {"polluted": true}}');
    rejection('conversations:create', payload);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
