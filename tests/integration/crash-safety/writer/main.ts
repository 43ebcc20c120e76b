// Writer process entry (bundled by the test): opens the real database and writes until it is killed.
// Usage: writer.mjs <chat|cards|review|migrate> <database file> <run number> <seed>
import { openDatabase, readUserVersion } from '../../../../main/services/store';
import { createRng } from '../rng';
import { runCardsWriter } from './cards-writer';
import { runChatWriter } from './chat-writer';
import { printLine, stdoutAck, type WriterContext } from './context';
import { runReviewWriter } from './review-writer';

const WRITERS = { chat: runChatWriter, cards: runCardsWriter, review: runReviewWriter };
/** A writer nobody kills (the parent died) must not write forever. */
const SELF_STOP_MS = 30_000;

async function main(): Promise<void> {
  const [mode, path, runArg, seedArg] = process.argv.slice(2);
  if (!mode || !path || runArg === undefined || seedArg === undefined) {
    throw new Error('usage: writer.mjs <chat|cards|review|migrate> <database file> <run> <seed>');
  }
  setTimeout(() => {
    printLine(`writer: not killed within ${SELF_STOP_MS} ms, stopping`);
    process.exit(3);
  }, SELF_STOP_MS).unref();

  if (mode === 'migrate') {
    printLine('migrating');
    const started = performance.now();
    const db = openDatabase(path);
    printLine(`migrated ${readUserVersion(db)} in ${Math.ceil(performance.now() - started)} ms`);
    db.close();
    return;
  }
  const writer = WRITERS[mode as keyof typeof WRITERS];
  if (!writer) throw new Error(`unknown writer mode "${mode}"`);
  // openDatabase runs the app's start-up path: migrations, then streaming → interrupted recovery.
  const db = openDatabase(path);
  printLine('ready');
  const ctx: WriterContext = { run: Number(runArg), rng: createRng(Number(seedArg)), ack: stdoutAck };
  await writer(db, ctx);
}

main().catch((error: unknown) => {
  process.stderr.write(`writer failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(2);
});
