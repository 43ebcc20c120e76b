// Streams a GGUF v3 file to disk (temp file, then rename): header, aligned tensor data, chunk by chunk.

import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { encodeGgufHeader, type GgufMetadataInput, type PlacedTensor } from './gguf-header-encoder';
import { elementCount } from './gguf-tensor-size';
import type { GgmlTypeName } from './gguf-types';
import { createTensorEncoder, type EncodableTypeName } from './tensor-encoding';

/**
 * Tensor contents:
 * - Float32Array: all values at once (encoded to the tensor's type),
 * - a function returning an iterable of Float32Array chunks: values produced lazily, so a
 *   gigabyte-sized model never sits in memory,
 * - Uint8Array: bytes already in the tensor's on-disk type (any ggml type).
 */
export type GgufTensorData = Float32Array | Uint8Array | (() => Iterable<Float32Array>);

export interface GgufTensorInput {
  readonly name: string;
  /** GGUF order: ne0 (contiguous, innermost) first. A PyTorch [out, in] weight is [in, out]. */
  readonly dims: readonly number[];
  /** Float data can be written as F32, F16 or Q8_0; raw bytes as any type. */
  readonly type: GgmlTypeName;
  readonly data: GgufTensorData;
}

export interface GgufWriteInput {
  readonly metadata: GgufMetadataInput;
  readonly tensors: readonly GgufTensorInput[];
}

export interface GgufWriteResult {
  readonly path: string;
  readonly fileSize: number;
  readonly dataOffset: number;
  readonly alignment: number;
}

const SINK_BUFFER_BYTES = 8 * 1024 * 1024;

export async function writeGgufFile(path: string, input: GgufWriteInput): Promise<GgufWriteResult> {
  const header = encodeGgufHeader(input.metadata, input.tensors);
  await mkdir(dirname(path), { recursive: true });
  // Write beside the target and rename, so readers never see a half-written model.
  const tempPath = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await open(tempPath, 'w');
  try {
    const sink = new FileSink(handle);
    await sink.write(header.bytes);
    for (const [index, placed] of header.tensors.entries()) {
      const tensor = input.tensors[index];
      if (tensor === undefined) throw new Error('tensor list changed while writing');
      const start = sink.position;
      await writeTensorData(sink, placed, tensor.data);
      const written = sink.position - start;
      await sink.zeros(alignedSize(placed, header.alignment) - written);
    }
    await sink.flush();
    await handle.close();
    await rename(tempPath, path);
    return { path, fileSize: sink.position, dataOffset: header.dataOffset, alignment: header.alignment };
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(tempPath, { force: true });
    throw error;
  }
}

function alignedSize(tensor: PlacedTensor, alignment: number): number {
  const remainder = tensor.byteSize % alignment;
  return remainder === 0 ? tensor.byteSize : tensor.byteSize + alignment - remainder;
}

async function writeTensorData(sink: FileSink, tensor: PlacedTensor, data: GgufTensorData): Promise<void> {
  if (data instanceof Uint8Array) {
    if (data.byteLength !== tensor.byteSize) {
      throw new Error(`tensor '${tensor.name}': expected ${tensor.byteSize} bytes, got ${data.byteLength}`);
    }
    await sink.write(data);
    return;
  }
  if (tensor.type !== 'F32' && tensor.type !== 'F16' && tensor.type !== 'Q8_0') {
    throw new Error(`tensor '${tensor.name}': float data can only be written as F32, F16 or Q8_0, not ${tensor.type}`);
  }
  const encoder = createTensorEncoder(tensor.type satisfies EncodableTypeName);
  const expected = elementCount(tensor.dims);
  let received = 0;
  const chunks = data instanceof Float32Array ? [data] : data();
  for (const chunk of chunks) {
    received += chunk.length;
    if (received > expected) break;
    await sink.write(encoder.encode(chunk));
  }
  if (received !== expected) {
    throw new Error(
      `tensor '${tensor.name}': expected ${expected} values, got ${received > expected ? 'more' : received}`,
    );
  }
  encoder.finish();
}

/** Coalesces small writes into large sequential ones; big writes go straight through. */
class FileSink {
  private readonly buffer = new Uint8Array(SINK_BUFFER_BYTES);
  private buffered = 0;
  private written = 0;

  constructor(private readonly handle: FileHandle) {}

  get position(): number {
    return this.written + this.buffered;
  }

  async write(bytes: Uint8Array): Promise<void> {
    if (bytes.byteLength > this.buffer.length - this.buffered) await this.flush();
    if (bytes.byteLength >= this.buffer.length / 2) {
      await this.writeFully(bytes);
      return;
    }
    this.buffer.set(bytes, this.buffered);
    this.buffered += bytes.byteLength;
  }

  async zeros(count: number): Promise<void> {
    if (count > 0) await this.write(new Uint8Array(count));
  }

  async flush(): Promise<void> {
    if (this.buffered === 0) return;
    const pending = this.buffer.subarray(0, this.buffered);
    this.buffered = 0;
    await this.writeFully(pending);
  }

  private async writeFully(bytes: Uint8Array): Promise<void> {
    let offset = 0;
    while (offset < bytes.byteLength) {
      const { bytesWritten } = await this.handle.write(bytes, offset, bytes.byteLength - offset, this.written);
      offset += bytesWritten;
      this.written += bytesWritten;
    }
  }
}
