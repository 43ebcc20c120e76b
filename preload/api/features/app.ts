// window.api functions for app information, native pickers, start-up notices, data export and deletion.
import type { MeaBridgeApi } from '../../contract/api';
import type { AppApi } from '../../contract/features/app';
import type { BridgeTools } from '../bridge-tools';

export function appBridge({ call }: BridgeTools): Pick<MeaBridgeApi, keyof AppApi> {
  return {
    pickFile: (kind) => call('dialog:pickFile', { kind }),
    getAppInfo: () => call('app:getInfo', {}),
    getStartupNotices: () => call('app:startupNotices', {}),
    exportAllData: (path) => call('app:exportAllData', { path }),
    deleteAllData: (confirmation) => call('app:deleteAllData', { confirmation }),
  };
}
