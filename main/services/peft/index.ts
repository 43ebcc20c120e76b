// Public surface of the PEFT LoRA → GGUF LoRA converter.

import { convertPeftLoraWith, type ConvertPeftLoraOptions, type ConvertPeftLoraResult } from './convert-peft-lora';

export { PeftConversionError, type PeftConversionErrorCode } from './peft-conversion-error';
export { readAdapterProvenance, PROVENANCE_KEYS } from './adapter-metadata';
export type { ConvertPeftLoraOptions, ConvertPeftLoraResult } from './convert-peft-lora';

/**
 * Converts the PEFT LoRA folder `peftDir` into a GGUF LoRA at `outPath` for the llama base `basePath`.
 * Throws PeftConversionError (one sentence naming the problem) for anything it cannot convert exactly.
 * The file appears at `outPath` only when complete (temp file + rename).
 */
export function convertPeftLora(options: ConvertPeftLoraOptions): Promise<ConvertPeftLoraResult> {
  return convertPeftLoraWith(options);
}
