// window.api functions for the model catalog, downloads and the first-run setup.
import type { MeaBridgeApi } from '../../contract/api';
import type { DownloadsApi } from '../../contract/features/downloads';
import type { BridgeTools } from '../bridge-tools';

export function downloadsBridge({ call, on }: BridgeTools): Pick<MeaBridgeApi, keyof DownloadsApi> {
  return {
    getModelCatalog: () => call('models:catalog', {}),
    listDownloads: () => call('downloads:list', {}),
    startDownload: (entryId) => call('downloads:start', { entryId }),
    pauseDownload: (entryId) => call('downloads:pause', { entryId }),
    resumeDownload: (entryId) => call('downloads:resume', { entryId }),
    cancelDownload: (entryId) => call('downloads:cancel', { entryId }),
    setAdapterSource: (url) => call('downloads:setAdapterSource', { url }),
    useCatalogEntry: (entryId) => call('models:use', { entryId }),
    startSetup: (modelEntryId, adapterEntryId) => call('setup:start', { modelEntryId, adapterEntryId }),
    getSetupStatus: () => call('setup:status', {}),
    pauseSetup: () => call('setup:pause', {}),
    onDownloadProgress: (listener) => on('downloads:progress', listener),
    onSetupProgress: (listener) => on('setup:progress', listener),
  };
}
