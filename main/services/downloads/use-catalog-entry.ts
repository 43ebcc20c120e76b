// "Use this model": points settings at an installed catalog entry and loads it.
import type { ModelStatus } from '../../../preload/contract/schemas';
import type { ModelService } from '../model/model-service';
import type { SettingsService } from '../settings/settings-service';
import type { DownloadService } from './download-service';

export async function useCatalogEntry(
  downloads: DownloadService,
  settings: SettingsService,
  model: ModelService,
  entryId: string,
): Promise<ModelStatus> {
  const { entry, path } = await downloads.installedFile(entryId);
  settings.update(entry.kind === 'model' ? { modelPath: path } : { loraPath: path });
  model.refreshProfile();
  return model.load();
}
