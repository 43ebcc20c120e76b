// 'cards:import' with a request id through the composed app's dispatcher: progress events (valid contract
// payloads, every phase in order, each phase's end) for a package with images; 'cards:importCancel' during
// the media check stops the import with "nothing was saved", and nothing was (no note, card or file).
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../main/services/app/create-app';
import type { EventChannel, EventPayload } from '../../../preload/contract/channels';
import { importProgressSchema, type ImportProgress } from '../../../preload/contract/features/card-tools';
import { slideDeck } from '../../fixtures/anki/slide-deck';
import { writeAnkiPackage } from '../../fixtures/anki/write-anki-package';
import { FakeLauncher } from '../../unit/model-host/fake-host';

const dir = mkdtempSync(join(tmpdir(), 'mea-import-progress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

function start(onProgress: (event: ImportProgress, app: App) => void = () => undefined) {
  const dataDir = join(dir, `data-${++n}`);
  const events: ImportProgress[] = [];
  const app: App = createApp({
    dataDir,
    launcher: new FakeLauncher(),
    events: {
      emit<E extends EventChannel>(channel: E, payload: EventPayload<E>) {
        if (channel !== 'cards:importProgress') return;
        const event = importProgressSchema.parse(payload);
        events.push(event);
        onProgress(event, app);
      },
    },
    pickFile: async () => null,
    version: '0.0.0-test',
    threadCalibration: false,
  });
  const count = (table: string) => app.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  const mediaFiles = () =>
    existsSync(join(dataDir, 'media'))
      ? readdirSync(join(dataDir, 'media'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
      : [];
  return { app, events, count, mediaFiles };
}

function packageOf(count: number): string {
  const path = join(dir, `slides-${++n}.apkg`);
  writeFileSync(path, writeAnkiPackage(slideDeck(count)));
  return path;
}

describe('cards:import with progress', () => {
  it('reports each phase in order up to its end, then answers with the summary', async () => {
    const { app, events, count } = start();
    const envelope = await app.dispatcher.dispatch('cards:import', { path: packageOf(40), requestId: 'import-a' });
    expect(envelope).toMatchObject({ ok: true, value: { cardsAdded: 40, anki: { notes: 40, media: 40 } } });
    expect(count('media')).toBe(40);
    expect(events.every((event) => event.requestId === 'import-a')).toBe(true);
    const phases = events.map((event) => event.phase).filter((phase, i, all) => all[i - 1] !== phase);
    expect(phases).toEqual(['reading', 'checking-media', 'saving-notes', 'storing-media']);
    for (const phase of ['checking-media', 'saving-notes', 'storing-media'] as const) {
      const last = events.filter((event) => event.phase === phase).at(-1);
      expect(last, phase).toMatchObject({ done: 40, total: 40 });
    }
    await app.close();
  });

  it('stops on Cancel during the media check: the import says nothing was saved, and nothing was', async () => {
    let answer: Promise<unknown> | null = null;
    const { app, count, mediaFiles } = start((event, self) => {
      if (event.phase === 'checking-media' && answer === null) {
        answer = self.dispatcher.dispatch('cards:importCancel', { requestId: 'import-b' });
      }
    });
    const envelope = await app.dispatcher.dispatch('cards:import', { path: packageOf(40), requestId: 'import-b' });
    expect(await answer).toEqual({ ok: true, value: { cancelled: true } });
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'The import was cancelled; nothing was saved' },
    });
    expect([count('notes'), count('cards'), count('decks'), count('media')]).toEqual([0, 0, 0, 0]);
    expect(mediaFiles()).toEqual([]);
    // Too late once the notes are saved: Cancel answers false and the import completes.
    let late: Promise<unknown> | null = null;
    const again = start((event, self) => {
      if (event.phase === 'storing-media' && late === null) {
        late = self.dispatcher.dispatch('cards:importCancel', { requestId: 'import-c' });
      }
    });
    const done = await again.app.dispatcher.dispatch('cards:import', { path: packageOf(5), requestId: 'import-c' });
    expect(await late).toEqual({ ok: true, value: { cancelled: false } });
    expect(done).toMatchObject({ ok: true, value: { anki: { notes: 5, media: 5 } } });
    await app.close();
    await again.app.close();
  });
});
