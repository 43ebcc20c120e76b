// "Delete all my data": every user row, the settings (back to their defaults), remote servers, media files,
// backups and saved conversation states go in one command that needs its confirmation word; the app then
// works as a fresh one. Also: saved states of conversations that no longer exist are deleted at start-up.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../main/services/app/create-app';
import { BACKUPS_FOLDER, DAMAGED_FOLDER } from '../../../main/services/backup/open-data-file';
import { backupFileName } from '../../../main/services/backup/backup-names';
import { MEDIA_FOLDER } from '../../../main/services/media/media-paths';
import { readManifest, writeManifest } from '../../../main/services/model-host/state-cache/manifest';
import { CONVERSATION_STATES_FOLDER } from '../../../main/services/model/conversation-states';
import { ensureTinyModel } from '../../fixtures/tiny-llama';
import { populate, tableCounts } from '../../fixtures/user-data';
import { FakeLauncher } from '../../unit/model-host/fake-host';
import { callApp } from '../support/app-under-test';

const root = mkdtempSync(join(tmpdir(), 'mea-delete-all-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

function start(dataDir: string, launcher = new FakeLauncher()): App {
  return createApp({
    dataDir,
    launcher,
    events: { emit: () => undefined },
    pickFile: async () => null,
    version: '0.0.0-test',
    threadCalibration: false,
    // No automatic backup during the test: the backups seen are the ones it made.
    backups: { startDelayMs: 3_600_000 },
  });
}

const PNG = Buffer.concat([
  Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
  Buffer.from('00000001000000010806000000', 'hex'),
  Buffer.alloc(64, 7),
]);

/** Saved states of these conversations (the manifest and files the host's cache would have written). */
async function writeStates(dataDir: string, conversationIds: number[]): Promise<string> {
  const dir = join(dataDir, CONVERSATION_STATES_FOLDER);
  mkdirSync(dir, { recursive: true });
  const entries = conversationIds.map((id, index) => {
    const stateId = String(index + 1).padStart(32, '0');
    writeFileSync(join(dir, `${stateId}.state`), Buffer.alloc(100 + index));
    return {
      id: stateId,
      sessionKey: String(id),
      identity: 'a'.repeat(64),
      tokenCount: 80,
      tokensSha256: 'b'.repeat(64),
      sha256: 'c'.repeat(64),
      bytes: 100 + index,
      lastUsedAt: 1_000 + index,
    };
  });
  await writeManifest(dir, { format: 1, entries });
  return dir;
}

const savedFor = async (dir: string) => (await readManifest(dir)).manifest.entries.map((entry) => entry.sessionKey);

async function waitFor(check: () => Promise<boolean>): Promise<void> {
  for (let waited = 0; !(await check()) && waited < 5_000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('Delete all my data', () => {
  it('deletes every user row, media, backups, servers and saved states, and leaves a working empty app', async () => {
    const dataDir = join(root, `data-${++n}`);
    const app = start(dataDir);
    try {
      const seeded = populate(app.db, 1);
      await callApp(app, 'settings:update', { conversationStateCapMb: 50, scopeGuard: 'strict', uiLanguage: 'de' });
      await callApp(app, 'servers:add', {
        server: {
          name: 'Anatomy lab',
          baseUrl: 'https://llm.school.example:8443',
          software: 'llama-server',
          model: 'gemma-3-1b-it',
          adapter: { mode: 'none' },
          allowLocalNetwork: false,
        },
        apiKey: null,
      });
      const image = await app.media.put(PNG, { name: 'heart.png' });
      const backups = join(dataDir, BACKUPS_FOLDER);
      mkdirSync(backups, { recursive: true });
      writeFileSync(join(backups, backupFileName(Date.now() - 60_000, 12)), 'a copy of the data file');
      const states = await writeStates(dataDir, [1, 2]);
      // A damaged data file a restore set aside is a copy of the data too.
      mkdirSync(join(dataDir, DAMAGED_FOLDER, '2026-01-01'), { recursive: true });
      writeFileSync(join(dataDir, DAMAGED_FOLDER, '2026-01-01', 'data.db'), 'a damaged copy');

      // Without the exact confirmation nothing happens.
      const refused = await app.dispatcher.dispatch('app:deleteAllData', { confirmation: 'yes' });
      expect(refused.ok).toBe(false);
      expect(tableCounts(app.db).conversations).toBe(seeded.conversations);

      const deleted = await callApp(app, 'app:deleteAllData', { confirmation: 'delete all my data' });
      expect(deleted).toEqual({ conversations: seeded.conversations, cards: seeded.cards, decks: 2, backups: 1 });

      // Nothing deleted can be read back from the data file or its WAL (free pages are rewritten).
      for (const file of ['medical-education-assistant.db', 'medical-education-assistant.db-wal']) {
        const path = join(dataDir, file);
        if (!existsSync(path)) continue;
        const bytes = readFileSync(path);
        for (const text of ['What causes symptom', 'Anatomy lab', 'biguanide']) {
          expect(bytes.includes(Buffer.from(text)), `${text} in ${file}`).toBe(false);
        }
      }

      const counts = tableCounts(app.db);
      expect({ ...counts, settings: 0 }).toEqual(Object.fromEntries(Object.keys(counts).map((table) => [table, 0])));
      for (const table of ['notes', 'note_types', 'media', 'media_names', 'remote_servers', 'message_citations']) {
        expect(app.db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
      }
      const settings = await callApp<Record<string, unknown>>(app, 'settings:get', {});
      expect(settings).toMatchObject({ conversationStateCapMb: 300, scopeGuard: 'ask', uiLanguage: 'system' });
      expect(await callApp(app, 'servers:list', {})).toMatchObject({ servers: [] });
      expect(app.media.has(image.hash)).toBe(false);
      expect(existsSync(join(dataDir, MEDIA_FOLDER))).toBe(false);
      expect(readdirSync(backups)).toEqual([]);
      expect(existsSync(join(dataDir, DAMAGED_FOLDER))).toBe(false);
      expect(await savedFor(states)).toEqual([]);
      expect(readdirSync(states).filter((name) => name.endsWith('.state'))).toEqual([]);
      expect(await callApp(app, 'model:conversationStateUsage', {})).toEqual({ bytes: 0, files: 0 });

      // A working empty app: new rows, search and lists as on a first start.
      const conversation = await callApp<{ id: number }>(app, 'conversations:create', { title: 'After' });
      expect(await callApp(app, 'conversations:list', {})).toMatchObject([{ id: conversation.id, title: 'After' }]);
      const deck = await callApp<{ id: number }>(app, 'decks:create', { name: 'New deck' });
      await callApp(app, 'cards:create', { deckId: deck.id, front: 'What is DKA?', back: 'Ketoacidosis', tags: [] });
      expect(await callApp(app, 'cards:search', { query: 'DKA' })).toMatchObject([{ front: 'What is DKA?' }]);
      await app.media.put(PNG, { name: 'again.png' });
    } finally {
      await app.close();
    }
  });

  it('refuses while an answer is being written', async () => {
    const dataDir = join(root, `data-${++n}`);
    const launcher = new FakeLauncher({ holdGenerate: true });
    const app = start(dataDir, launcher);
    try {
      await callApp(app, 'settings:update', { modelPath: (await ensureTinyModel()).modelPath, scopeGuard: 'off' });
      await callApp(app, 'model:load', {});
      await callApp(app, 'chat:send', { conversationId: null, text: 'What is hypokalemia?' });
      const refused = await app.dispatcher.dispatch('app:deleteAllData', { confirmation: 'delete all my data' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
      expect(tableCounts(app.db).conversations).toBe(1);
    } finally {
      await app.close();
    }
  });
});

describe('saved conversation states at start-up', () => {
  it('deletes the states of conversations that no longer exist, keeping the others', async () => {
    const dataDir = join(root, `data-${++n}`);
    const first = start(dataDir);
    const kept = await callApp<{ id: number }>(first, 'conversations:create', { title: 'Kept' });
    const hidden = await callApp<{ id: number }>(first, 'conversations:create', { title: 'Deleted, undo possible' });
    first.db.prepare('UPDATE conversations SET deleted_at = ? WHERE id = ?').run(Date.now(), hidden.id);
    await first.close();
    // States of a conversation deleted while no host ran (id 99 never existed here).
    const states = await writeStates(dataDir, [kept.id, 99, hidden.id]);

    const second = start(dataDir);
    try {
      await waitFor(async () => (await savedFor(states)).length === 2);
      expect((await savedFor(states)).sort()).toEqual([String(kept.id), String(hidden.id)].sort());
      expect(readdirSync(states).filter((name) => name.endsWith('.state'))).toHaveLength(2);
    } finally {
      await second.close();
    }
  });
});

describe('the disk cap of saved conversation states', () => {
  it('is a validated setting that reaches the host with the next model load', async () => {
    const dataDir = join(root, `data-${++n}`);
    const launcher = new FakeLauncher();
    const app = start(dataDir, launcher);
    try {
      expect(await callApp(app, 'settings:get', {})).toMatchObject({ conversationStateCapMb: 300 });
      for (const bad of [-1, 10_001, 1.5, '300']) {
        const refused = await app.dispatcher.dispatch('settings:update', { conversationStateCapMb: bad });
        expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
      }
      await callApp(app, 'settings:update', {
        modelPath: (await ensureTinyModel()).modelPath,
        conversationStateCapMb: 12,
      });
      await callApp(app, 'model:load', {});
      const loads = () =>
        launcher.hosts
          .flatMap((host) => host.received)
          .flatMap((message) => (message.type === 'load' ? [message] : []));
      expect(loads().at(-1)?.config.stateCache).toEqual({
        dir: join(dataDir, CONVERSATION_STATES_FOLDER),
        maxBytes: 12 * 1024 * 1024,
      });
      await callApp(app, 'settings:update', { conversationStateCapMb: 0 });
      await callApp(app, 'model:load', {});
      expect(loads().at(-1)?.config.stateCache?.maxBytes).toBe(0);
    } finally {
      await app.close();
    }
  });
});
