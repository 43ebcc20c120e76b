// Watches the data file from a worker thread while an import runs on the main thread: a second,
// read-only SQLite connection (WAL lets it read while the import writes) polls the card and media
// counts and reports each change with its time, so "deck usable" (cards committed) and "media
// finished" are seen from outside whatever the import service looks like inside.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export interface CountChange {
  /** Date.now() when the change was seen. */
  at: number;
  cards: number;
  media: number;
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);
const db = new Database(workerData.dbPath, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 1000');
const cards = db.prepare('SELECT count(*) AS n FROM cards WHERE deleted_at IS NULL');
const media = db.prepare('SELECT count(*) AS n FROM media');
const sleep = new Int32Array(new SharedArrayBuffer(4));
let stop = false;
parentPort.on('message', () => { stop = true; });
let last = { cards: -1, media: -1 };
const poll = () => {
  const now = { cards: cards.get().n, media: media.get().n };
  if (now.cards !== last.cards || now.media !== last.media) {
    parentPort.postMessage({ at: Date.now(), ...now });
    last = now;
  }
  if (stop) { db.close(); parentPort.postMessage('stopped'); return; }
  Atomics.wait(sleep, 0, 0, workerData.pollMs);
  setImmediate(poll);
};
poll();
`;

export class ImportWatch {
  readonly changes: CountChange[] = [];
  private readonly worker: Worker;
  private readonly stopped: Promise<void>;

  constructor(dbPath: string, pollMs = 20) {
    const sqlite = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { dbPath, pollMs, sqlite } });
    this.stopped = new Promise((resolve, reject) => {
      this.worker.on('message', (message: CountChange | 'stopped') => {
        if (message === 'stopped') resolve();
        else this.changes.push(message);
      });
      this.worker.on('error', reject);
      this.worker.on('exit', () => resolve());
    });
  }

  /** When the count first reached `value` (null if it never did). */
  firstAt(kind: 'cards' | 'media', value: number): number | null {
    return this.changes.find((change) => change[kind] >= value)?.at ?? null;
  }

  latest(): CountChange | undefined {
    return this.changes.at(-1);
  }

  /** Resolves once the media count reaches `expected`, or has not changed for `quietMs`. */
  async mediaSettled(expected: number, quietMs: number, timeoutMs: number): Promise<void> {
    const started = Date.now();
    for (;;) {
      const latest = this.latest();
      const lastChange = latest?.at ?? started;
      if ((latest?.media ?? 0) >= expected) return;
      if (Date.now() - Math.max(lastChange, started) > quietMs || Date.now() - started > timeoutMs) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async stop(): Promise<void> {
    this.worker.postMessage('stop');
    await this.stopped;
    await this.worker.terminate();
  }
}
