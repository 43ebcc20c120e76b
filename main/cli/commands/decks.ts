// `decks import FILE | export --deck NAME|--all --out FILE | list`: the app's decks from the
// command line, through the same transfer service and data file as the app (default: the app's
// data folder; --data-dir or MEA_DATA_DIR for another).
import { existsSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ApiError } from '../../../preload/contract/envelope';
import type { ImportSummary, TransferFormat } from '../../services/flashcards/transfer';
import type { AnkiImportProgress } from '../../services/anki-import';
import { InterchangeFormatError } from '../../services/flashcards/interchange';
import { CliError } from '../cli-error';
import { deckIdByName, openDeckData, type DeckData } from '../deck-data';
import { ProgressBar } from '../progress-bar';
import { defaultDataDir } from './models';

export const DECKS_USAGE = `  decks import FILE [--data-dir DIR] [--json]
      Imports an .apkg/.colpkg/.csv/.tsv file into the app's decks (notes, cards, media, review history)
      and prints what was imported (--json: {decks, notes, cards, media, reviews, updated, warnings}).
      Ctrl+C cancels an Anki import before its notes are saved (nothing is kept then).
  decks export (--deck NAME | --all) --out FILE [--data-dir DIR]
      Writes one deck or all of them to FILE; the format follows its extension (.apkg, .csv, .tsv).
  decks list [--data-dir DIR] [--json]
      The decks with their card counts (total, due, new).
      --data-dir: an app data folder (default: the app's own; MEA_DATA_DIR overrides it).`;

const EXPORT_FORMATS: Record<string, TransferFormat> = { '.apkg': 'apkg', '.csv': 'csv', '.tsv': 'tsv' };

function parse<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, positionals = 0) {
  try {
    const parsed = parseArgs({ args: argv, options, allowPositionals: positionals > 0, strict: true });
    if (parsed.positionals.length > positionals) {
      throw new CliError(`unexpected argument "${parsed.positionals[positionals] ?? ''}"`, 2);
    }
    return parsed;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(error instanceof Error ? error.message : String(error), 2);
  }
}

const dataDirOf = (raw: string | undefined) => resolve(raw ?? defaultDataDir());

/** Runs `use` on the opened data folder, closing it after; the service's refusals become exit code 2. */
async function withDecks<T>(dataDir: string, create: boolean, use: (data: DeckData) => Promise<T>): Promise<T> {
  const data = openDeckData(dataDir, { create });
  try {
    return await use(data);
  } catch (error) {
    if (error instanceof ApiError) throw new CliError(error.message, error.code === 'internal' ? 1 : 2);
    if (error instanceof InterchangeFormatError) throw new CliError(error.message, 2);
    throw error;
  } finally {
    await data.close();
  }
}

/** What an import brought in; counts the service does not report for a format are 0. */
export function importReport(summary: ImportSummary) {
  const anki = summary.anki;
  return {
    decks: summary.decks.length,
    notes: anki?.notes ?? summary.cardsAdded,
    cards: anki?.cards ?? summary.cardsAdded,
    media: anki?.media ?? 0,
    reviews: anki?.reviews ?? 0,
    updated: anki?.updated ?? 0,
    ...(summary.duplicatesSkipped > 0 ? { duplicatesSkipped: summary.duplicatesSkipped } : {}),
    warnings: summary.warnings,
  };
}

const PHASES: Record<AnkiImportProgress['phase'], string> = {
  'checking-media': 'checking media',
  'saving-notes': 'saving notes',
  'storing-media': 'storing media',
};

async function runImport(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { 'data-dir': { type: 'string' }, json: { type: 'boolean' } }, 1);
  const file = positionals[0];
  if (file === undefined) throw new CliError('decks import needs a FILE (.apkg, .colpkg, .csv or .tsv)', 2);
  if (!existsSync(file)) throw new CliError(`no such file: ${file}`, 2);
  const dataDir = dataDirOf(values['data-dir']);
  const cancel = new AbortController();
  const onInterrupt = () => cancel.abort();
  process.once('SIGINT', onInterrupt);
  // A bar only on a terminal: piped stderr stays quiet unless something goes wrong.
  const bar = process.stderr.isTTY ? new ProgressBar(process.stderr, 'Importing') : null;
  try {
    const summary = await withDecks(dataDir, true, (data) =>
      data.transfer.importFile(resolve(file), {
        signal: cancel.signal,
        onProgress: (p) => bar?.update(p.done, p.total, PHASES[p.phase]),
      }),
    ).catch((error: unknown) => {
      bar?.finish();
      if (cancel.signal.aborted) throw new CliError('import cancelled; nothing was saved', 130);
      throw error;
    });
    bar?.finish();
    const report = importReport(summary);
    if (values.json) {
      process.stdout.write(`${JSON.stringify(report)}\n`);
      return 0;
    }
    const counts = (['decks', 'notes', 'cards', 'media', 'reviews', 'updated'] as const)
      .map((key) => `${report[key]} ${key}`)
      .join(', ');
    process.stdout.write(`Imported ${file} into ${dataDir}: ${counts}\n`);
    if (report.duplicatesSkipped) process.stdout.write(`  ${report.duplicatesSkipped} duplicates skipped\n`);
    for (const warning of report.warnings) process.stdout.write(`  warning: ${warning}\n`);
    return 0;
  } finally {
    bar?.finish();
    process.off('SIGINT', onInterrupt);
  }
}

async function runExport(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    deck: { type: 'string' },
    all: { type: 'boolean' },
    out: { type: 'string' },
    'data-dir': { type: 'string' },
  });
  if ((values.deck === undefined) === !values.all) {
    throw new CliError('decks export needs either --deck NAME or --all', 2);
  }
  if (values.out === undefined) throw new CliError('decks export needs --out FILE (.apkg, .csv or .tsv)', 2);
  const format = EXPORT_FORMATS[extname(values.out).toLowerCase()];
  if (format === undefined) {
    throw new CliError(`cannot tell the format of "${values.out}": name it .apkg, .csv or .tsv`, 2);
  }
  // Never overwrite: the file may be something the user saved.
  if (existsSync(values.out)) throw new CliError(`${values.out} already exists; choose another --out`, 2);
  const out = resolve(values.out);
  const receipt = await withDecks(dataDirOf(values['data-dir']), false, async (data) => {
    return data.transfer.exportDecks(deckIdByName(data, values.deck), format, out);
  });
  process.stdout.write(
    `Exported ${receipt.cards} cards from ${receipt.decks} deck(s) to ${receipt.path} (${receipt.format}, ${receipt.bytes} bytes)\n`,
  );
  return 0;
}

async function runList(argv: string[]): Promise<number> {
  const { values } = parse(argv, { 'data-dir': { type: 'string' }, json: { type: 'boolean' } });
  const decks = await withDecks(dataDirOf(values['data-dir']), false, async (data) => data.flashcards.listDecks());
  const rows = decks.map((d) => ({ id: d.id, name: d.name, cards: d.total, due: d.due, new: d.new }));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(rows)}\n`);
    return 0;
  }
  const lines = rows.map((row) => `${row.name}\t${row.cards} cards\t${row.due} due\t${row.new} new\n`);
  process.stdout.write(lines.length === 0 ? 'No decks.\n' : lines.join(''));
  return 0;
}

export async function runDecks(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'import') return runImport(rest);
  if (sub === 'export') return runExport(rest);
  if (sub === 'list') return runList(rest);
  throw new CliError(`unknown decks command "${sub ?? ''}" (try: decks import FILE, decks export, decks list)`, 2);
}
