// Builds window.api from a transport. Electron's preload passes an ipcRenderer-backed transport;
// the browser e2e harness passes a bridge to the same main-side services.
import type { MeaBridgeApi } from '../contract/api';
import { bridgeTools, type ApiTransport } from './bridge-tools';
import { appBridge } from './features/app';
import { cardToolsBridge } from './features/card-tools';
import { chatBridge } from './features/chat';
import { compareBridge } from './features/compare';
import { conversationsBridge } from './features/conversations';
import { downloadsBridge } from './features/downloads';
import { evaluationBridge } from './features/evaluation';
import { flashcardsBridge } from './features/flashcards';
import { libraryBridge } from './features/library';
import { modelBridge } from './features/model';
import { notesBridge } from './features/notes';
import { quizBridge } from './features/quiz';
import { reviewBridge } from './features/review';
import { serversBridge } from './features/servers';

export type { ApiTransport };

export function createBridgeApi(transport: ApiTransport): MeaBridgeApi {
  const tools = bridgeTools(transport);
  return {
    ...conversationsBridge(tools),
    ...chatBridge(tools),
    ...compareBridge(tools),
    ...modelBridge(tools),
    ...libraryBridge(tools),
    ...downloadsBridge(tools),
    ...appBridge(tools),
    ...flashcardsBridge(tools),
    ...notesBridge(tools),
    ...cardToolsBridge(tools),
    ...reviewBridge(tools),
    ...evaluationBridge(tools),
    ...quizBridge(tools),
    ...serversBridge(tools),
  };
}
