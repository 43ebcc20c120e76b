// A catalog entry as the setup screen shows it: size, how it is verified, where it comes from (the
// adapter's pinned default source or the URL the user set), its published evaluation and install state.
import type {
  CatalogEntryView,
  DefaultSourceView,
  DownloadProgress,
  PublishedEvaluationView,
} from '../../../preload/contract/features/downloads';
import { defaultSourceUrl, type Catalog, type CatalogEntry, type VerifyMode } from '../catalog';

const VERIFY_STRENGTH: Record<VerifyMode, number> = { 'if-sent': 0, 'x-linked-etag': 1, 'git-blob': 2, sha256: 3 };

export interface EntryViewContext {
  catalog: Catalog;
  progress: DownloadProgress;
  /** The source URL the user set for the adapter (null: its default source). */
  adapterSourceUrl: string | null;
  modelPath: string | null;
  loraPath: string | null;
}

export function entryView(entry: CatalogEntry, context: EntryViewContext): CatalogEntryView {
  const { progress, adapterSourceUrl, catalog } = context;
  // The label names the weakest check among the entry's files.
  const weakest = entry.files.reduce<VerifyMode>(
    (mode, file) => (VERIFY_STRENGTH[file.verify] < VERIFY_STRENGTH[mode] ? file.verify : mode),
    'sha256',
  );
  const installed = progress.installedPath;
  const pinnedModel = entry.repo !== null && entry.revision !== null;
  return {
    id: entry.id,
    kind: entry.kind,
    name: entry.name,
    summary: entry.summary,
    quantization: entry.quantization,
    isDefault: entry.isDefault,
    license: entry.license,
    sizeBytes: entry.files.reduce((sum, file) => sum + (file.sizeBytes ?? file.approxSizeBytes), 0),
    approximate: entry.files.some((file) => file.sizeBytes === null),
    verification: weakest,
    source: pinnedModel
      ? `${catalog.urlBase}/${entry.repo} @ ${entry.revision}`
      : (adapterSourceUrl ?? defaultSourceUrl(entry)),
    defaultSource: defaultSourceView(entry),
    needsSourceUrl: entry.kind === 'peft-adapter' && adapterSourceUrl === null && defaultSourceUrl(entry) === null,
    publishedEvaluation: publishedEvaluationView(entry),
    inUse: installed !== null && (installed === context.modelPath || installed === context.loraPath),
    progress,
  };
}

function defaultSourceView(entry: CatalogEntry): DefaultSourceView | null {
  const folderUrl = defaultSourceUrl(entry);
  const source = entry.defaultSource;
  if (!source || folderUrl === null) return null;
  return { folderUrl, repoUrl: source.repoUrl, repo: source.repo, revision: source.revision, folder: source.folder };
}

function publishedEvaluationView(entry: CatalogEntry): PublishedEvaluationView | null {
  const published = entry.publishedEvaluation;
  if (!published) return null;
  return {
    ...published,
    repoUrl: entry.defaultSource?.repoUrl ?? null,
    revision: entry.defaultSource?.revision ?? null,
  };
}
