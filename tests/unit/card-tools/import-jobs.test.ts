// Import progress and Cancel behind 'cards:import' / 'cards:importCancel': events are valid contract
// payloads, throttled but never losing a phase change or a phase's end; Cancel aborts the import until
// its notes are saved and answers false after; imports without a request id send nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cardToolsHandlers } from '../../../main/services/api/handlers/card-tools';
import type { MakeCardsService } from '../../../main/services/flashcards/make-cards';
import {
  ImportJobs,
  type ImportSummary,
  type TransferImportOptions,
  type TransferService,
} from '../../../main/services/flashcards/transfer';
import { importProgressSchema, type ImportProgress } from '../../../preload/contract/features/card-tools';

const SUMMARY: ImportSummary = { decks: [], cardsAdded: 3, duplicatesSkipped: 0, warnings: [] };

/** A transfer whose import waits for `release()` and hands the test its options. */
function fakeTransfer() {
  let options: TransferImportOptions | undefined;
  let release: (value: ImportSummary) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const importFile = vi.fn((_path: string, given?: TransferImportOptions) => {
    options = given;
    return new Promise<ImportSummary>((resolve, reject) => {
      release = resolve;
      fail = reject;
      given?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
    });
  });
  return {
    importFile,
    get options() {
      return options!;
    },
    release: (value = SUMMARY) => release(value),
    fail: (error: unknown) => fail(error),
  };
}

let clock = 0;
beforeEach(() => {
  vi.useFakeTimers();
  clock = 1_000;
});
afterEach(() => vi.useRealTimers());

function jobs() {
  const transfer = fakeTransfer();
  const events: ImportProgress[] = [];
  const imports = new ImportJobs({ transfer, emit: (event) => events.push(event), intervalMs: 200, now: () => clock });
  return { transfer, events, imports };
}

describe('ImportJobs', () => {
  it('sends valid progress events, at most one per interval, with every phase change and end', async () => {
    const { transfer, events, imports } = jobs();
    const running = imports.run('/decks/big.apkg', 'import-1');
    const report = transfer.options.onProgress!;
    report({ phase: 'checking-media', done: 0, total: 1000 });
    for (let done = 1; done < 1000; done++) {
      clock += 1;
      report({ phase: 'checking-media', done, total: 1000 });
    }
    clock += 1;
    report({ phase: 'checking-media', done: 1000, total: 1000 });
    report({ phase: 'saving-notes', done: 0, total: 50 });
    report({ phase: 'saving-notes', done: 20, total: 50 });
    vi.advanceTimersByTime(300);
    transfer.release();
    await expect(running).resolves.toEqual(SUMMARY);

    for (const event of events) expect(importProgressSchema.parse(event)).toEqual(event);
    expect(events.every((event) => event.requestId === 'import-1')).toBe(true);
    const steps = events.map((e) => `${e.phase} ${e.done}/${e.total}`);
    expect(steps[0]).toBe('reading 0/1');
    expect(steps).toContain('checking-media 0/1000');
    expect(steps).toContain('checking-media 1000/1000');
    expect(steps).toContain('saving-notes 0/50');
    // The held 20/50 goes out when its interval is up.
    expect(steps.at(-1)).toBe('saving-notes 20/50');
    // 1000 progress calls over 1 s of the clock: about five events, not a thousand.
    const checking = events.filter((e) => e.phase === 'checking-media');
    expect(checking.length).toBeGreaterThan(2);
    expect(checking.length).toBeLessThanOrEqual(8);
  });

  it('cancels until the notes are saved: the signal is aborted and the import fails', async () => {
    const { transfer, imports } = jobs();
    const running = imports.run('/decks/a.apkg', 'import-2');
    transfer.options.onProgress!({ phase: 'checking-media', done: 3, total: 10 });
    expect(imports.cancel('import-2')).toEqual({ cancelled: true });
    expect(transfer.options.signal!.aborted).toBe(true);
    await expect(running).rejects.toThrow('aborted');
    // Finished: its id is free again, and cancelling it now does nothing.
    expect(imports.cancel('import-2')).toEqual({ cancelled: false });
  });

  it('answers false once media files are being stored (the notes are saved) and lets the import finish', async () => {
    const { transfer, imports } = jobs();
    const running = imports.run('/decks/a.apkg', 'import-3');
    transfer.options.onProgress!({ phase: 'storing-media', done: 0, total: 4 });
    expect(imports.cancel('import-3')).toEqual({ cancelled: false });
    expect(transfer.options.signal!.aborted).toBe(false);
    transfer.release();
    await expect(running).resolves.toEqual(SUMMARY);
  });

  it('refuses a request id that is already running, and does not know ids it never saw', async () => {
    const { transfer, imports } = jobs();
    const running = imports.run('/decks/a.apkg', 'import-4');
    await expect(imports.run('/decks/b.apkg', 'import-4')).rejects.toMatchObject({ code: 'conflict' });
    expect(imports.cancel('nope')).toEqual({ cancelled: false });
    transfer.fail(new Error('disk gone'));
    await expect(running).rejects.toThrow('disk gone');
  });

  it('imports without a request id as before: no events, no signal', async () => {
    const { transfer, events, imports } = jobs();
    const running = imports.run('/decks/a.csv');
    expect(transfer.importFile).toHaveBeenCalledWith('/decks/a.csv');
    transfer.release();
    await running;
    expect(events).toEqual([]);
  });
});

describe('card tools handlers', () => {
  it('route cards:import and cards:importCancel to the import jobs', async () => {
    const { transfer, imports } = jobs();
    const handlers = cardToolsHandlers({} as MakeCardsService, {} as TransferService, imports);
    const running = handlers['cards:import']({ path: '/decks/a.apkg', requestId: 'import-5' });
    expect(transfer.importFile).toHaveBeenCalledWith('/decks/a.apkg', expect.objectContaining({}));
    expect(await handlers['cards:importCancel']({ requestId: 'import-5' })).toEqual({
      cancelled: true,
    });
    await expect(running).rejects.toThrow('aborted');
  });
});
