// Checks a model file and an optional LoRA file from their GGUF headers before any native load,
// so a wrong, truncated or hostile file gets a message that names the problem instead of a crash.
import { readGgufHeader } from '../gguf/gguf-reader';
import { GgufFormatError } from '../gguf/gguf-format-error';
import type { GgufHeader } from '../gguf/gguf-header';

export class ModelFileError extends Error {
  override readonly name = 'ModelFileError';
  constructor(
    readonly kind: 'model' | 'lora',
    readonly notFound: boolean,
    message: string,
  ) {
    super(message);
  }
}

async function readHeader(kind: 'model' | 'lora', path: string): Promise<GgufHeader> {
  const label = kind === 'model' ? 'Model file' : 'LoRA adapter file';
  try {
    return await readGgufHeader(path);
  } catch (error) {
    if (error instanceof GgufFormatError) {
      throw new ModelFileError(kind, error.code === 'not-found', `${label} ${path}: ${error.reason}`);
    }
    throw error;
  }
}

/** Throws ModelFileError naming the file and the problem; resolves with both headers when usable. */
export async function validateModelFiles(
  modelPath: string,
  loraPath: string | null,
): Promise<{ model: GgufHeader; lora: GgufHeader | null }> {
  const model = await readHeader('model', modelPath);
  if (model.fileKind === 'adapter') {
    throw new ModelFileError(
      'model',
      false,
      `Model file ${modelPath} is a LoRA adapter, not a model. Choose the base model here and the adapter as the LoRA file.`,
    );
  }
  if (!model.architecture) {
    throw new ModelFileError(
      'model',
      false,
      `Model file ${modelPath} has no general.architecture; it is not a usable model.`,
    );
  }
  if (model.tensors.length === 0) {
    throw new ModelFileError('model', false, `Model file ${modelPath} contains no tensors (weights).`);
  }
  if (!loraPath) return { model, lora: null };

  const lora = await readHeader('lora', loraPath);
  if (lora.fileKind !== 'adapter') {
    throw new ModelFileError(
      'lora',
      false,
      `LoRA adapter file ${loraPath} is not a GGUF LoRA adapter (general.type is ${lora.fileKind ?? 'missing'}). PEFT folders must be converted first.`,
    );
  }
  if (lora.architecture && lora.architecture !== model.architecture) {
    throw new ModelFileError(
      'lora',
      false,
      `LoRA adapter ${loraPath} is for architecture ${lora.architecture}, but the model is ${model.architecture}.`,
    );
  }
  return { model, lora };
}
