// GGUF format constants, value/tensor type codes and the value model shared by the writer and the reader.

export const GGUF_MAGIC = 'GGUF';
export const GGUF_WRITE_VERSION = 3;
export const GGUF_READABLE_VERSIONS: readonly number[] = [2, 3];
export const GGUF_DEFAULT_ALIGNMENT = 32;
/** llama.cpp's GGML_MAX_DIMS: a tensor has 1 to 4 dimensions. */
export const GGML_MAX_DIMS = 4;
/** llama.cpp's GGML_MAX_NAME: tensor names must be shorter than this many bytes. */
export const GGML_MAX_NAME = 64;

/** On-disk codes of GGUF metadata value types. */
export const GgufValueTypeCode = {
  uint8: 0,
  int8: 1,
  uint16: 2,
  int16: 3,
  uint32: 4,
  int32: 5,
  float32: 6,
  bool: 7,
  string: 8,
  array: 9,
  uint64: 10,
  int64: 11,
  float64: 12,
} as const;

export type GgufNumberTypeName = 'uint8' | 'int8' | 'uint16' | 'int16' | 'uint32' | 'int32' | 'float32' | 'float64';
export type GgufBigIntTypeName = 'uint64' | 'int64';
export type GgufScalarTypeName = GgufNumberTypeName | GgufBigIntTypeName | 'bool' | 'string';

export type GgufScalarValue =
  | { readonly type: GgufNumberTypeName; readonly value: number }
  | { readonly type: GgufBigIntTypeName; readonly value: bigint }
  | { readonly type: 'bool'; readonly value: boolean }
  | { readonly type: 'string'; readonly value: string };

/** Arrays hold scalars of one type; nested arrays are rejected, as llama.cpp does. */
export type GgufArrayValue =
  | { readonly type: 'array'; readonly itemType: GgufNumberTypeName; readonly value: readonly number[] }
  | { readonly type: 'array'; readonly itemType: GgufBigIntTypeName; readonly value: readonly bigint[] }
  | { readonly type: 'array'; readonly itemType: 'bool'; readonly value: readonly boolean[] }
  | { readonly type: 'array'; readonly itemType: 'string'; readonly value: readonly string[] };

export type GgufValue = GgufScalarValue | GgufArrayValue;

export function ggufValueTypeName(code: number): keyof typeof GgufValueTypeCode | undefined {
  for (const [name, value] of Object.entries(GgufValueTypeCode)) {
    if (value === code) return name as keyof typeof GgufValueTypeCode;
  }
  return undefined;
}

/** Byte width of fixed-size scalar types (strings are variable). */
export const GGUF_SCALAR_BYTE_WIDTH: Readonly<Record<Exclude<GgufScalarTypeName, 'string'>, number>> = {
  uint8: 1,
  int8: 1,
  uint16: 2,
  int16: 2,
  uint32: 4,
  int32: 4,
  float32: 4,
  bool: 1,
  uint64: 8,
  int64: 8,
  float64: 8,
};

/** ggml tensor type codes (ggml.h `enum ggml_type`). */
export const GgmlType = {
  F32: 0,
  F16: 1,
  Q4_0: 2,
  Q4_1: 3,
  Q5_0: 6,
  Q5_1: 7,
  Q8_0: 8,
  Q8_1: 9,
  Q2_K: 10,
  Q3_K: 11,
  Q4_K: 12,
  Q5_K: 13,
  Q6_K: 14,
  Q8_K: 15,
  IQ2_XXS: 16,
  IQ2_XS: 17,
  IQ3_XXS: 18,
  IQ1_S: 19,
  IQ4_NL: 20,
  IQ3_S: 21,
  IQ2_S: 22,
  IQ4_XS: 23,
  I8: 24,
  I16: 25,
  I32: 26,
  I64: 27,
  F64: 28,
  IQ1_M: 29,
  BF16: 30,
  TQ1_0: 34,
  TQ2_0: 35,
  MXFP4: 39,
  NVFP4: 40,
  Q1_0: 41,
  Q2_0: 42,
} as const;

export type GgmlTypeName = keyof typeof GgmlType;
export type GgmlTypeCode = (typeof GgmlType)[GgmlTypeName];

/**
 * Elements per block and bytes per block of each type. Verified against the ggml
 * bundled with node-llama-cpp 3.21.1 (getBlockSizeForGgmlType / getTypeSizeForGgmlType).
 */
export const GGML_TYPE_TRAITS: Readonly<
  Record<GgmlTypeName, { readonly blockSize: number; readonly typeSize: number }>
> = {
  F32: { blockSize: 1, typeSize: 4 },
  F16: { blockSize: 1, typeSize: 2 },
  Q4_0: { blockSize: 32, typeSize: 18 },
  Q4_1: { blockSize: 32, typeSize: 20 },
  Q5_0: { blockSize: 32, typeSize: 22 },
  Q5_1: { blockSize: 32, typeSize: 24 },
  Q8_0: { blockSize: 32, typeSize: 34 },
  Q8_1: { blockSize: 32, typeSize: 36 },
  Q2_K: { blockSize: 256, typeSize: 84 },
  Q3_K: { blockSize: 256, typeSize: 110 },
  Q4_K: { blockSize: 256, typeSize: 144 },
  Q5_K: { blockSize: 256, typeSize: 176 },
  Q6_K: { blockSize: 256, typeSize: 210 },
  Q8_K: { blockSize: 256, typeSize: 292 },
  IQ2_XXS: { blockSize: 256, typeSize: 66 },
  IQ2_XS: { blockSize: 256, typeSize: 74 },
  IQ3_XXS: { blockSize: 256, typeSize: 98 },
  IQ1_S: { blockSize: 256, typeSize: 50 },
  IQ4_NL: { blockSize: 32, typeSize: 18 },
  IQ3_S: { blockSize: 256, typeSize: 110 },
  IQ2_S: { blockSize: 256, typeSize: 82 },
  IQ4_XS: { blockSize: 256, typeSize: 136 },
  I8: { blockSize: 1, typeSize: 1 },
  I16: { blockSize: 1, typeSize: 2 },
  I32: { blockSize: 1, typeSize: 4 },
  I64: { blockSize: 1, typeSize: 8 },
  F64: { blockSize: 1, typeSize: 8 },
  IQ1_M: { blockSize: 256, typeSize: 56 },
  BF16: { blockSize: 1, typeSize: 2 },
  TQ1_0: { blockSize: 256, typeSize: 54 },
  TQ2_0: { blockSize: 256, typeSize: 66 },
  MXFP4: { blockSize: 32, typeSize: 17 },
  NVFP4: { blockSize: 64, typeSize: 36 },
  Q1_0: { blockSize: 128, typeSize: 18 },
  Q2_0: { blockSize: 64, typeSize: 18 },
};

export function ggmlTypeName(code: number): GgmlTypeName | undefined {
  for (const [name, value] of Object.entries(GgmlType)) {
    if (value === code) return name as GgmlTypeName;
  }
  return undefined;
}

/** llama.cpp `enum llama_token_type` values stored in tokenizer.ggml.token_type. */
export const LlamaTokenType = {
  undefined: 0,
  normal: 1,
  unknown: 2,
  control: 3,
  userDefined: 4,
  unused: 5,
  byte: 6,
} as const;

/** llama.cpp `enum llama_ftype` values for general.file_type. */
export const LlamaFileType = {
  ALL_F32: 0,
  MOSTLY_F16: 1,
  MOSTLY_Q8_0: 7,
} as const;
