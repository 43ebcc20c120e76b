// The model architectures this app accepts: those its checks, prompt profiles and PEFT converter understand.

/**
 * Only "llama": TinyLlama, Llama 2/3 and the many fine-tunes converted with llama.cpp report it. Other
 * architectures might load in llama.cpp, but nothing here (tensor checks, LoRA conversion) is verified for them.
 */
export const SUPPORTED_ARCHITECTURES: readonly string[] = ['llama'];

export function isSupportedArchitecture(architecture: string): boolean {
  return SUPPORTED_ARCHITECTURES.includes(architecture);
}

/** "architecture 'gpt2' is not supported; this app accepts llama models (TinyLlama, Llama 2/3 and their fine-tunes)" */
export function unsupportedArchitectureMessage(architecture: string): string {
  return `architecture '${architecture}' is not supported; this app accepts ${SUPPORTED_ARCHITECTURES.join(', ')} models (TinyLlama, Llama 2/3 and their fine-tunes)`;
}
