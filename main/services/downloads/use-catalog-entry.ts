// "Use this model": points settings at an installed catalog entry and loads it; the first-run setup
// points them at the model and the adapter at once.
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

/** Points settings at a model and (optionally) a LoRA adapter, and loads them; throws ApiError when loading fails. */
export async function useModelFiles(
  settings: SettingsService,
  model: ModelService,
  files: { modelPath: string; loraPath: string | null },
): Promise<ModelStatus> {
  settings.update({ modelPath: files.modelPath, loraPath: files.loraPath });
  model.refreshProfile();
  return model.load();
}
