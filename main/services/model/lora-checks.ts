// Checks a GGUF LoRA adapter against the base model it will be applied to, as llama.cpp's
// llama_adapter_lora_init does, but before any native code sees it and with messages that name the tensor and dimension.
import type { GgufHeader } from '../gguf/gguf-header';
import type { GgufTensorInfo } from '../gguf/gguf-header-parser';
import { FileCheckError } from './file-check-error';
import { checkWeightType, formatDims } from './llama-tensor-checks';
import { isSupportedArchitecture, unsupportedArchitectureMessage } from './supported-architectures';

export interface LoraPair {
  /** The base model tensor the pair modifies, e.g. "blk.0.attn_q.weight". */
  readonly target: string;
  readonly a: GgufTensorInfo;
  readonly b: GgufTensorInfo;
  readonly rank: number;
}

export interface LoraSummary {
  readonly alpha: number;
  readonly pairs: readonly LoraPair[];
}

/** Metadata checks that need no base: this is a LoRA adapter llama.cpp can read without aborting. */
export function checkLoraMetadata(lora: GgufHeader): number {
  const kind = lora.fileKind;
  if (kind !== 'adapter') {
    throw new FileCheckError(
      `not a GGUF LoRA adapter: general.type is ${kind === undefined ? 'missing' : `'${kind}'`}, not 'adapter', ` +
        'so this is a model. Choose it as the model instead (PEFT adapter folders are imported and converted).',
    );
  }
  const adapterType = lora.getString('adapter.type');
  if (adapterType !== 'lora') {
    throw new FileCheckError(
      adapterType === undefined
        ? 'adapter.type is missing; a LoRA adapter has adapter.type "lora"'
        : `adapter.type is '${adapterType}'; only LoRA adapters are supported`,
    );
  }
  const architecture = lora.architecture;
  if (architecture === undefined) throw new FileCheckError('general.architecture is missing');
  if (!isSupportedArchitecture(architecture)) throw new FileCheckError(unsupportedArchitectureMessage(architecture));
  // llama.cpp reads alpha with gguf_get_val_f32, which aborts the process when the value has another type.
  const alpha = lora.metadata.get('adapter.lora.alpha');
  if (alpha === undefined) throw new FileCheckError('adapter.lora.alpha (the LoRA scaling numerator) is missing');
  if (alpha.type !== 'float32') throw new FileCheckError(`adapter.lora.alpha must be a float32, not ${alpha.type}`);
  if (!Number.isFinite(alpha.value) || alpha.value < 0) {
    throw new FileCheckError(`adapter.lora.alpha is ${alpha.value}; expected a finite, non-negative number`);
  }
  return alpha.value;
}

/** Throws FileCheckError for the first problem; returns the pairs when the adapter fits `base`. */
export function checkLoraAgainstBase(lora: GgufHeader, base: GgufHeader, baseLabel: string): LoraSummary {
  const alpha = checkLoraMetadata(lora);
  if (lora.architecture !== base.architecture) {
    throw new FileCheckError(
      `the adapter is for architecture '${lora.architecture}' but ${baseLabel} is '${base.architecture ?? 'unknown'}'`,
    );
  }
  const pairs = collectPairs(lora).map((pair) => checkPair(pair, base, baseLabel));
  return { alpha, pairs };
}

interface PartialPair {
  target: string;
  a?: GgufTensorInfo;
  b?: GgufTensorInfo;
}

function collectPairs(lora: GgufHeader): { target: string; a: GgufTensorInfo; b: GgufTensorInfo }[] {
  const pairs = new Map<string, PartialPair>();
  for (const tensor of lora.tensors) {
    const match = /^(.+)\.lora_([ab])$/.exec(tensor.name);
    if (match === null) {
      // llama.cpp skips norm vectors in adapters; anything else makes it refuse the file.
      if (tensor.name.endsWith('_norm.weight')) continue;
      throw new FileCheckError(`tensor '${tensor.name}' is neither a .lora_a nor a .lora_b tensor`);
    }
    const [, target = '', part] = match;
    const pair = pairs.get(target) ?? { target };
    if (part === 'a') pair.a = tensor;
    else pair.b = tensor;
    pairs.set(target, pair);
  }
  if (pairs.size === 0) throw new FileCheckError('the adapter contains no LoRA tensors (.lora_a/.lora_b)');
  return [...pairs.values()].map(({ target, a, b }) => {
    if (a === undefined || b === undefined) {
      const missing = `${target}.lora_${a === undefined ? 'a' : 'b'}`;
      throw new FileCheckError(`the LoRA pair for '${target}' is incomplete: '${missing}' is missing`);
    }
    return { target, a, b };
  });
}

/**
 * lora_a is [n_in, r] and lora_b is [r, n_out] for a base [n_in, n_out]. token_embd is the exception:
 * there A and B are swapped (llama.cpp's llm_build_inp_embd), so b is [r, n_embd] and a is [r, n_vocab].
 */
function checkPair(
  pair: { target: string; a: GgufTensorInfo; b: GgufTensorInfo },
  base: GgufHeader,
  baseLabel: string,
): LoraPair {
  const { target, a, b } = pair;
  const baseTensor = base.getTensor(target);
  if (baseTensor === undefined) {
    throw new FileCheckError(
      `the adapter modifies '${target}', which does not exist in ${baseLabel} (the adapter was made for another base model)`,
    );
  }
  for (const part of [a, b]) {
    if (part.dims.length !== 2) {
      throw new FileCheckError(`'${part.name}' has shape ${formatDims(part.dims)}; LoRA tensors are 2-dimensional`);
    }
    checkWeightType(part);
  }
  const [a0 = 0, a1 = 0] = a.dims;
  const [b0 = 0, b1 = 0] = b.dims;
  const [base0 = 0, base1 = 0] = baseTensor.dims;
  const mismatch = (what: string) =>
    new FileCheckError(
      `${what} (base '${target}' is ${formatDims(baseTensor.dims)} in ${baseLabel}): the adapter was made for another base model`,
    );
  if (target.endsWith('token_embd.weight')) {
    if (b1 !== base0) throw mismatch(`'${b.name}' ne1 is ${b1} but the base's ne0 is ${base0}`);
    if (a1 !== base1) throw mismatch(`'${a.name}' ne1 is ${a1} but the base's ne1 is ${base1}`);
    if (a0 !== b0) throw new FileCheckError(`rank mismatch in '${target}': lora_a ne0 is ${a0}, lora_b ne0 is ${b0}`);
    return { target, a, b, rank: a0 };
  }
  if (a0 !== base0) throw mismatch(`'${a.name}' ne0 is ${a0} but the base's ne0 is ${base0}`);
  if (b1 !== base1) throw mismatch(`'${b.name}' ne1 is ${b1} but the base's ne1 is ${base1}`);
  if (a1 !== b0) {
    throw new FileCheckError(
      `rank mismatch in '${target}': lora_a ne1 is ${a1} but lora_b ne0 is ${b0} (they must both be the rank)`,
    );
  }
  if (a1 === 0) throw new FileCheckError(`'${a.name}' has rank 0`);
  return { target, a, b, rank: a1 };
}
