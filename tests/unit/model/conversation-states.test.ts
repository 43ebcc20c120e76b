// The app's handle on saved conversation states: an absolute folder in the data folder, the load config,
// and deleting by conversation or all (a failure is logged and reported).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  CONVERSATION_STATES_FOLDER,
  ConversationStates,
  DEFAULT_CONVERSATION_STATE_BYTES,
} from '../../../main/services/model/conversation-states';
import { writeManifest } from '../../../main/services/model-host/state-cache/manifest';

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

  it('reads the cap at every load, so a changed setting applies to the next one', () => {
    let megabytes = 300;
    const states = new ConversationStates({ forgetStates: vi.fn() }, '/data', () => megabytes * 1024 * 1024);
    expect(states.loadConfig().maxBytes).toBe(300 * 1024 * 1024);
    megabytes = 0;
    expect(states.loadConfig().maxBytes).toBe(0);
  });

  it('reports the disk use the manifest lists and deletes only the states of conversations that are gone', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mea-states-unit-'));
    try {
      const forgetStates = vi.fn(async () => 1);
      const states = new ConversationStates({ forgetStates }, dataDir);
      expect(await states.usage()).toEqual({ bytes: 0, files: 0 });
      const entry = (id: string, sessionKey: string, bytes: number) => ({
        id: id.repeat(32),
        sessionKey,
        identity: 'a'.repeat(64),
        tokenCount: 70,
        tokensSha256: 'b'.repeat(64),
        sha256: 'c'.repeat(64),
        bytes,
        lastUsedAt: 1,
      });
      mkdirSync(states.dir);
      await writeManifest(states.dir, {
        format: 1,
        entries: [entry('1', '4', 100), entry('2', '5', 50), entry('3', '9', 25), entry('4', '5', 10)],
      });
      expect(await states.usage()).toEqual({ bytes: 185, files: 4 });
      expect(await states.retainOnly([4, 6])).toBe(2);
      expect(forgetStates.mock.calls).toEqual([
        [states.dir, '5'],
        [states.dir, '9'],
      ]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
