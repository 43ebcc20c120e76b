// Walks the frame and block headers of zstd data (RFC 8878) without decompressing it. Node's
// decoder accepts a cut-off frame and returns what it had, so completeness is checked here,
// and frames that declare their content size can be refused before any memory is spent.

export class ZstdStructureError extends Error {}

export interface ZstdFrame {
  start: number;
  end: number;
  /** The content size the frame declares, or undefined when it leaves it out (streamed output). */
  declaredSize: number | undefined;
}

const FRAME_MAGIC = 0xfd2fb528;
const SKIPPABLE_MAGIC_MASK = 0xfffffff0;
const SKIPPABLE_MAGIC = 0x184d2a50;
const DICTIONARY_ID_BYTES = [0, 1, 2, 4];
const CONTENT_SIZE_BYTES = [0, 2, 4, 8];
const BLOCK_TYPE_RLE = 1;
const BLOCK_TYPE_RESERVED = 3;

class Cursor {
  pos = 0;
  constructor(private readonly view: DataView) {}

  need(count: number, what: string): void {
    if (this.pos + count > this.view.byteLength) throw new ZstdStructureError(`it is truncated (in ${what})`);
  }

  /** Little-endian unsigned integer of 1 to 8 bytes. */
  uint(count: number, what: string): number {
    this.need(count, what);
    let value = 0;
    for (let i = count - 1; i >= 0; i -= 1) value = value * 256 + this.view.getUint8(this.pos + i);
    this.pos += count;
    return value;
  }

  skip(count: number, what: string): void {
    this.need(count, what);
    this.pos += count;
  }

  get done(): boolean {
    return this.pos >= this.view.byteLength;
  }
}

/** Returns the declared content size of one frame (undefined when absent), leaving the cursor after it. */
function walkFrame(cursor: Cursor): number | undefined {
  const descriptor = cursor.uint(1, 'a frame header');
  const contentSizeFlag = descriptor >> 6;
  const singleSegment = (descriptor >> 5) & 1;
  if ((descriptor >> 3) & 1) throw new ZstdStructureError('a frame header has its reserved bit set');
  const hasChecksum = (descriptor >> 2) & 1;
  const dictionaryBytes = DICTIONARY_ID_BYTES[descriptor & 3] ?? 0;
  if (!singleSegment) cursor.skip(1, 'a frame header');
  const dictionaryId = dictionaryBytes > 0 ? cursor.uint(dictionaryBytes, 'a frame header') : 0;
  if (dictionaryId !== 0) throw new ZstdStructureError('it needs a compression dictionary');
  const contentSizeBytes = contentSizeFlag === 0 ? singleSegment : (CONTENT_SIZE_BYTES[contentSizeFlag] ?? 0);
  let declared: number | undefined;
  if (contentSizeBytes > 0) {
    declared = cursor.uint(contentSizeBytes, 'a frame header');
    if (contentSizeBytes === 2) declared += 256; // the 2-byte form is stored minus 256
  }
  for (let last = false; !last;) {
    const header = cursor.uint(3, 'a block header');
    last = (header & 1) === 1;
    const type = (header >> 1) & 3;
    if (type === BLOCK_TYPE_RESERVED) throw new ZstdStructureError('a block has the reserved type');
    cursor.skip(type === BLOCK_TYPE_RLE ? 1 : header >>> 3, 'a block');
  }
  if (hasChecksum) cursor.skip(4, 'a frame checksum');
  return declared;
}

/**
 * The data frames of `bytes` (skippable frames left out); throws ZstdStructureError unless it is
 * one or more complete zstd frames.
 */
export function inspectZstdFrames(bytes: Uint8Array): ZstdFrame[] {
  if (bytes.byteLength === 0) throw new ZstdStructureError('it is empty');
  const cursor = new Cursor(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const frames: ZstdFrame[] = [];
  while (!cursor.done) {
    const at = cursor.pos;
    const magic = cursor.uint(4, 'a frame magic number');
    if ((magic & SKIPPABLE_MAGIC_MASK) >>> 0 === SKIPPABLE_MAGIC) {
      cursor.skip(cursor.uint(4, 'a skippable frame'), 'a skippable frame');
      continue;
    }
    if (magic !== FRAME_MAGIC) throw new ZstdStructureError(`no zstd frame starts at byte ${at}`);
    const declaredSize = walkFrame(cursor);
    frames.push({ start: at, end: cursor.pos, declaredSize });
  }
  if (frames.length === 0) throw new ZstdStructureError('it holds no zstd frame');
  return frames;
}
