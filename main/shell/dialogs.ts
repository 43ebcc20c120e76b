// Native pickers for model and adapter files, PEFT adapter folders and flashcard files; only the chosen path crosses the contract.
import { dialog, type BrowserWindow } from 'electron';
import type { PickKind } from '../../preload/contract/features/app';

type ExportKind = 'cardsExportApkg' | 'cardsExportCsv' | 'cardsExportTsv' | 'dataExport';

const SAVE_OPTIONS: Record<ExportKind, Electron.SaveDialogOptions> = {
  cardsExportApkg: {
    title: 'Export cards',
    defaultPath: 'cards.apkg',
    filters: [{ name: 'Anki deck', extensions: ['apkg'] }],
  },
  cardsExportCsv: { title: 'Export cards', defaultPath: 'cards.csv', filters: [{ name: 'CSV', extensions: ['csv'] }] },
  cardsExportTsv: { title: 'Export cards', defaultPath: 'cards.tsv', filters: [{ name: 'TSV', extensions: ['tsv'] }] },
  dataExport: {
    title: 'Export all my data',
    defaultPath: 'medical-education-assistant-data.zip',
    filters: [{ name: 'Zip archive (data.json + decks.apkg)', extensions: ['zip'] }],
  },
};

const OPTIONS: Record<Exclude<PickKind, ExportKind>, Electron.OpenDialogOptions> = {
  model: {
    title: 'Choose a GGUF model',
    properties: ['openFile'],
    filters: [{ name: 'GGUF files', extensions: ['gguf'] }],
  },
  lora: {
    title: 'Choose a GGUF LoRA adapter',
    properties: ['openFile'],
    filters: [{ name: 'GGUF files', extensions: ['gguf'] }],
  },
  peftFolder: {
    title: 'Choose a PEFT adapter folder (with adapter_config.json and adapter_model.safetensors)',
    properties: ['openDirectory'],
  },
  cardsImport: {
    title: 'Import cards',
    properties: ['openFile'],
    filters: [{ name: 'Anki deck, CSV or TSV', extensions: ['apkg', 'colpkg', 'csv', 'tsv', 'txt'] }],
  },
  evaluationData: {
    title: 'Choose evaluation data (JSONL: one {"question", "answer"} per line)',
    properties: ['openFile'],
    filters: [{ name: 'JSON Lines', extensions: ['jsonl'] }],
  },
};

export async function pickPath(window: BrowserWindow | null, kind: PickKind): Promise<string | null> {
  if (kind in SAVE_OPTIONS) {
    const save = SAVE_OPTIONS[kind as ExportKind];
    const saved = window ? await dialog.showSaveDialog(window, save) : await dialog.showSaveDialog(save);
    return saved.canceled ? null : (saved.filePath ?? null);
  }
  const options = OPTIONS[kind as Exclude<PickKind, ExportKind>];
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
