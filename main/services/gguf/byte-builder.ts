// A growable little-endian byte buffer for assembling GGUF headers in memory.

const textEncoder = new TextEncoder();

export class ByteBuilder {
  private buffer = new Uint8Array(4096);
  private view = new DataView(this.buffer.buffer);
  private length = 0;

  get size(): number {
    return this.length;
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  u8(value: number): void {
    this.reserve(1).setUint8(this.length - 1, value);
  }
  i8(value: number): void {
    this.reserve(1).setInt8(this.length - 1, value);
  }
  u16(value: number): void {
    this.reserve(2).setUint16(this.length - 2, value, true);
  }
  i16(value: number): void {
    this.reserve(2).setInt16(this.length - 2, value, true);
  }
  u32(value: number): void {
    this.reserve(4).setUint32(this.length - 4, value, true);
  }
  i32(value: number): void {
    this.reserve(4).setInt32(this.length - 4, value, true);
  }
  f32(value: number): void {
    this.reserve(4).setFloat32(this.length - 4, value, true);
  }
  f64(value: number): void {
    this.reserve(8).setFloat64(this.length - 8, value, true);
  }
  u64(value: bigint | number): void {
    this.reserve(8).setBigUint64(this.length - 8, BigInt(value), true);
  }
  i64(value: bigint | number): void {
    this.reserve(8).setBigInt64(this.length - 8, BigInt(value), true);
  }

  /** GGUF string: uint64 byte length, then UTF-8 bytes without a terminator. */
  string(value: string): void {
    const encoded = textEncoder.encode(value);
    this.u64(encoded.length);
    this.raw(encoded);
  }

  raw(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length - bytes.length);
  }

  zeros(count: number): void {
    // Bytes past `length` are always zero: the length only grows and grown buffers start zeroed.
    this.reserve(count);
  }

  /** Grows the buffer if needed, advances the length and returns the view to write through. */
  private reserve(count: number): DataView {
    const needed = this.length + count;
    if (needed > this.buffer.length) {
      let capacity = this.buffer.length * 2;
      while (capacity < needed) capacity *= 2;
      const grown = new Uint8Array(capacity);
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
      this.view = new DataView(grown.buffer);
    }
    this.length = needed;
    return this.view;
  }
}
