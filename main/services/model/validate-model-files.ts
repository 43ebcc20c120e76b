// Checks a model file and an optional LoRA file before any native load: header, architecture, tensor shapes
// against the hyper-parameters, the adapter against its base, NaN/Inf weights. A wrong, truncated or hostile
// file gets a message that names the file and the problem instead of reaching llama.cpp.
import { basename } from 'node:path';
import { readGgufHeader } from '../gguf/gguf-reader';
import { GgufFormatError } from '../gguf/gguf-format-error';
import type { GgufHeader } from '../gguf/gguf-header';
import { FileCheckError } from './file-check-error';
import { readLlamaShape } from './llama-shape';
import { checkLlamaTensors } from './llama-tensor-checks';
import { checkLoraAgainstBase, type LoraSummary } from './lora-checks';
import { isSupportedArchitecture, unsupportedArchitectureMessage } from './supported-architectures';
import { findNonFiniteValue, type NonFiniteValue, type ScanTarget } from './tensor-value-scan';

export type ModelFileKind = 'model' | 'lora';

export class ModelFileError extends Error {
  override readonly name = 'ModelFileError';
  constructor(
    readonly kind: ModelFileKind,
    readonly notFound: boolean,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Models are too large to scan whole on every load, so this samples: every 1-D tensor (the norms, which
 * converters keep in F32 and which turn every output into NaN when broken) in full, and the first
 * 256 KiB of the embedding, output and first attention matrices. F32, F16, BF16 and Q8_0 data is checked.
 */
const MODEL_SAMPLE_BYTES = 256 * 1024;
const MODEL_SAMPLED_MATRICES = ['token_embd.weight', 'output.weight', 'blk.0.attn_q.weight'];

function label(kind: ModelFileKind, path: string): string {
  return `${kind === 'model' ? 'Model file' : 'LoRA adapter file'} ${path}`;
}

/** Runs `check`, turning every file problem it raises into a ModelFileError naming the file. */
async function checked<T>(kind: ModelFileKind, path: string, check: () => Promise<T> | T): Promise<T> {
  try {
    return await check();
  } catch (error) {
    if (error instanceof GgufFormatError) {
      throw new ModelFileError(kind, error.code === 'not-found', `${label(kind, path)}: ${error.reason}`);
    }
    if (error instanceof FileCheckError)
      throw new ModelFileError(kind, false, `${label(kind, path)}: ${error.message}`);
    throw error;
  }
}

/** Resolves with the header of a usable llama model; throws ModelFileError otherwise. */
export async function validateModelFile(modelPath: string): Promise<GgufHeader> {
  const model = await checked('model', modelPath, () => readGgufHeader(modelPath));
  await checked('model', modelPath, async () => {
    if (model.fileKind === 'adapter') {
      throw new ModelFileError(
        'model',
        false,
        `Model file ${modelPath} is a LoRA adapter, not a model. Choose the base model here and the adapter as the LoRA file.`,
      );
    }
    const architecture = model.architecture;
    if (architecture === undefined) {
      throw new FileCheckError('general.architecture is missing; it is not a usable model');
    }
    if (!isSupportedArchitecture(architecture)) throw new FileCheckError(unsupportedArchitectureMessage(architecture));
    if (model.tensors.length === 0) throw new FileCheckError('contains no tensors (weights)');
    checkLlamaTensors(model, readLlamaShape(model, architecture));
    const targets: ScanTarget[] = [
      ...model.tensors.filter((tensor) => tensor.dims.length === 1).map((tensor) => ({ tensor })),
      ...model.tensors
        .filter((tensor) => MODEL_SAMPLED_MATRICES.includes(tensor.name))
        .map((tensor) => ({ tensor, maxBytes: MODEL_SAMPLE_BYTES })),
    ];
    throwIfNonFinite(await findNonFiniteValue(modelPath, model, targets), 'the file is corrupt');
  });
  return model;
}

/** Resolves when the adapter at `loraPath` fits `base` and holds only finite weights (all of them are scanned). */
export async function validateLoraFile(
  loraPath: string,
  base: GgufHeader,
  basePath: string,
): Promise<{ header: GgufHeader; summary: LoraSummary }> {
  const lora = await checked('lora', loraPath, () => readGgufHeader(loraPath));
  return checked('lora', loraPath, async () => {
    const summary = checkLoraAgainstBase(lora, base, `the base model ${basename(basePath)}`);
    const targets = summary.pairs.flatMap((pair) => [{ tensor: pair.a }, { tensor: pair.b }]);
    throwIfNonFinite(
      await findNonFiniteValue(loraPath, lora, targets),
      'the adapter is corrupt or its training diverged',
    );
    return { header: lora, summary };
  });
}

function throwIfNonFinite(found: NonFiniteValue | null, consequence: string): void {
  if (found === null) return;
  const what = Number.isNaN(found.value) ? 'NaN' : String(found.value);
  throw new FileCheckError(`tensor '${found.tensor}' contains ${what} (element ${found.index}); ${consequence}`);
}

/** Throws ModelFileError naming the file and the problem; resolves with both headers when usable. */
export async function validateModelFiles(
  modelPath: string,
  loraPath: string | null,
): Promise<{ model: GgufHeader; lora: GgufHeader | null }> {
  const model = await validateModelFile(modelPath);
  if (!loraPath) return { model, lora: null };
  const { header } = await validateLoraFile(loraPath, model, modelPath);
  return { model, lora: header };
}
