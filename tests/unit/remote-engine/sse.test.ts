// SSE decoding of OpenAI-compatible streams: any split of the bytes gives the same events, comments are
// kept apart, an unfinished event is dropped; and what each event means ([DONE], errors, payloads).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorBodyOf, interpretEvent, SseDecoder, type SseItem } from '../../../main/services/remote-engine/sse';
import { completionStream, splitBytes } from '../../support/fake-openai-server';

function decodeAll(parts: readonly Uint8Array[]): SseItem[] {
  const decoder = new SseDecoder();
  return [...parts.flatMap((part) => decoder.push(part)), ...decoder.end()];
}

function texts(items: SseItem[]): string[] {
  return items.flatMap((item) => {
    if (item.kind !== 'event') return [];
    const event = interpretEvent(item.event, item.data);
    if (event.type !== 'payload') return [event.type];
    const choice = (event.payload.choices as { text?: string }[])[0];
    return choice?.text ? [choice.text] : [];
  });
}

const stream =
  ': keep-alive\n\n' +
  completionStream(['Hé', 'matome ', '🩺 sous-dural', '\r\n', 'fin'], {
    usage: { prompt_tokens: 3, completion_tokens: 5 },
  }).replace(/\n\n/g, (match, offset: number) => (offset % 3 === 0 ? '\r\n\r\n' : match));

describe('SseDecoder', () => {
  it('decodes a whole stream into events and comments', () => {
    const items = decodeAll([Buffer.from(stream, 'utf8')]);
    expect(items[0]).toEqual({ kind: 'comment', text: 'keep-alive' });
    expect(texts(items)).toEqual(['Hé', 'matome ', '🩺 sous-dural', '\r\n', 'fin', 'done']);
  });

  it('gives the same events for any split of the bytes (inside characters, field names, line ends)', () => {
    const whole = decodeAll([Buffer.from(stream, 'utf8')]);
    const length = Buffer.byteLength(stream, 'utf8');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: length - 1 }), { maxLength: 40 }), (offsets) => {
        expect(decodeAll(splitBytes(stream, offsets))).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('handles one byte at a time', () => {
    const bytes = Buffer.from(stream, 'utf8');
    const parts = [...bytes].map((byte) => Uint8Array.of(byte));
    expect(decodeAll(parts)).toEqual(decodeAll([bytes]));
  });

  it('drops an event whose closing blank line never came', () => {
    expect(decodeAll([Buffer.from('data: {"a":1}\n\ndata: {"b":2}\n', 'utf8')])).toEqual([
      { kind: 'event', event: undefined, data: '{"a":1}' },
    ]);
  });

  it('joins multi-line data and keeps named events', () => {
    const items = decodeAll([Buffer.from('event: error\ndata: {"error":\ndata: "boom"}\n\n', 'utf8')]);
    expect(items).toEqual([{ kind: 'event', event: 'error', data: '{"error":\n"boom"}' }]);
  });
});

describe('interpretEvent', () => {
  it('recognizes [DONE], payloads and text that is not JSON', () => {
    expect(interpretEvent(undefined, '[DONE]')).toEqual({ type: 'done' });
    expect(interpretEvent(undefined, '{"choices":[]}')).toEqual({ type: 'payload', payload: { choices: [] } });
    expect(interpretEvent(undefined, 'hello')).toEqual({ type: 'invalid', data: 'hello' });
    expect(interpretEvent(undefined, '[1,2]')).toEqual({ type: 'invalid', data: '[1,2]' });
  });

  it('reads the error shapes of llama-server, vLLM and Ollama', () => {
    expect(interpretEvent(undefined, '{"error":{"code":500,"message":"oom","type":"server_error"}}')).toEqual({
      type: 'error',
      message: 'oom',
      status: 500,
    });
    expect(interpretEvent(undefined, '{"error":"model not found"}')).toEqual({
      type: 'error',
      message: 'model not found',
      status: null,
    });
    expect(interpretEvent('error', 'plain words')).toEqual({ type: 'error', message: 'plain words', status: null });
    expect(errorBodyOf({ object: 'error', message: 'bad lora', code: 400 })).toEqual({
      message: 'bad lora',
      status: 400,
    });
    expect(errorBodyOf('nope')).toEqual({ message: '', status: null });
  });
});
