// The one error type of the PEFT → GGUF LoRA converter: its message is one sentence naming the problem.

export type PeftConversionErrorCode =
  /** A file or folder is missing or cannot be read or written. */
  | 'io'
  /** adapter_config.json is missing fields, malformed or inconsistent. */
  | 'invalid-config'
  /** The adapter uses a PEFT feature a GGUF LoRA cannot represent (DoRA, modules_to_save, …). */
  | 'unsupported'
  /** adapter_model.safetensors is truncated, corrupt or holds unexpected tensors or values. */
  | 'invalid-weights'
  /** The adapter does not fit the chosen base model. */
  | 'base-mismatch';

export class PeftConversionError extends Error {
  override readonly name = 'PeftConversionError';

  constructor(
    message: string,
    readonly code: PeftConversionErrorCode = 'invalid-config',
  ) {
    super(message);
  }
}
