// App-level channels: information, native pickers, start-up notices, "Export all my data" and "Delete all
// my data".
import type { appInvokeChannels, PickKind, StartupNotice } from '../../../../preload/contract/features/app';
import type { DataDeletionService } from '../../data-deletion';
import type { DataExportService } from '../../data-export';
import { ApiError } from '../../../../preload/contract/envelope';
import type { FeatureHandlers } from './types';

export interface AppInfo {
  version: string;
  dataDir: string;
  platform: string;
}

export interface DataSafety {
  /** What start-up did to the data file (restore from a backup), for the renderer's banner. */
  startupNotices: readonly StartupNotice[];
  dataExport: DataExportService;
  /** "Delete all my data"; absent = refused (tests without it). */
  dataDeletion?: DataDeletionService;
}

export function appHandlers(
  pickFile: (kind: PickKind) => Promise<string | null>,
  appInfo: AppInfo,
  data: DataSafety,
): FeatureHandlers<typeof appInvokeChannels> {
  return {
    'dialog:pickFile': async ({ kind }) => ({ path: await pickFile(kind) }),
    'app:getInfo': () => appInfo,
    'app:startupNotices': () => ({ notices: [...data.startupNotices] }),
    'app:exportAllData': ({ path }) => data.dataExport.exportAll(path),
    'app:deleteAllData': () => {
      if (!data.dataDeletion) throw new ApiError('forbidden', 'Deleting all data is not available here.');
      return data.dataDeletion.deleteAll();
    },
  };
}
