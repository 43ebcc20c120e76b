// App-level channels: information and native pickers.
import type { appInvokeChannels, PickKind } from '../../../../preload/contract/features/app';
import type { FeatureHandlers } from './types';

export interface AppInfo {
  version: string;
  dataDir: string;
  platform: string;
}

export function appHandlers(
  pickFile: (kind: PickKind) => Promise<string | null>,
  appInfo: AppInfo,
): FeatureHandlers<typeof appInvokeChannels> {
  return {
    'dialog:pickFile': async ({ kind }) => ({ path: await pickFile(kind) }),
    'app:getInfo': () => appInfo,
  };
}
