// window.api functions for card tools: make cards, save many, export and import decks.
import type { MeaBridgeApi } from '../../contract/api';
import type { CardToolsApi } from '../../contract/features/card-tools';
import type { BridgeTools } from '../bridge-tools';

export function cardToolsBridge({ call }: BridgeTools): Pick<MeaBridgeApi, keyof CardToolsApi> {
  return {
    generateCards: (request) => call('cards:generate', request),
    createCards: (request) => call('cards:createMany', request),
    exportCards: (request) => call('cards:export', request),
    importCards: (path) => call('cards:import', { path }),
  };
}
