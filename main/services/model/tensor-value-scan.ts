// Finds NaN or infinite weights in a GGUF file's tensor data, reading in bounded chunks (never a whole model at once).
import { open } from 'node:fs/promises';
import { float16BitsToFloat32 } from '../gguf/float16';
import type { GgufHeader } from '../gguf/gguf-header';
import type { GgufTensorInfo } from '../gguf/gguf-header-parser';

export interface NonFiniteValue {
  readonly tensor: string;
  /** Index of the bad element (for Q8_0: of the first element of the block whose scale is bad). */
  readonly index: number;
  readonly value: number;
}

export interface ScanTarget {
  readonly tensor: GgufTensorInfo;
  /** Scan only the first bytes of this tensor; the whole tensor when omitted. */
  readonly maxBytes?: number;
}

/** Bytes per unit and how to test one unit. Q8_0's int8 quants are always finite; only its f16 scale can be NaN/Inf. */
interface UnitReader {
  readonly bytes: number;
  readonly elements: number;
  /** The unit's value when it is NaN or infinite, else undefined. */
  nonFinite(view: DataView, at: number): number | undefined;
}

const READERS: Readonly<Partial<Record<GgufTensorInfo['typeName'], UnitReader>>> = {
  F32: {
    bytes: 4,
    elements: 1,
    nonFinite: (view, at) => {
      const value = view.getFloat32(at, true);
      return Number.isFinite(value) ? undefined : value;
    },
  },
  F16: { bytes: 2, elements: 1, nonFinite: (view, at) => nonFiniteHalf(view.getUint16(at, true)) },
  BF16: {
    bytes: 2,
    elements: 1,
    nonFinite: (view, at) => {
      const bits = view.getUint16(at, true);
      if (((bits >>> 7) & 0xff) !== 0xff) return undefined;
      return (bits & 0x7f) !== 0 ? Number.NaN : bits & 0x8000 ? -Infinity : Infinity;
    },
  },
  Q8_0: { bytes: 34, elements: 32, nonFinite: (view, at) => nonFiniteHalf(view.getUint16(at, true)) },
};

function nonFiniteHalf(bits: number): number | undefined {
  return ((bits >>> 10) & 0x1f) === 0x1f ? float16BitsToFloat32(bits) : undefined;
}

/** Types whose values this scan can check (others are skipped). */
export function isScannableType(typeName: string): boolean {
  return Object.hasOwn(READERS, typeName);
}

const CHUNK_BYTES = 1 << 20;

/** The first NaN/Inf value in `targets` (in order), or null. Tensors of other types are skipped. */
export async function findNonFiniteValue(
  filePath: string,
  header: GgufHeader,
  targets: readonly ScanTarget[],
): Promise<NonFiniteValue | null> {
  const handle = await open(filePath, 'r');
  try {
    for (const { tensor, maxBytes } of targets) {
      const reader = READERS[tensor.typeName];
      if (reader === undefined) continue;
      const wanted = Math.min(tensor.byteSize, maxBytes ?? tensor.byteSize);
      const length = wanted - (wanted % reader.bytes);
      const chunkBytes = CHUNK_BYTES - (CHUNK_BYTES % reader.bytes);
      const buffer = new Uint8Array(Math.min(chunkBytes, Math.max(length, reader.bytes)));
      const start = header.dataOffset + tensor.offset;
      for (let done = 0; done < length;) {
        const size = Math.min(buffer.length, length - done);
        const { bytesRead } = await handle.read(buffer, 0, size, start + done);
        // The header check guarantees the data is in the file; a short read means it shrank meanwhile.
        if (bytesRead < size) throw new Error(`${filePath} changed while being checked (tensor '${tensor.name}')`);
        const view = new DataView(buffer.buffer, 0, size);
        for (let at = 0; at < size; at += reader.bytes) {
          const value = reader.nonFinite(view, at);
          if (value !== undefined) {
            return { tensor: tensor.name, index: ((done + at) / reader.bytes) * reader.elements, value };
          }
        }
        done += size;
      }
    }
    return null;
  } finally {
    await handle.close();
  }
}
