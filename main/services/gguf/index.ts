// Public surface of the project's GGUF writer/reader and synthetic llama model builders.

export { GgufFormatError, type GgufFormatErrorCode } from './gguf-format-error';
export { GgufHeader } from './gguf-header';
export {
  DEFAULT_GGUF_READ_LIMITS,
  parseGgufHeader,
  type GgufReadLimits,
  type GgufTensorInfo,
  type ParsedGgufHeader,
} from './gguf-header-parser';
export { readGgufHeader, type GgufReadOptions } from './gguf-reader';
export {
  writeGgufFile,
  type GgufTensorData,
  type GgufTensorInput,
  type GgufWriteInput,
  type GgufWriteResult,
} from './gguf-writer';
export type { GgufMetadataInput } from './gguf-header-encoder';
export * from './gguf-types';
export { decodeTensorBytes, type EncodableTypeName } from './tensor-encoding';
export { float16BitsToFloat32, float32ToFloat16Bits } from './float16';
export { buildLlamaSpmVocab, SPM_SPACE, type LlamaSpmVocabOptions, type LlamaVocab } from './llama-spm-vocab';
export {
  headDimension,
  llamaModelMetadata,
  llamaTensorSlots,
  randomLlamaWeights,
  TINYLLAMA_1_1B_HYPER_PARAMS,
  writeLlamaModel,
  type LlamaHyperParams,
  type LlamaModelSpec,
  type LlamaTensorRole,
  type LlamaTensorSlot,
  type LlamaTensorValues,
  type LlamaWeightSource,
} from './llama-model-builder';
export {
  llamaLoraTargets,
  loraTensorSlots,
  writeLoraAdapter,
  type LoraAdapterSpec,
  type LoraTarget,
  type LoraTensorSlot,
} from './lora-adapter-builder';
export { deriveSeed, SeededRandom } from './seeded-random';
export {
  TINY_LLAMA_BIAS_CHANNEL,
  TINY_LLAMA_HYPER_PARAMS,
  TINY_LLAMA_LORA,
  tinyLlamaModel,
  type TinyLlamaModel,
  type TinyLlamaRecipe,
} from './tiny-llama-model';
