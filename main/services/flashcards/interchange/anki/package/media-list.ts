// The package's media list: which zip entry holds which media file. Legacy packages map entry
// names to file names in JSON ({"0": "heart.png"}); current ones list protobuf MediaEntries,
// zstd-compressed, where entry N is the file at zip entry "N".
import { InterchangeFormatError } from '../../errors';
import { decodeMediaEntries, decodeOrExplain } from './anki-protos';
import { unsafeMediaNameReason } from './media-names';

export interface MediaListItem {
  /** The zip entry holding the file ("0", "1", …). */
  entry: string;
  name: string;
  size: number | undefined;
  sha1: string | undefined;
}

function parseJsonMap(bytes: Uint8Array, label: string): MediaListItem[] {
  let map: unknown;
  try {
    map = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new InterchangeFormatError(`${label}'s media list is damaged (not valid JSON)`, { cause: error });
  }
  if (!map || typeof map !== 'object' || Array.isArray(map)) {
    throw new InterchangeFormatError(`${label}'s media list is damaged (not a JSON object)`);
  }
  return Object.entries(map).map(([entry, name]) => {
    if (!/^\d+$/.test(entry) || typeof name !== 'string') {
      throw new InterchangeFormatError(`${label}'s media list is damaged (entry "${entry}" is not a numbered file)`);
    }
    return { entry, name, size: undefined, sha1: undefined };
  });
}

function parseProtobuf(bytes: Uint8Array, label: string): MediaListItem[] {
  const entries = decodeOrExplain(`${label}'s media list`, () => decodeMediaEntries(bytes));
  return entries.map((item, index) => ({
    entry: String(index),
    name: item.name,
    size: item.size,
    sha1: item.sha1 ? Buffer.from(item.sha1).toString('hex') : undefined,
  }));
}

/** Parses and checks the media list: every name safe and listed once (NFC, as Anki stores names). */
export function parseMediaList(bytes: Uint8Array, format: 'json' | 'protobuf', label: string): MediaListItem[] {
  const items = format === 'json' ? parseJsonMap(bytes, label) : parseProtobuf(bytes, label);
  const seen = new Map<string, string>();
  for (const item of items) {
    const reason = unsafeMediaNameReason(item.name);
    if (reason) {
      throw new InterchangeFormatError(
        `${label} lists an unsafe media file name ${JSON.stringify(item.name)} (${reason}); refusing to open it`,
      );
    }
    item.name = item.name.normalize('NFC');
    const earlier = seen.get(item.name);
    if (earlier !== undefined) {
      throw new InterchangeFormatError(
        `${label} lists the media file "${item.name}" twice (entries ${earlier} and ${item.entry}); refusing to guess which one`,
      );
    }
    seen.set(item.name, item.entry);
  }
  return items;
}
