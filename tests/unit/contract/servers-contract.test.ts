// The servers contract: a refused API key is never echoed in the error, and nothing main sends back can
// carry a key (the server view is strict and has no field for one).
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../preload/contract/envelope';
import { remoteServerSchema } from '../../../preload/contract/features/servers';
import { parseRequest } from '../../../preload/contract/validate';
import { VALID } from './valid-payloads';

const SECRET = 'SECRET-0123456789abcdef';

function refusal(channel: 'servers:add' | 'servers:update', apiKey: unknown): ApiError {
  try {
    parseRequest(channel, { ...(VALID[channel] as object), apiKey });
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('servers contract', () => {
  it.each([
    ['with a space', `sk ${SECRET}`],
    ['with a newline', `sk-${SECRET}\n`.repeat(2)],
    ['beyond ASCII', `sk-${SECRET}é`],
    ['too long', `sk-${SECRET}`.repeat(300)],
  ])('refuses a key %s without repeating it', (_name, key) => {
    for (const channel of ['servers:add', 'servers:update'] as const) {
      const error = refusal(channel, key);
      expect(error.code).toBe('invalid_payload');
      expect(error.message).toMatch(/^servers:(add|update): apiKey: /);
      expect(error.message).not.toContain(SECRET);
    }
  });

  it('accepts a key with surrounding spaces (trimmed), and null to remove one', () => {
    const parsed = parseRequest('servers:add', { ...(VALID['servers:add'] as object), apiKey: `  sk-${SECRET} ` });
    expect(parsed.apiKey).toBe(`sk-${SECRET}`);
    expect(parseRequest('servers:update', { ...(VALID['servers:update'] as object), apiKey: null }).apiKey).toBeNull();
  });

  it('has no place for a key in what main sends back', () => {
    const view = {
      id: 'server-1',
      name: 'Anatomy lab',
      baseUrl: 'https://llm.school.example',
      software: 'vllm',
      model: 'gemma',
      adapter: { mode: 'none' },
      allowLocalNetwork: false,
      hasApiKey: true,
      createdAt: 1,
      updatedAt: 1,
    };
    expect(remoteServerSchema.safeParse(view).success).toBe(true);
    expect(remoteServerSchema.safeParse({ ...view, apiKey: `sk-${SECRET}` }).success).toBe(false);
  });
});
