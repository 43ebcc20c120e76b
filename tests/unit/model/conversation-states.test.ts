// The app's handle on saved conversation states: an absolute folder in the data folder, the load config,
// and deleting by conversation or all (a failure is logged and reported).
import { isAbsolute, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  CONVERSATION_STATES_FOLDER,
  ConversationStates,
  DEFAULT_CONVERSATION_STATE_BYTES,
} from '../../../main/services/model/conversation-states';

describe('conversation states (app side)', () => {
  it('keeps them in their own folder of the data folder, always as an absolute path', () => {
    const states = new ConversationStates({ forgetStates: vi.fn() }, 'relative/data');
    expect(isAbsolute(states.dir)).toBe(true);
    expect(states.dir.endsWith(join('relative', 'data', CONVERSATION_STATES_FOLDER))).toBe(true);
    expect(states.loadConfig()).toEqual({ dir: states.dir, maxBytes: DEFAULT_CONVERSATION_STATE_BYTES });
    expect(new ConversationStates({ forgetStates: vi.fn() }, '/data', 1234).loadConfig().maxBytes).toBe(1234);
  });

  it('deletes one conversation by its session key, or all', async () => {
    const forgetStates = vi.fn(async () => 1);
    const states = new ConversationStates({ forgetStates }, '/data');
    await states.forgetConversation(42);
    await states.forgetAll();
    expect(forgetStates.mock.calls).toEqual([
      [states.dir, '42'],
      [states.dir, undefined],
    ]);
  });

  it('logs and reports a deletion that failed', async () => {
    const log = vi.fn();
    const states = new ConversationStates(
      { forgetStates: async () => Promise.reject(new Error('disk gone')) },
      '/data',
      undefined,
      log,
    );
    await expect(states.forgetConversation(7)).rejects.toThrow('disk gone');
    expect(log).toHaveBeenCalledWith('Could not delete the saved states of conversation 7: disk gone');
  });
});
