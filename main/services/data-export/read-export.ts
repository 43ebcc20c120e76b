// Reads a data.json from "Export all my data" back: any version this app wrote, as the current shape (what a
// version did not have yet is empty), and a newer one refused, since its meaning cannot be known here.
import { ApiError } from '../../../preload/contract/envelope';
import { EXPORT_FORMAT_VERSION, READABLE_EXPORT_FORMAT_VERSIONS, type ExportedData } from './export-format';

export interface ReadExport {
  data: ExportedData;
  /** The version the file was written in (data.formatVersion is the current one). */
  fromVersion: number;
}

const LISTS = ['conversations', 'decks', 'reviewLogs', 'evaluationRuns'] as const;
/** Lists each version added; an older file has none of them. */
const ADDED_LISTS: Record<number, readonly (keyof ExportedData)[]> = {
  2: ['noteTypes', 'notes', 'mediaNames', 'media'],
  3: ['remoteServers'],
};
const ADDED_COUNTS = ['noteTypes', 'notes', 'media'] as const;

/** Parses `text` (a data.json); an ApiError('invalid_payload') says why a file cannot be read. */
export function readExportedData(text: string): ReadExport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ApiError('invalid_payload', 'This is not an export from this app: its data.json is not valid JSON.');
  }
  if (!isRecord(raw) || !('formatVersion' in raw)) {
    throw new ApiError('invalid_payload', 'This is not an export from this app: data.json has no format version.');
  }
  const version = raw.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ApiError('invalid_payload', `This export has an unknown format version (${JSON.stringify(version)}).`);
  }
  if (version > EXPORT_FORMAT_VERSION) {
    throw new ApiError(
      'invalid_payload',
      `This export was written by a newer version of the app (format ${version}); this one reads formats up to ` +
        `${EXPORT_FORMAT_VERSION}. Update the app, then open it again.`,
    );
  }
  if (!READABLE_EXPORT_FORMAT_VERSIONS.includes(version)) {
    throw new ApiError('invalid_payload', `This export's format version ${version} cannot be read.`);
  }
  for (const list of LISTS) requireList(raw, list);
  return { data: upgrade(raw, version), fromVersion: version };
}

/** The file as the current version: the lists and counts later versions added, empty; conversations' engine, null. */
function upgrade(raw: Record<string, unknown>, version: number): ExportedData {
  const data: Record<string, unknown> = { ...raw, formatVersion: EXPORT_FORMAT_VERSION };
  for (const [added, lists] of Object.entries(ADDED_LISTS)) {
    for (const list of lists) {
      if (version < Number(added)) data[list] = [];
      else requireList(raw, list);
    }
  }
  const counts = isRecord(raw.counts) ? { ...raw.counts } : {};
  if (version < 2) for (const count of ADDED_COUNTS) counts[count] = 0;
  data.counts = counts;
  if (version < 3) {
    // Before servers, every conversation was answered on this computer.
    data.conversations = (raw.conversations as unknown[]).map((conversation) =>
      isRecord(conversation) ? { ...conversation, engine: null } : conversation,
    );
  }
  return data as unknown as ExportedData;
}

function requireList(raw: Record<string, unknown>, key: string): void {
  if (!Array.isArray(raw[key])) {
    throw new ApiError('invalid_payload', `This export is damaged: "${key}" is missing or not a list.`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
