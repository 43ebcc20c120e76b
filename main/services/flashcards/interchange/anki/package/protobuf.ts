// A minimal protobuf (proto3 wire format) reader for the few Anki messages the importer needs.
// Decoding is strict: truncated data, bad wire types, groups and invalid UTF-8 all throw.

export class ProtobufError extends Error {}

const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_LENGTH_DELIMITED = 2;
const WIRE_FIXED32 = 5;

interface RawField {
  number: number;
  wireType: number;
  /** The varint value (wire type 0); exact up to 2^53, which covers every field read here. */
  value: number;
  /** The payload (wire types 1, 2 and 5). */
  bytes: Uint8Array;
}

const EMPTY = new Uint8Array(0);
const utf8 = new TextDecoder('utf-8', { fatal: true });

function readVarint(bytes: Uint8Array, start: number): [value: number, next: number] {
  let value = 0;
  let scale = 1;
  for (let pos = start, i = 0; i < 10; i += 1, pos += 1) {
    const byte = bytes[pos];
    if (byte === undefined) throw new ProtobufError(`truncated varint at byte ${start}`);
    value += (byte & 0x7f) * scale;
    scale *= 128;
    if ((byte & 0x80) === 0) return [value, pos + 1];
  }
  throw new ProtobufError(`varint longer than 10 bytes at byte ${start}`);
}

function decodeFields(bytes: Uint8Array): RawField[] {
  const fields: RawField[] = [];
  let pos = 0;
  while (pos < bytes.length) {
    const at = pos;
    const [key, afterKey] = readVarint(bytes, pos);
    const number = Math.floor(key / 8);
    const wireType = key % 8;
    if (number === 0) throw new ProtobufError(`field number 0 at byte ${at}`);
    pos = afterKey;
    if (wireType === WIRE_VARINT) {
      const [value, next] = readVarint(bytes, pos);
      fields.push({ number, wireType, value, bytes: EMPTY });
      pos = next;
      continue;
    }
    let length: number;
    if (wireType === WIRE_LENGTH_DELIMITED) [length, pos] = readVarint(bytes, pos);
    else if (wireType === WIRE_FIXED64) length = 8;
    else if (wireType === WIRE_FIXED32) length = 4;
    else throw new ProtobufError(`unsupported wire type ${wireType} at byte ${at}`);
    if (pos + length > bytes.length) throw new ProtobufError(`field ${number} runs past the end (byte ${at})`);
    fields.push({ number, wireType, value: 0, bytes: bytes.subarray(pos, pos + length) });
    pos += length;
  }
  return fields;
}

/** One decoded message: typed access by field number, last value winning as in proto3. */
export class ProtoMessage {
  private readonly fields: RawField[];

  constructor(bytes: Uint8Array) {
    this.fields = decodeFields(bytes);
  }

  has(number: number): boolean {
    return this.fields.some((field) => field.number === number);
  }

  /** A varint field (uint32, int64, bool, enum); `fallback` when absent. */
  uint(number: number, fallback = 0): number {
    const field = this.last(number, WIRE_VARINT);
    return field ? field.value : fallback;
  }

  string(number: number, fallback = ''): string {
    const field = this.last(number, WIRE_LENGTH_DELIMITED);
    if (!field) return fallback;
    try {
      return utf8.decode(field.bytes);
    } catch {
      throw new ProtobufError(`field ${number} is not valid UTF-8 text`);
    }
  }

  bytes(number: number): Uint8Array {
    return this.last(number, WIRE_LENGTH_DELIMITED)?.bytes ?? EMPTY;
  }

  /** Every occurrence of a repeated message field, decoded. */
  messages(number: number): ProtoMessage[] {
    return this.all(number, WIRE_LENGTH_DELIMITED).map((field) => new ProtoMessage(field.bytes));
  }

  private all(number: number, wireType: number): RawField[] {
    const found = this.fields.filter((field) => field.number === number);
    const wrong = found.find((field) => field.wireType !== wireType);
    if (wrong) throw new ProtobufError(`field ${number} has wire type ${wrong.wireType}, expected ${wireType}`);
    return found;
  }

  private last(number: number, wireType: number): RawField | undefined {
    return this.all(number, wireType).at(-1);
  }
}
