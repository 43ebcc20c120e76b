// A parsed GGUF header with typed accessors for its metadata.

import { GgufFormatError } from './gguf-format-error';
import type { GgufTensorInfo, ParsedGgufHeader } from './gguf-header-parser';
import type { GgufValue } from './gguf-types';

export class GgufHeader implements ParsedGgufHeader {
  readonly version: number;
  readonly metadata: ReadonlyMap<string, GgufValue>;
  readonly tensors: readonly GgufTensorInfo[];
  readonly alignment: number;
  readonly dataOffset: number;
  readonly dataEnd: number;
  readonly fileSize: number;

  constructor(parsed: ParsedGgufHeader) {
    this.version = parsed.version;
    this.metadata = parsed.metadata;
    this.tensors = parsed.tensors;
    this.alignment = parsed.alignment;
    this.dataOffset = parsed.dataOffset;
    this.dataEnd = parsed.dataEnd;
    this.fileSize = parsed.fileSize;
  }

  /** `general.architecture`, e.g. "llama"; undefined when absent. */
  get architecture(): string | undefined {
    return this.getString('general.architecture');
  }

  /** `general.name`; undefined when absent. */
  get modelName(): string | undefined {
    return this.getString('general.name');
  }

  /** `general.type` ("model", "adapter", ...); llama.cpp treats a missing value as a model. */
  get fileKind(): string | undefined {
    return this.getString('general.type');
  }

  /** The string at `key`; undefined when absent; GgufFormatError when it holds another type. */
  getString(key: string): string | undefined {
    const value = this.metadata.get(key);
    if (value === undefined) return undefined;
    if (value.type !== 'string') throw wrongType(key, 'a string', value);
    return value.value;
  }

  /** Any numeric scalar at `key` as a number (64-bit integers must be exactly representable). */
  getNumber(key: string): number | undefined {
    const value = this.metadata.get(key);
    if (value === undefined) return undefined;
    switch (value.type) {
      case 'uint64':
      case 'int64': {
        const asNumber = Number(value.value);
        if (!Number.isSafeInteger(asNumber)) throw wrongType(key, 'a number that fits a double', value);
        return asNumber;
      }
      case 'array':
      case 'string':
      case 'bool':
        throw wrongType(key, 'a number', value);
      default:
        return value.value;
    }
  }

  getBoolean(key: string): boolean | undefined {
    const value = this.metadata.get(key);
    if (value === undefined) return undefined;
    if (value.type !== 'bool') throw wrongType(key, 'a bool', value);
    return value.value;
  }

  /** `<architecture>.<suffix>` as a number, e.g. getArchNumber("context_length"). */
  getArchNumber(suffix: string): number | undefined {
    const architecture = this.architecture;
    return architecture === undefined ? undefined : this.getNumber(`${architecture}.${suffix}`);
  }

  getTensor(name: string): GgufTensorInfo | undefined {
    return this.tensors.find((tensor) => tensor.name === name);
  }
}

function wrongType(key: string, expected: string, value: GgufValue): GgufFormatError {
  const actual = value.type === 'array' ? `an array of ${value.itemType}` : value.type;
  return new GgufFormatError('invalid', `invalid GGUF file: metadata '${key}' should be ${expected} but is ${actual}`);
}
