// window.api functions for importing model, LoRA and PEFT adapter files.
import type { MeaBridgeApi } from '../../contract/api';
import type { LibraryApi } from '../../contract/features/library';
import type { BridgeTools } from '../bridge-tools';

export function libraryBridge({ call }: BridgeTools): Pick<MeaBridgeApi, keyof LibraryApi> {
  return {
    listLibrary: () => call('library:list', {}),
    importModelFile: (request) => call('library:importFile', request),
    importPeftFolder: (dir) => call('library:importPeft', { dir }),
  };
}
