// Loads the model catalog (bundled JSON, or a file named by the caller) and resolves download URLs and
// install paths. Pure: nothing here touches the network; a URL is only built when the user asks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import bundledCatalog from '../../../resources/model-catalog.json' with { type: 'json' };
import { catalogSchema, type Catalog, type CatalogEntry, type CatalogFile } from './catalog-schema';

export class CatalogError extends Error {
  override readonly name = 'CatalogError';
}

/** Parses a catalog, naming the first problem (the bundled one is checked by a unit test). */
export function parseCatalog(raw: unknown, source: string): Catalog {
  const result = catalogSchema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  throw new CatalogError(`Model catalog ${source} is invalid${where}: ${issue?.message ?? 'unknown problem'}`);
}

export interface LoadCatalogOptions {
  /** A catalog JSON file to use instead of the bundled one (tests, mirrors). */
  file?: string | null;
  /** Replaces the catalog's URL base (e.g. a local mirror or a test server). */
  urlBase?: string | null;
}

export function loadCatalog(options: LoadCatalogOptions = {}): Catalog {
  let catalog: Catalog;
  if (options.file) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(options.file, 'utf8'));
    } catch (error) {
      throw new CatalogError(`Cannot read model catalog ${options.file}: ${(error as Error).message}`);
    }
    catalog = parseCatalog(raw, options.file);
  } else {
    catalog = parseCatalog(bundledCatalog, 'resources/model-catalog.json');
  }
  if (options.urlBase) catalog = { ...catalog, urlBase: normalizeBaseUrl(options.urlBase, 'Catalog URL base') };
  return catalog;
}

/** Checks an http(s) base URL and drops trailing slashes; throws CatalogError naming the problem. */
export function normalizeBaseUrl(value: string, label: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new CatalogError(`${label} "${value}" is not a valid URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new CatalogError(`${label} must start with https:// (or http://), got "${url.protocol}".`);
  }
  if (url.username || url.password) throw new CatalogError(`${label} may not contain a user name or password.`);
  if (url.search || url.hash) throw new CatalogError(`${label} may not contain "?" or "#" parts.`);
  return url.toString().replace(/\/+$/, '');
}

/**
 * The folder URL an adapter's files come from by default: its pinned source (a repository folder at a
 * commit, GitHub's raw layout), or null when the catalog gives it none.
 */
export function defaultSourceUrl(entry: CatalogEntry): string | null {
  const source = entry.defaultSource;
  if (!source) return null;
  const folder = source.folder.split('/').map(encodeURIComponent).join('/');
  return `${source.rawBaseUrl.replace(/\/+$/, '')}/${source.repo}/${source.revision}/${folder}`;
}

/**
 * The URL a file is fetched from: `<urlBase>/<repo>/resolve/<revision>/<file>` for pinned models
 * (Hugging Face's layout); for the adapter `<source URL the user set>/<file>`, else
 * `<default source folder>/<file>`; null when neither exists.
 */
export function fileUrl(
  catalog: Catalog,
  entry: CatalogEntry,
  file: CatalogFile,
  adapterSourceUrl: string | null,
): string | null {
  const name = encodeURIComponent(file.path);
  if (entry.repo !== null && entry.revision !== null) {
    return `${catalog.urlBase}/${entry.repo}/resolve/${entry.revision}/${name}`;
  }
  const folder = adapterSourceUrl ?? defaultSourceUrl(entry);
  return folder ? `${folder}/${name}` : null;
}

/** Where an entry's files live once installed, and (for the adapter) the converted GGUF. */
export interface EntryPaths {
  /** Folder the downloaded files are moved into. */
  dir: string;
  files: string[];
  /** The file the app loads: the model GGUF, or the converted adapter GGUF. */
  installed: string;
}

export function entryPaths(entry: CatalogEntry, modelsDir: string): EntryPaths {
  const root = entry.folder ? join(modelsDir, entry.folder) : modelsDir;
  if (entry.kind === 'peft-adapter') {
    const dir = join(root, 'peft');
    return { dir, files: entry.files.map((f) => join(dir, f.path)), installed: join(root, `${entry.id}.gguf`) };
  }
  const files = entry.files.map((f) => join(root, f.path));
  return { dir: root, files, installed: files[0] ?? root };
}

export function findEntry(catalog: Catalog, entryId: string): CatalogEntry | null {
  return catalog.entries.find((entry) => entry.id === entryId) ?? null;
}
