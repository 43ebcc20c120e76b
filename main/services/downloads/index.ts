// Public surface of the download service (the only code in the app that touches the network).
export { MemoryAdapterSourceStore, SettingsAdapterSourceStore, type AdapterSourceStore } from './adapter-source-store';
export { defaultStatfs, DISK_MARGIN_BYTES, formatBytes, type StatFs } from './disk-space';
export { DownloadError, type DownloadErrorCode } from './download-error';
export type { AdapterConverter } from './download-job';
export { ADAPTER_SOURCE_MISSING, DownloadService, type DownloadServiceOptions } from './download-service';
export { parseLinkedEtag } from './http-source';
export { sha256File } from './part-hasher';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy';
export { useCatalogEntry, useModelFiles } from './use-catalog-entry';
export { createDownloadService, MODELS_FOLDER } from './create-download-service';
export { FirstRunSetup, type FirstRunSetupOptions, type SetupPlan } from './first-run-setup';
