// The measured half of `npm run bench -- anki-import`, in its own process so that generating the
// package never counts towards peak memory. Run as `tsx anki-import-run.ts '<RunConfig JSON>'`:
// composes the real app (createApp) on a fresh data folder, imports the package through the same
// IPC channel the renderer uses, and prints one JSON line with times, memory and counts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, DATABASE_FILE } from '../main/services/app/create-app';
import type { EventSink } from '../main/services/events';
import { ForkHostLauncher } from '../main/services/model-host';
import type { EventChannel } from '../preload/contract/channels';
import { ImportWatch } from './anki-import-watch';
import { readRssBreakdown } from './generation/peak-rss';

export interface RunConfig {
  packagePath: string;
  expectedMedia: number;
}

export interface RunResult {
  ok: boolean;
  error: string | null;
  /** Milliseconds from the start of the import call. */
  returnedMs: number;
  cardsCommittedMs: number | null;
  mediaFinishedMs: number | null;
  rssBefore: number | null;
  peakRss: number | null;
  counts: Record<'decks' | 'notes' | 'cards' | 'media' | 'reviews', number>;
  /** What the import call answered (the service's own summary), as it is today or will be. */
  answer: unknown;
  /** Events the app emitted during the import: how many of each, first and last time seen. */
  events: Record<string, { count: number; firstMs: number; lastMs: number }>;
}

/** Resets VmHWM to the current RSS (Linux), so the peak covers the import only. */
function resetPeakRss(): void {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Not Linux, or not allowed: the peak then includes start-up, which only overstates it.
  }
}

function count(db: ReturnType<typeof createApp>['db'], sql: string): number {
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } catch {
    return 0; // a table this version does not have yet
  }
}

async function main(config: RunConfig): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'mea-bench-anki-'));
  let started = Date.now();
  const events: RunResult['events'] = {};
  const sink: EventSink = {
    emit(channel: EventChannel) {
      const at = Date.now() - started;
      const seen = (events[channel] ??= { count: 0, firstMs: at, lastMs: at });
      seen.count += 1;
      seen.lastMs = at;
    },
  };
  const dataDir = join(dir, 'data');
  const app = createApp({
    dataDir,
    launcher: new ForkHostLauncher(),
    events: sink,
    pickFile: async () => config.packagePath,
    version: '0.0.0-bench',
    threadCalibration: false,
  });
  const watch = new ImportWatch(join(dataDir, DATABASE_FILE));
  try {
    global.gc?.();
    resetPeakRss();
    const rssBefore = readRssBreakdown()?.rss ?? null;
    started = Date.now();
    const envelope = await app.dispatcher.dispatch('cards:import', { path: config.packagePath });
    const returnedMs = Date.now() - started;
    await watch.mediaSettled(config.expectedMedia, 3_000, 120_000);
    const peakRss = readRssBreakdown()?.peak ?? null;
    await new Promise((resolve) => setTimeout(resolve, 100)); // the watcher's last poll
    const counts = {
      decks: count(app.db, 'SELECT count(*) AS n FROM decks WHERE deleted_at IS NULL'),
      notes: count(app.db, 'SELECT count(*) AS n FROM notes'),
      cards: count(app.db, 'SELECT count(*) AS n FROM cards WHERE deleted_at IS NULL'),
      media: count(app.db, 'SELECT count(*) AS n FROM media'),
      reviews: count(app.db, 'SELECT count(*) AS n FROM review_logs'),
    };
    const committed = counts.cards > 0 ? watch.firstAt('cards', counts.cards) : null;
    const mediaDone = counts.media > 0 ? watch.firstAt('media', counts.media) : null;
    return {
      ok: envelope.ok,
      error: envelope.ok ? null : `${envelope.error.code}: ${envelope.error.message}`,
      returnedMs,
      cardsCommittedMs: committed === null ? null : Math.min(returnedMs, committed - started),
      mediaFinishedMs: mediaDone === null ? null : Math.max(0, mediaDone - started),
      rssBefore,
      peakRss,
      counts,
      answer: envelope.ok ? envelope.value : null,
      events,
    };
  } finally {
    await watch.stop();
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const result = await main(JSON.parse(process.argv[2] ?? '{}') as RunConfig);
process.stdout.write(`${JSON.stringify(result)}\n`);
