// Native pickers for model and adapter files and PEFT adapter folders; only the chosen path crosses the contract.
import { dialog, type BrowserWindow } from 'electron';
import type { PickKind } from '../../preload/contract/features/app';

const OPTIONS: Record<PickKind, Electron.OpenDialogOptions> = {
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
};

export async function pickGgufFile(window: BrowserWindow | null, kind: PickKind): Promise<string | null> {
  const options = OPTIONS[kind];
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
