// window.api functions for card tools: make cards, save many, export and import decks (progress, Cancel).
import type { MeaBridgeApi } from '../../contract/api';
import type { CardToolsApi } from '../../contract/features/card-tools';
import type { BridgeTools } from '../bridge-tools';

export function cardToolsBridge({ call, on }: BridgeTools): Pick<MeaBridgeApi, keyof CardToolsApi> {
  return {
    generateCards: (request) => call('cards:generate', request),
    createCards: (request) => call('cards:createMany', request),
    exportCards: (request) => call('cards:export', request),
    importCards: (path, options) =>
      call('cards:import', options?.requestId === undefined ? { path } : { path, requestId: options.requestId }),
    cancelImport: (requestId) => call('cards:importCancel', { requestId }),
    onImportProgress: (listener) => on('cards:importProgress', listener),
  };
}
