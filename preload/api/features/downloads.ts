// window.api functions for the model catalog and downloads.
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
    onDownloadProgress: (listener) => on('downloads:progress', listener),
  };
}
