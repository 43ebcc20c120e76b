// Imports local files: GGUF models and LoRAs are checked before any native load, PEFT folders are converted
// against the current base, then the file is listed and becomes the current model or adapter.
import { randomUUID } from 'node:crypto';
import { rm, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { ApiError } from '../../../preload/contract/envelope';
import type { ImportKind, ImportResult, LibraryEntry } from '../../../preload/contract/features/library';
import type { GgufHeader } from '../gguf/gguf-header';
import { ModelFileError, validateLoraFile, validateModelFile } from '../model/validate-model-files';
import type { LoraSummary } from '../model/lora-checks';
import type { SettingsService } from '../settings/settings-service';
import { claimNewFile, copyIntoFolder, isInside, safeGgufName } from './file-placement';
import type { LibraryStore } from './library-store';

/** The PEFT converter's signature (main/services/peft's convertPeftLora), injected so tests can observe it. */
export type PeftConverter = (options: {
  peftDir: string;
  basePath: string;
  outPath: string;
  source?: string;
}) => Promise<{ outPath: string; rank: number; alpha: number; targets: string[]; warnings: string[] }>;

export interface LibraryServiceDeps {
  /** The app's data folder: copies go to models/ and adapters/ inside it. */
  dataDir: string;
  settings: SettingsService;
  store: LibraryStore;
  convertPeft: PeftConverter;
  /** Recognises the converter's own errors (PeftConversionError), whose messages are meant for the user. */
  isConversionError: (error: unknown) => error is Error;
  now?: () => number;
}

export interface ImportFileRequest {
  kind: ImportKind;
  path: string;
  copy?: boolean;
}

export class LibraryService {
  readonly modelsDir: string;
  readonly adaptersDir: string;
  /** Imports run one at a time: each reads and then changes the current model/adapter choice. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: LibraryServiceDeps) {
    this.modelsDir = join(deps.dataDir, 'models');
    this.adaptersDir = join(deps.dataDir, 'adapters');
  }

  list(): LibraryEntry[] {
    return this.deps.store.list();
  }

  importFile(request: ImportFileRequest): Promise<ImportResult> {
    return this.serialized(() =>
      request.kind === 'model'
        ? this.importModel(request.path, request.copy ?? false)
        : this.importLora(request.path, request.copy ?? false),
    );
  }

  importPeft(dir: string): Promise<ImportResult> {
    return this.serialized(() => this.convertPeftFolder(dir));
  }

  private async importModel(chosen: string, copy: boolean): Promise<ImportResult> {
    const source = absolute(chosen, 'model file');
    const header = await asApiError(() => validateModelFile(source));
    const path = copy ? await this.place(source, this.modelsDir, () => validateModelFile(source)) : source;
    const notices: string[] = [];
    // The current adapter may not fit the new model; keep it only if it does.
    let { loraPath } = this.deps.settings.get();
    if (loraPath !== null) {
      try {
        await validateLoraFile(loraPath, header, path);
      } catch (error) {
        if (!(error instanceof ModelFileError)) throw error;
        notices.push(
          `The LoRA adapter ${basename(loraPath)} was turned off because it does not fit this model: ${error.message}`,
        );
        loraPath = null;
      }
    }
    const settings = this.deps.settings.update({ modelPath: path, loraPath });
    const entry = await this.record('model', path, source, copy ? 'copy' : 'reference', header, null, []);
    return { entry, settings, notices };
  }

  private async importLora(chosen: string, copy: boolean): Promise<ImportResult> {
    const source = absolute(chosen, 'LoRA adapter file');
    const base = await this.currentBase();
    const { header, summary } = await asApiError(() => validateLoraFile(source, base.header, base.path));
    const path = copy
      ? await this.place(source, this.adaptersDir, () => validateLoraFile(source, base.header, base.path))
      : source;
    const settings = this.deps.settings.update({ loraPath: path });
    const entry = await this.record('lora', path, source, copy ? 'copy' : 'reference', header, { summary, base }, []);
    return { entry, settings, notices: [] };
  }

  private async convertPeftFolder(chosen: string): Promise<ImportResult> {
    const dir = absolute(chosen, 'PEFT adapter folder');
    const info = await stat(dir).catch(() => null);
    if (info === null) throw new ApiError('not_found', `The adapter folder ${dir} was not found.`);
    if (!info.isDirectory()) {
      throw new ApiError('invalid_payload', `${dir} is not a folder; choose the folder holding adapter_config.json.`);
    }
    const base = await this.currentBase();
    const outPath = await claimNewFile(this.adaptersDir, safeGgufName(basename(dir)));
    let converted: Awaited<ReturnType<PeftConverter>>;
    let checked: { header: GgufHeader; summary: LoraSummary };
    try {
      converted = await this.deps.convertPeft({ peftDir: dir, basePath: base.path, outPath, source: dir });
      // The converter checks the fit itself; this re-check guards the app against a converter bug.
      checked = await validateLoraFile(outPath, base.header, base.path);
    } catch (error) {
      await rm(outPath, { force: true });
      if (this.deps.isConversionError(error)) throw new ApiError('invalid_payload', error.message);
      if (error instanceof ModelFileError) {
        throw new ApiError('internal', `The converted adapter failed its own check: ${error.message}`);
      }
      throw error;
    }
    const settings = this.deps.settings.update({ loraPath: outPath });
    const entry = await this.record(
      'lora',
      outPath,
      dir,
      'peft',
      checked.header,
      { summary: checked.summary, base },
      converted.warnings,
    );
    return { entry, settings, notices: converted.warnings };
  }

  /** The current model, checked, to validate or convert an adapter against. */
  private async currentBase(): Promise<{ path: string; header: GgufHeader }> {
    const { modelPath } = this.deps.settings.get();
    if (modelPath === null) {
      throw new ApiError(
        'conflict',
        'Choose or import a base model first: an adapter is checked against the model it modifies.',
      );
    }
    try {
      return { path: modelPath, header: await validateModelFile(modelPath) };
    } catch (error) {
      if (!(error instanceof ModelFileError)) throw error;
      throw new ApiError('conflict', `The current model cannot serve as the adapter's base. ${error.message}`);
    }
  }

  /** Copies into the data folder (unless already there) and re-checks the copy. */
  private async place(source: string, folder: string, recheck: () => Promise<unknown>): Promise<string> {
    if (isInside(folder, source)) return source;
    const copy = await copyIntoFolder(source, folder);
    try {
      await recheck();
    } catch (error) {
      // The original changed while it was copied; drop the copy rather than keep something unchecked.
      await rm(copy, { force: true });
      throw toApiError(error);
    }
    return copy;
  }

  private async record(
    kind: ImportKind,
    path: string,
    originalPath: string,
    source: LibraryEntry['source'],
    header: GgufHeader,
    lora: { summary: LoraSummary; base: { path: string } } | null,
    warnings: string[],
  ): Promise<LibraryEntry> {
    const { size } = await stat(path);
    const entry: LibraryEntry = {
      id: randomUUID(),
      kind,
      name: header.modelName?.trim() || basename(path),
      path,
      source,
      originalPath,
      sizeBytes: size,
      architecture: header.architecture ?? null,
      rank: lora === null ? null : Math.max(...lora.summary.pairs.map((pair) => pair.rank)),
      alpha: lora?.summary.alpha ?? null,
      baseModel: lora === null ? null : basename(lora.base.path),
      warnings,
      importedAt: (this.deps.now ?? Date.now)(),
    };
    this.deps.store.put(entry);
    return entry;
  }

  private serialized<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function absolute(path: string, what: string): string {
  if (!isAbsolute(path)) throw new ApiError('invalid_payload', `The ${what} path must be absolute: ${path}`);
  return resolve(path);
}

function toApiError(error: unknown): unknown {
  if (error instanceof ModelFileError)
    return new ApiError(error.notFound ? 'not_found' : 'invalid_payload', error.message);
  return error;
}

async function asApiError<T>(check: () => Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (error) {
    throw toApiError(error);
  }
}
