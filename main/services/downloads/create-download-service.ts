// Composes the download service for the app: `<dataDir>/models`, the bundled catalog (or the one named by
// MEA_CATALOG_FILE / MEA_CATALOG_URL_BASE, for tests and local mirrors), settings and progress events.
import { join } from 'node:path';
import { loadCatalog } from '../catalog';
import type { EventSink } from '../events';
import type { SettingsService } from '../settings/settings-service';
import type { SettingsRepository } from '../store';
import { SettingsAdapterSourceStore } from './adapter-source-store';
import type { AdapterConverter } from './download-job';
import { DownloadService } from './download-service';

export interface DownloadServiceDependencies {
  dataDir: string;
  settings: SettingsService;
  settingsRepository: SettingsRepository;
  events: EventSink;
  convertAdapter: AdapterConverter;
  /** Where MEA_CATALOG_FILE and MEA_CATALOG_URL_BASE are read from (process.env in the app). */
  env: Record<string, string | undefined>;
}

export const MODELS_FOLDER = 'models';

export function createDownloadService(deps: DownloadServiceDependencies): DownloadService {
  return new DownloadService({
    modelsDir: join(deps.dataDir, MODELS_FOLDER),
    catalog: loadCatalog({ file: deps.env.MEA_CATALOG_FILE, urlBase: deps.env.MEA_CATALOG_URL_BASE }),
    emit: (progress) => deps.events.emit('downloads:progress', progress),
    adapterSource: new SettingsAdapterSourceStore(deps.settingsRepository),
    currentFiles: () => {
      const { modelPath, loraPath } = deps.settings.get();
      return { modelPath, loraPath };
    },
    convertAdapter: deps.convertAdapter,
  });
}
