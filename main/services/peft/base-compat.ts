// Checks an adapter's targets against the chosen base GGUF and says exactly what does not match.

import type { GgufHeader } from '../gguf/gguf-header';
import { PeftConversionError } from './peft-conversion-error';

export interface AdapterTargetShape {
  /** e.g. "blk.3.attn_q.weight" */
  readonly baseTensor: string;
  readonly layer: number;
  /** Input width (lora_A's columns) and output width (lora_B's rows). */
  readonly inputs: number;
  readonly outputs: number;
}

export interface BaseModelFacts {
  readonly name: string | undefined;
  readonly architecture: string;
  readonly blockCount: number;
  readonly headCount: number;
  readonly headCountKv: number | undefined;
  readonly warnings: readonly string[];
}

const MAX_LISTED_PROBLEMS = 3;

/**
 * Throws PeftConversionError (base-mismatch) unless the base is a llama model holding every target tensor
 * with matching in/out widths; `baseModelName` (base_model_name_or_path) vs general.name is only a warning.
 */
export function checkAdapterFitsBase(
  header: GgufHeader,
  basePath: string,
  targets: readonly AdapterTargetShape[],
  baseModelName: string | null,
): BaseModelFacts {
  const fail = (message: string): never => {
    throw new PeftConversionError(message, 'base-mismatch');
  };
  if (header.fileKind === 'adapter') fail(`The base file ${basePath} is a LoRA adapter, not a model.`);
  const architecture = header.architecture;
  if (architecture !== 'llama') {
    fail(
      `The base model ${basePath} has architecture "${architecture ?? 'missing'}"; only llama models are supported.`,
    );
  }
  const blockCount = header.getArchNumber('block_count');
  const headCount = header.getArchNumber('attention.head_count');
  const headCountKv = header.getArchNumber('attention.head_count_kv');
  if (blockCount === undefined || headCount === undefined || headCount < 1) {
    return fail(`The base model ${basePath} lacks llama.block_count or llama.attention.head_count.`);
  }

  const problems: string[] = [];
  for (const target of targets) {
    if (target.layer >= blockCount) {
      problems.push(`the adapter adapts layer ${target.layer} but the base has only ${blockCount} layers`);
      continue;
    }
    const tensor = header.getTensor(target.baseTensor);
    if (tensor === undefined) {
      problems.push(`the base has no tensor ${target.baseTensor}`);
      continue;
    }
    const [baseInputs, baseOutputs] = tensor.dims;
    if (tensor.dims.length !== 2 || baseInputs !== target.inputs || baseOutputs !== target.outputs) {
      problems.push(
        `${target.baseTensor} is ${describeDims(tensor.dims)} in the base but the adapter's lora_A has ${target.inputs} inputs and lora_B ${target.outputs} outputs`,
      );
    }
  }
  if (problems.length > 0) {
    const unique = [...new Set(problems)];
    const listed = unique.slice(0, MAX_LISTED_PROBLEMS).join('; ');
    const more = unique.length > MAX_LISTED_PROBLEMS ? ` (and ${unique.length - MAX_LISTED_PROBLEMS} more)` : '';
    fail(`The adapter does not fit the base model ${basePath}: ${listed}${more}.`);
  }

  const warnings: string[] = [];
  const name = header.modelName;
  if (baseModelName && name && !namesLookAlike(baseModelName, name)) {
    warnings.push(
      `the adapter was trained on "${baseModelName}" but the base model is named "${name}"; the shapes fit, so it was converted anyway`,
    );
  }
  return { name, architecture: 'llama', blockCount, headCount, headCountKv, warnings };
}

function describeDims(dims: readonly number[]): string {
  if (dims.length !== 2) return `[${dims.join(', ')}]`;
  return `${dims[0]} inputs → ${dims[1]} outputs`;
}

/** "TinyLlama/TinyLlama-1.1B-Chat-v1.0" and "tinyllama_tinyllama-1.1b-chat-v1.0" look alike; "Llama-2-7b" does not. */
export function namesLookAlike(hubName: string, ggufName: string): boolean {
  const normalize = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
  const repo = normalize(hubName.split('/').at(-1) ?? hubName);
  const full = normalize(ggufName);
  if (repo === '' || full === '') return true;
  return full.includes(repo) || repo.includes(full);
}
