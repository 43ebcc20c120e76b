// Walks the frame and block headers of zstd data (RFC 8878) without decompressing it, whole or
// chunk by chunk. Node's decoder accepts a cut-off frame and returns what it had, and stops after
// the first frame, so completeness is checked here, frames are told apart for decoding one by
// one, and frames that declare their content size can be refused before any memory is spent.

export class ZstdStructureError extends Error {}

export interface ZstdFrame {
  start: number;
  end: number;
  /** The content size the frame declares, or undefined when it leaves it out (streamed output). */
  declaredSize: number | undefined;
}

/** Bytes of one data frame as they pass (skippable frames are left out). */
export interface ZstdSegment {
  bytes: Uint8Array;
  /** The frame's declared content size, on its first segment only (undefined when it declares none). */
  starts?: { declaredSize: number | undefined };
  /** This segment completes its frame. */
  ends: boolean;
}

const FRAME_MAGIC = 0xfd2fb528;
const FRAME_MAGIC_BYTES = Uint8Array.of(0x28, 0xb5, 0x2f, 0xfd);
const SKIPPABLE_MAGIC_MASK = 0xfffffff0;
const SKIPPABLE_MAGIC = 0x184d2a50;
const DICTIONARY_ID_BYTES = [0, 1, 2, 4];
const CONTENT_SIZE_BYTES = [0, 2, 4, 8];
const BLOCK_TYPE_RLE = 1;
const BLOCK_TYPE_RESERVED = 3;

type Step = 'magic' | 'skippableSize' | 'descriptor' | 'windowAndDictionary' | 'contentSize' | 'block' | 'checksum';

/** Little-endian unsigned integer of 1 to 8 bytes. */
function uint(bytes: Uint8Array, from = 0, count = bytes.length - from): number {
  let value = 0;
  for (let i = count - 1; i >= 0; i -= 1) value = value * 256 + (bytes[from + i] ?? 0);
  return value;
}

/** Feed it chunks with push(), then call end(); each throws ZstdStructureError on damage. */
export class ZstdFrameWalker {
  /** Completed data frames, with offsets from the start of the data. */
  readonly frames: ZstdFrame[] = [];
  private pos = 0;
  private step: Step = 'magic';
  private what = 'a frame magic number';
  private readonly field = new Uint8Array(16);
  private fieldNeed = 4;
  private fieldHave = 0;
  private skipLeft = 0;
  private afterSkip: () => void = () => undefined;
  private frame: ZstdFrame | null = null;
  private descriptor = 0;
  private pendingStart: ZstdSegment['starts'] | undefined;

  push(chunk: Uint8Array): ZstdSegment[] {
    const segments: ZstdSegment[] = [];
    let segmentFrom = this.frame ? 0 : -1;
    for (let i = 0; i < chunk.length;) {
      const inFrame = this.frame !== null;
      if (this.skipLeft > 0) {
        const n = Math.min(this.skipLeft, chunk.length - i);
        i += n;
        this.pos += n;
        this.skipLeft -= n;
        if (this.skipLeft === 0) this.afterSkip();
      } else {
        const n = Math.min(this.fieldNeed - this.fieldHave, chunk.length - i);
        this.field.set(chunk.subarray(i, i + n), this.fieldHave);
        this.fieldHave += n;
        i += n;
        this.pos += n;
        if (this.fieldHave === this.fieldNeed) this.onStep();
      }
      if (inFrame && this.frame === null) {
        segments.push({ bytes: chunk.subarray(segmentFrom, i), ends: true, ...this.takeStart() });
        segmentFrom = -1;
      } else if (!inFrame && this.frame !== null) {
        // The magic number was read while no frame was open: it goes out with the frame's first segment.
        segments.push({ bytes: FRAME_MAGIC_BYTES, ends: false });
        segmentFrom = i;
      }
    }
    if (segmentFrom >= 0 && segmentFrom < chunk.length) {
      segments.push({ bytes: chunk.subarray(segmentFrom), ends: false, ...this.takeStart() });
    }
    return segments;
  }

  /** Throws unless everything pushed was whole frames, at least one of them a data frame. */
  end(): void {
    if (this.pos === 0) throw new ZstdStructureError('it is empty');
    if (this.step !== 'magic' || this.fieldHave > 0 || this.skipLeft > 0) {
      throw new ZstdStructureError(`it is truncated (in ${this.what})`);
    }
    if (this.frames.length === 0) throw new ZstdStructureError('it holds no zstd frame');
  }

  private takeStart(): Pick<ZstdSegment, 'starts'> {
    const starts = this.pendingStart;
    this.pendingStart = undefined;
    return starts === undefined ? {} : { starts };
  }

  /** Collects `count` bytes for `step` (a step of no bytes runs at once). */
  private need(step: Step, count: number, what: string): void {
    this.step = step;
    this.what = what;
    this.fieldNeed = count;
    this.fieldHave = 0;
    if (count === 0) this.onStep();
  }

  /** Passes over `count` bytes, then runs `then`. */
  private skip(count: number, what: string, then: () => void): void {
    this.what = what;
    this.fieldNeed = 0;
    this.fieldHave = 0;
    this.skipLeft = count;
    this.afterSkip = then;
    if (count === 0) then();
  }

  private onStep(): void {
    const bytes = this.field.subarray(0, this.fieldNeed);
    switch (this.step) {
      case 'magic':
        return this.onMagic(uint(bytes) >>> 0);
      case 'skippableSize':
        return this.skip(uint(bytes), 'a skippable frame', () => this.need('magic', 4, 'a frame magic number'));
      case 'descriptor':
        return this.onDescriptor(bytes[0] ?? 0);
      case 'windowAndDictionary':
        return this.onDictionary(bytes);
      case 'contentSize':
        return this.onContentSize(bytes);
      case 'block':
        return this.onBlockHeader(uint(bytes));
      case 'checksum':
        return this.endFrame();
    }
  }

  private onMagic(magic: number): void {
    const at = this.pos - 4;
    if ((magic & SKIPPABLE_MAGIC_MASK) >>> 0 === SKIPPABLE_MAGIC) {
      this.need('skippableSize', 4, 'a skippable frame');
      return;
    }
    if (magic !== FRAME_MAGIC) throw new ZstdStructureError(`no zstd frame starts at byte ${at}`);
    this.frame = { start: at, end: at, declaredSize: undefined };
    this.need('descriptor', 1, 'a frame header');
  }

  private onDescriptor(descriptor: number): void {
    if ((descriptor >> 3) & 1) throw new ZstdStructureError('a frame header has its reserved bit set');
    this.descriptor = descriptor;
    const singleSegment = (descriptor >> 5) & 1;
    const dictionaryBytes = DICTIONARY_ID_BYTES[descriptor & 3] ?? 0;
    this.need('windowAndDictionary', (singleSegment ? 0 : 1) + dictionaryBytes, 'a frame header');
  }

  private onDictionary(bytes: Uint8Array): void {
    const dictionaryBytes = DICTIONARY_ID_BYTES[this.descriptor & 3] ?? 0;
    if (dictionaryBytes > 0 && uint(bytes, bytes.length - dictionaryBytes) !== 0) {
      throw new ZstdStructureError('it needs a compression dictionary');
    }
    const contentSizeFlag = this.descriptor >> 6;
    const singleSegment = (this.descriptor >> 5) & 1;
    const count = contentSizeFlag === 0 ? singleSegment : (CONTENT_SIZE_BYTES[contentSizeFlag] ?? 0);
    this.need('contentSize', count, 'a frame header');
  }

  private onContentSize(bytes: Uint8Array): void {
    let declared: number | undefined;
    if (bytes.length > 0) {
      declared = uint(bytes);
      if (bytes.length === 2) declared += 256; // the 2-byte form is stored minus 256
    }
    if (this.frame) this.frame.declaredSize = declared;
    this.pendingStart = { declaredSize: declared };
    this.need('block', 3, 'a block header');
  }

  private onBlockHeader(header: number): void {
    const last = (header & 1) === 1;
    const type = (header >> 1) & 3;
    if (type === BLOCK_TYPE_RESERVED) throw new ZstdStructureError('a block has the reserved type');
    const hasChecksum = (this.descriptor >> 2) & 1;
    this.skip(type === BLOCK_TYPE_RLE ? 1 : header >>> 3, 'a block', () => {
      if (!last) this.need('block', 3, 'a block header');
      else if (hasChecksum) this.need('checksum', 4, 'a frame checksum');
      else this.endFrame();
    });
  }

  private endFrame(): void {
    if (this.frame) this.frames.push({ ...this.frame, end: this.pos });
    this.frame = null;
    this.need('magic', 4, 'a frame magic number');
  }
}

/**
 * The data frames of `bytes` (skippable frames left out); throws ZstdStructureError unless it is
 * one or more complete zstd frames.
 */
export function inspectZstdFrames(bytes: Uint8Array): ZstdFrame[] {
  const walker = new ZstdFrameWalker();
  walker.push(bytes);
  walker.end();
  return walker.frames;
}
