// The dispatcher validates payloads, maps expected errors to typed codes and checks responses.
import { describe, expect, it, vi } from 'vitest';
import { Dispatcher, type InvokeHandlers } from '../../../main/services/api/dispatcher';
import { StoreNotFoundError, StoreValidationError } from '../../../main/services/store';
import { ApiError } from '../../../preload/contract/envelope';

function handlers(overrides: Partial<InvokeHandlers>): InvokeHandlers {
  const fail = () => {
    throw new Error('not under test');
  };
  return new Proxy(overrides, {
    get: (target, key) => (target as Record<string, unknown>)[key as string] ?? fail,
  }) as InvokeHandlers;
}

const conversation = {
  id: 1,
  title: 'T',
  createdAt: 1,
  updatedAt: 2,
  adapterEnabled: true,
  adapterScale: 1,
  scopeOverride: false,
  useCards: true,
  engine: null,
};
const quietLogger = { error: vi.fn() };

describe('Dispatcher', () => {
  it('parses the payload before the handler sees it, and returns the value', async () => {
    const rename = vi.fn(() => conversation);
    const dispatcher = new Dispatcher(handlers({ 'conversations:rename': rename }), quietLogger);
    await expect(dispatcher.dispatch('conversations:rename', { id: 1, title: '  T  ' })).resolves.toEqual({
      ok: true,
      value: conversation,
    });
    expect(rename).toHaveBeenCalledWith({ id: 1, title: 'T' });
  });

  it('never calls the handler for an invalid payload', async () => {
    const rename = vi.fn(() => conversation);
    const dispatcher = new Dispatcher(handlers({ 'conversations:rename': rename }), quietLogger);
    const result = await dispatcher.dispatch('conversations:rename', { id: 'x', title: 'T' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(rename).not.toHaveBeenCalled();
  });

  it('maps service errors to typed codes and hides nothing a user needs', async () => {
    const dispatcher = new Dispatcher(
      handlers({
        'conversations:restore': () => {
          throw new StoreNotFoundError('conversation', 7);
        },
        'conversations:create': () => {
          throw new StoreValidationError('Title must not be empty');
        },
        'model:load': () => {
          throw new ApiError('model_unavailable', 'No model file chosen.');
        },
      }),
      quietLogger,
    );
    expect(await dispatcher.dispatch('conversations:restore', { id: 7 })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No conversation with id 7' },
    });
    expect(await dispatcher.dispatch('conversations:create', {})).toMatchObject({ error: { code: 'invalid_payload' } });
    expect(await dispatcher.dispatch('model:load', {})).toMatchObject({ error: { code: 'model_unavailable' } });
  });

  it('reports unexpected errors and malformed responses as internal, and logs them', async () => {
    const logger = { error: vi.fn() };
    const dispatcher = new Dispatcher(
      handlers({
        'settings:get': () => {
          throw new TypeError('boom');
        },
        'conversations:create': () => ({ ...conversation, secret: 'leak' }) as never,
      }),
      logger,
    );
    expect(await dispatcher.dispatch('settings:get', {})).toEqual({
      ok: false,
      error: { code: 'internal', message: 'boom' },
    });
    expect(await dispatcher.dispatch('conversations:create', {})).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(logger.error).toHaveBeenCalledTimes(2);
  });
});
