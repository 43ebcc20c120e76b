// The request bodies for one answer: endpoint per profile, the same prompt and stop strings as the local engine,
// sampling, the adapter per server (llama-server lora scale, model name, none) and JSON schemas.
import { describe, expect, it } from 'vitest';
import { EngineUnsupportedError } from '../../../main/services/engine';
import type { GenerateRequest } from '../../../main/services/model-host';
import { profileStopStrings, renderProfilePrompt } from '../../../main/services/prompt-profiles';
import { remoteServerConfigSchema, type RemoteServerConfigInput } from '../../../main/services/remote-engine';
import { buildAnswerRequest } from '../../../main/services/remote-engine/request-body';

function server(overrides: Partial<RemoteServerConfigInput> = {}) {
  return remoteServerConfigSchema.parse({
    id: 's1',
    name: 'Anatomy lab',
    baseUrl: 'https://llm.school.example',
    software: 'vllm',
    model: 'gemma-base',
    adapter: { mode: 'model-name', model: 'medical' },
    ...overrides,
  });
}

const history = [
  { role: 'user' as const, text: 'What is anemia?' },
  { role: 'assistant' as const, text: 'Too few red cells.' },
];

function request(overrides: Partial<GenerateRequest> = {}): GenerateRequest {
  return {
    requestId: 'r1',
    sessionKey: 'c1',
    history,
    prompt: 'And its causes?',
    profile: 'adapter',
    sampling: { temperature: 0.7, topP: 0.9, maxTokens: 128 },
    ...overrides,
  };
}

describe('buildAnswerRequest', () => {
  it('sends plain-text profiles to /v1/completions with the local prompt and stop strings', () => {
    for (const profile of ['adapter', 'qa'] as const) {
      const built = buildAnswerRequest(server(), request({ profile }));
      expect(built.endpoint).toBe('/v1/completions');
      expect(built.body).toMatchObject({
        prompt: renderProfilePrompt(profile, history, 'And its causes?').text,
        stop: profileStopStrings(profile),
        stream: true,
        stream_options: { include_usage: true },
        max_tokens: 128,
        temperature: 0.7,
        top_p: 0.9,
      });
      expect(built.stopStrings).toEqual(profileStopStrings(profile));
    }
  });

  it('sends the template profile as chat messages', () => {
    const built = buildAnswerRequest(server(), request({ profile: 'template' }));
    expect(built.endpoint).toBe('/v1/chat/completions');
    expect(built.body.messages).toEqual([
      { role: 'user', content: 'What is anemia?' },
      { role: 'assistant', content: 'Too few red cells.' },
      { role: 'user', content: 'And its causes?' },
    ]);
    expect(built.body).not.toHaveProperty('stop');
    expect(built.body).not.toHaveProperty('prompt');
    expect(built.stopStrings).toEqual([]);
  });

  it('uses token ids as the prompt when given', () => {
    const built = buildAnswerRequest(server(), request(), { promptTokens: [2, 10, 11] });
    expect(built.body.prompt).toEqual([2, 10, 11]);
  });

  it('chooses the adapter by model name: on (absent or scale > 0) or off (null or scale 0)', () => {
    expect(buildAnswerRequest(server(), request()).body.model).toBe('medical');
    expect(buildAnswerRequest(server(), request({ lora: { scale: 0.4 } })).body.model).toBe('medical');
    expect(buildAnswerRequest(server(), request({ lora: null })).body.model).toBe('gemma-base');
    expect(buildAnswerRequest(server(), request({ lora: { scale: 0 } })).body.model).toBe('gemma-base');
    expect(buildAnswerRequest(server(), request({ lora: null })).body).not.toHaveProperty('lora');
  });

  it('scales a llama-server adapter per request; off is scale 0, absent leaves the launch scale', () => {
    const llama = server({ software: 'llama-server', model: null, adapter: { mode: 'llama-server-lora', id: 1 } });
    expect(buildAnswerRequest(llama, request({ lora: { scale: 0.5 } })).body.lora).toEqual([{ id: 1, scale: 0.5 }]);
    expect(buildAnswerRequest(llama, request({ lora: null })).body.lora).toEqual([{ id: 1, scale: 0 }]);
    const absent = buildAnswerRequest(llama, request());
    expect(absent.body).not.toHaveProperty('lora');
    expect(absent.body).not.toHaveProperty('model');
    expect(absent.body).toMatchObject({ top_k: 40, min_p: 0 });
    expect(buildAnswerRequest(llama, request(), { fallbackModel: 'listed' }).body.model).toBe('listed');
  });

  it('sends no adapter fields when the server has none', () => {
    const plain = server({ software: 'ollama', model: 'gemma3:1b', adapter: { mode: 'none' } });
    const body = buildAnswerRequest(plain, request({ lora: { scale: 1 } })).body;
    expect(body.model).toBe('gemma3:1b');
    expect(body).not.toHaveProperty('lora');
    expect(body).not.toHaveProperty('top_k');
  });

  it('asks for a JSON schema the way each server understands it', () => {
    const jsonSchema = { type: 'object', properties: { front: { type: 'string' } } };
    const llama = server({ software: 'llama-server', model: null, adapter: { mode: 'none' } });
    expect(buildAnswerRequest(llama, request({ jsonSchema })).body.json_schema).toEqual(jsonSchema);
    expect(buildAnswerRequest(server(), request({ jsonSchema })).body.structured_outputs).toEqual({ json: jsonSchema });
    const other = server({ software: 'other', model: 'm', adapter: { mode: 'none' } });
    expect(buildAnswerRequest(other, request({ jsonSchema, profile: 'template' })).body.response_format).toEqual({
      type: 'json_schema',
      json_schema: { name: 'answer', strict: true, schema: jsonSchema },
    });
    expect(() => buildAnswerRequest(other, request({ jsonSchema }))).toThrow(EngineUnsupportedError);
  });
});

describe('remoteServerConfigSchema', () => {
  it('defaults allowLocalNetwork to false and refuses addresses the policy refuses', () => {
    expect(server().allowLocalNetwork).toBe(false);
    const refused = remoteServerConfigSchema.safeParse({ ...server(), baseUrl: 'http://192.168.1.5:8000' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]).toMatchObject({ path: ['baseUrl'], message: expect.stringMatching(/plain http/) });
    expect(
      remoteServerConfigSchema.safeParse({ ...server(), baseUrl: 'http://192.168.1.5:8000', allowLocalNetwork: true })
        .success,
    ).toBe(true);
  });

  it('keeps the adapter mode consistent with the server', () => {
    const lora = remoteServerConfigSchema.safeParse({ ...server(), adapter: { mode: 'llama-server-lora', id: 0 } });
    expect(lora.error?.issues[0]?.path).toEqual(['adapter']);
    const noBase = remoteServerConfigSchema.safeParse({ ...server(), model: null });
    expect(noBase.error?.issues[0]?.path).toEqual(['model']);
    expect(remoteServerConfigSchema.safeParse({ ...server(), name: '  ' }).success).toBe(false);
  });
});
