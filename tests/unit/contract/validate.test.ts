// The contract's boundary checks: every malformed, oversized or wrong-typed payload is refused.
import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, LIMITS, parseRequest, ApiError } from '../../../preload/contract';
import { VALID } from './valid-payloads';

// VALID (one valid payload per channel) lives in ./valid-payloads.ts; add new channels there.

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

  it('says what is wrong in words a user can read', () => {
    const long = rejection('chat:send', { conversationId: null, text: 'a'.repeat(LIMITS.messageChars + 1) });
    expect(long.message).toBe(`chat:send: text: too long (max ${LIMITS.messageChars} characters)`);
    expect(rejection('decks:create', { name: 'Renal\u0000' }).message).toBe(
      'decks:create: name: contains a NUL character',
    );
    expect(rejection('cards:create', { deckId: null, front: 'Q\uD800', back: 'A' }).message).toMatch(
      /front: contains an unpaired surrogate/,
    );
    expect(rejection('app:getInfo', new Date()).message).toMatch(/contains a Date; only plain objects/);
  });

  it('never echoes a huge or malformed key back whole', () => {
    const message = rejection('app:getInfo', { ['\u0000'.repeat(50_000)]: 1 }).message;
    expect(message.length).toBeLessThanOrEqual(301);
    expect(message).not.toContain('\u0000');
  });
});
