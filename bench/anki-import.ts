// `npm run bench -- anki-import [--notes 30000] [--images 5000] [--image-side 48] [--regenerate] [--json FILE]`:
// a big current-format Anki deck imported through the app's real import path. Generates the package
// once (cached in .fixtures/anki-import/), then imports it in a fresh process (bench/anki-import-run.ts)
// and prints total time, time to a usable deck (cards committed) and to media finished, peak RSS
// against the package size, and what was imported. Targets: under 60 s; peak RSS growth well under
// the package size (bounded memory: the package is streamed, never held whole).
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { DEFAULT_BIG_DECK, ensureBigDeck, type BigDeckShape } from './anki-import-fixture';
import type { RunConfig, RunResult } from './anki-import-run';

const RUN_SCRIPT = fileURLToPath(new URL('./anki-import-run.ts', import.meta.url));
const TARGET_MS = 60_000;
/** "Well under the package size": the peak may grow by at most half of it. */
const MEMORY_TARGET_SHARE = 0.5;

const mb = (bytes: number | null) => (bytes === null ? 'n/a' : `${(bytes / 1e6).toFixed(1)} MB`);
const sec = (ms: number | null) => (ms === null ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);
const whole = (n: number) => n.toLocaleString('en-US');

function parseShape(args: string[]): { shape: BigDeckShape; regenerate: boolean; json: string | undefined } {
  const { values } = parseArgs({
    args,
    options: {
      notes: { type: 'string' },
      images: { type: 'string' },
      'image-side': { type: 'string' },
      regenerate: { type: 'boolean' },
      json: { type: 'string' },
    },
  });
  const int = (name: string, raw: string | undefined, fallback: number, min: number) => {
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be a whole number ≥ ${min}`);
    return value;
  };
  return {
    shape: {
      notes: int('notes', values.notes, DEFAULT_BIG_DECK.notes, 1),
      images: int('images', values.images, DEFAULT_BIG_DECK.images, 0),
      imageSide: int('image-side', values['image-side'], DEFAULT_BIG_DECK.imageSide, 1),
    },
    regenerate: values.regenerate ?? false,
    json: values.json,
  };
}

async function runImport(config: RunConfig): Promise<RunResult> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', RUN_SCRIPT, JSON.stringify(config)],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as RunResult;
}

export async function runAnkiImportBench(args: string[]): Promise<boolean> {
  const { shape, regenerate, json } = parseShape(args);
  const started = Date.now();
  const deck = ensureBigDeck(shape, regenerate);
  const made = deck.generated ? `generated in ${sec(Date.now() - started)}` : 'cached';
  console.log(
    `anki-import: ${whole(deck.content.notes)} notes, ${whole(deck.content.cards)} cards, ` +
      `${whole(deck.content.reviews)} review rows, ${whole(deck.content.media)} images; ` +
      `package ${mb(deck.bytes)} (${made}: ${deck.path})`,
  );
  const result = await runImport({ packagePath: deck.path, expectedMedia: deck.content.media });
  const growth = result.peakRss !== null && result.rssBefore !== null ? result.peakRss - result.rssBefore : null;
  const total = Math.max(result.returnedMs, result.mediaFinishedMs ?? 0);
  const timeOk = result.ok && total < TARGET_MS;
  const memoryOk = growth !== null && growth < deck.bytes * MEMORY_TARGET_SHARE;
  const { counts } = result;
  const lines = [
    result.ok ? null : `  import FAILED: ${result.error}`,
    `  import total        ${sec(total)} (import call returned at ${sec(result.returnedMs)})` +
      `   target < ${sec(TARGET_MS)}: ${timeOk ? 'PASS' : 'FAIL'}`,
    `  deck usable at      ${sec(result.cardsCommittedMs)} (all cards committed)`,
    `  media finished at   ${result.mediaFinishedMs === null ? `n/a (${whole(counts.media)} media stored)` : sec(result.mediaFinishedMs)}`,
    `  peak RSS            ${mb(result.peakRss)}: +${mb(growth)} over ${mb(result.rssBefore)} before the import` +
      `   target growth < ${mb(deck.bytes * MEMORY_TARGET_SHARE)} (half the package): ${memoryOk ? 'PASS' : 'FAIL'}`,
    `  imported            decks ${whole(counts.decks)}, notes ${whole(counts.notes)}, cards ${whole(counts.cards)}, ` +
      `media ${whole(counts.media)}/${whole(deck.content.media)}, reviews ${whole(counts.reviews)}`,
    `  service answered    ${JSON.stringify(result.answer, (key, value: unknown) => (key === 'warnings' && Array.isArray(value) ? value.slice(0, 3) : value)).slice(0, 400)}`,
    Object.keys(result.events).length === 0
      ? null
      : `  events              ${Object.entries(result.events)
          .map(([name, e]) => `${name} ×${e.count} (${sec(e.firstMs)}–${sec(e.lastMs)})`)
          .join(', ')}`,
  ];
  for (const line of lines) if (line !== null) console.log(line);
  if (json) writeFileSync(json, JSON.stringify({ shape, package: deck, result }, null, 2));
  return timeOk && memoryOk;
}
