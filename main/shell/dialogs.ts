// Native file pickers for model and adapter files; only the chosen path crosses the contract.
import { dialog, type BrowserWindow } from 'electron';

export async function pickGgufFile(window: BrowserWindow | null, kind: 'model' | 'lora'): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: kind === 'model' ? 'Choose a GGUF model' : 'Choose a GGUF LoRA adapter',
    properties: ['openFile'],
    filters: [{ name: 'GGUF files', extensions: ['gguf'] }],
  };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
