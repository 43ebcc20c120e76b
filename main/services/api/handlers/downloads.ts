// Model catalog and download channels → DownloadService ("use" also goes through settings and the model);
// the first-run setup channels → FirstRunSetup.
import type { downloadsInvokeChannels } from '../../../../preload/contract/features/downloads';
import { useCatalogEntry, type DownloadService, type FirstRunSetup } from '../../downloads';
import type { ModelService } from '../../model/model-service';
import type { SettingsService } from '../../settings/settings-service';
import type { FeatureHandlers } from './types';

export function downloadsHandlers(
  downloads: DownloadService,
  settings: SettingsService,
  model: ModelService,
  setup: FirstRunSetup,
): FeatureHandlers<typeof downloadsInvokeChannels> {
  return {
    'models:catalog': () => downloads.catalogView(),
    'downloads:list': () => downloads.list(),
    'downloads:start': ({ entryId }) => downloads.start(entryId),
    'downloads:pause': ({ entryId }) => downloads.pause(entryId),
    'downloads:resume': ({ entryId }) => downloads.resume(entryId),
    'downloads:cancel': ({ entryId }) => downloads.cancel(entryId),
    'downloads:setAdapterSource': ({ url }) => downloads.setAdapterSource(url),
    'models:use': ({ entryId }) => useCatalogEntry(downloads, settings, model, entryId),
    'setup:start': (plan) => setup.start(plan),
    'setup:status': () => setup.status(),
    'setup:pause': () => setup.pause(),
  };
}
