// The Anki protobuf messages the reader needs, field numbers as in Anki's proto/anki/*.proto
// (import_export.proto, notetypes.proto, decks.proto). Unneeded fields are skipped.
import { InterchangeFormatError } from '../../errors';
import { ProtobufError, ProtoMessage } from './protobuf';

/** PackageMetadata.version: 1 = collection.anki2, 2 = collection.anki21, 3 = collection.anki21b. */
export function decodePackageVersion(bytes: Uint8Array): number {
  return new ProtoMessage(bytes).uint(1);
}

export interface MediaListEntry {
  name: string;
  /** Declared size and sha1; Anki writes both, older writers may leave them out. */
  size: number | undefined;
  sha1: Uint8Array | undefined;
}

/** MediaEntries { repeated MediaEntry entries = 1 }; MediaEntry { name = 1, size = 2, sha1 = 3 }. */
export function decodeMediaEntries(bytes: Uint8Array): MediaListEntry[] {
  return new ProtoMessage(bytes).messages(1).map((entry) => {
    const sha1 = entry.bytes(3);
    if (sha1.length !== 0 && sha1.length !== 20) throw new ProtobufError(`a sha1 of ${sha1.length} bytes`);
    return {
      name: entry.string(1),
      size: entry.has(2) ? entry.uint(2) : undefined,
      sha1: sha1.length === 20 ? sha1 : undefined,
    };
  });
}

export interface NotetypeConfig {
  /** Notetype.Config.Kind: 0 normal, 1 cloze. */
  kind: number;
  sortFieldIndex: number;
  css: string;
}

export function decodeNotetypeConfig(bytes: Uint8Array): NotetypeConfig {
  const message = new ProtoMessage(bytes);
  return { kind: message.uint(1), sortFieldIndex: message.uint(2), css: message.string(3) };
}

/** Notetype.Template.Config: q_format = 1, a_format = 2. */
export function decodeTemplateConfig(bytes: Uint8Array): { qfmt: string; afmt: string } {
  const message = new ProtoMessage(bytes);
  return { qfmt: message.string(1), afmt: message.string(2) };
}

/** Deck.KindContainer: oneof { Normal normal = 1; Filtered filtered = 2 }. */
export function decodeDeckIsFiltered(bytes: Uint8Array): boolean {
  return new ProtoMessage(bytes).has(2);
}

/** Runs a decoder, turning protobuf damage into a clear error that names what was being read. */
export function decodeOrExplain<T>(what: string, decode: () => T): T {
  try {
    return decode();
  } catch (error) {
    if (!(error instanceof ProtobufError)) throw error;
    throw new InterchangeFormatError(`${what} is damaged (not valid protobuf: ${error.message})`, { cause: error });
  }
}
