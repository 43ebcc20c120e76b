// Converts a PEFT LoRA folder (adapter_config.json + adapter_model.safetensors) to a llama.cpp GGUF LoRA.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { GgufFormatError } from '../gguf/gguf-format-error';
import type { GgufHeader } from '../gguf/gguf-header';
import { readGgufHeader } from '../gguf/gguf-reader';
import { writeGgufFile, type GgufTensorInput } from '../gguf/gguf-writer';
import { buildAdapterMetadata } from './adapter-metadata';
import { planAdapter, type PlannedLoraPair } from './adapter-plan';
import { checkAdapterFitsBase, type BaseModelFacts } from './base-compat';
import { parsePeftLoraConfig } from './peft-config';
import { PeftConversionError } from './peft-conversion-error';
import { LLAMA_ROLE_OF } from './peft-tensor-names';
import { permuteRopeRows, ropePermutationHeads } from './rope-permutation';
import { SafetensorsFile } from './safetensors-file';

export interface ConvertPeftLoraOptions {
  /** Folder with adapter_config.json and adapter_model.safetensors. */
  peftDir: string;
  /** The base model GGUF the adapter will be used with (only its header is read). */
  basePath: string;
  outPath: string;
  /** Where the adapter came from (URL or description), recorded in the GGUF; default: the folder. */
  source?: string;
  onProgress?: (fraction: number) => void;
}

export interface ConvertPeftLoraResult {
  outPath: string;
  /** GGUF tensors written (two per adapted module). */
  tensors: number;
  /** adapter_config.json's r. */
  rank: number;
  /** adapter.lora.alpha as written (llama.cpp applies alpha / rank per module). */
  alpha: number;
  /** Converted Hugging Face modules, e.g. ["q_proj", "v_proj"]. */
  targets: string[];
  warnings: string[];
}

/** Test-only switches; the public convertPeftLora never sets them. */
export interface ConversionInternals {
  /** Deliberately wrong: leave q's lora_B in Hugging Face row order (the correctness test must catch it). */
  readonly skipQPermutation?: boolean;
}

const CONFIG_FILE = 'adapter_config.json';
const WEIGHTS_FILE = 'adapter_model.safetensors';
const MAX_CONFIG_BYTES = 1024 * 1024;

export async function convertPeftLoraWith(
  options: ConvertPeftLoraOptions,
  internals: ConversionInternals = {},
): Promise<ConvertPeftLoraResult> {
  const peftDir = resolve(options.peftDir);
  const basePath = resolve(options.basePath);
  const outPath = resolve(options.outPath);
  if (outPath === basePath) throw new PeftConversionError('The output file must not be the base model file.', 'io');
  await requireFolder(peftDir);
  const config = parsePeftLoraConfig(await readConfigJson(peftDir), CONFIG_FILE);
  const weightsPath = join(peftDir, WEIGHTS_FILE);
  await requireWeightsFile(peftDir, weightsPath);

  const weights = SafetensorsFile.open(weightsPath, WEIGHTS_FILE);
  try {
    const plan = planAdapter(config, weights.tensors, WEIGHTS_FILE);
    const header = await readBaseHeader(basePath);
    const base = checkAdapterFitsBase(header, basePath, plan.pairs, config.baseModel);
    checkPermutable(plan.pairs, base, basePath);

    // llama.cpp has one alpha per adapter and scales each pair by alpha / rank(pair). Choose it so the
    // config's default modules need no change, and fold any other module's ratio into its lora_B.
    const alpha = Math.fround(config.useRslora ? config.alpha * Math.sqrt(config.rank) : config.alpha);
    const tensors = ggufTensors(plan.pairs, weights, base, alpha, internals, options.onProgress);
    const metadata = buildAdapterMetadata({
      name: `${basename(peftDir)} (PEFT LoRA)`,
      architecture: base.architecture,
      alpha,
      provenance: {
        origin: options.source ?? peftDir,
        folder: peftDir,
        baseModel: config.baseModel,
        revision: config.revision,
        peftVersion: config.peftVersion,
        rank: config.rank,
        loraAlpha: config.alpha,
        useRslora: config.useRslora,
        targetModules: plan.modules,
        safetensorsSha256: await sha256File(weightsPath),
        baseGguf: base.name ? `${base.name} (${basename(basePath)})` : basename(basePath),
        convertedAt: new Date(),
      },
    });
    await writeAdapter(outPath, metadata, tensors);
    reportProgress(options.onProgress, 1);
    return {
      outPath,
      tensors: tensors.length,
      rank: config.rank,
      alpha,
      targets: [...plan.modules],
      warnings: [...config.warnings, ...plan.warnings, ...base.warnings],
    };
  } finally {
    weights.close();
  }
}

function ggufTensors(
  pairs: readonly PlannedLoraPair[],
  weights: SafetensorsFile,
  base: BaseModelFacts,
  alpha: number,
  internals: ConversionInternals,
  onProgress: ((fraction: number) => void) | undefined,
): GgufTensorInput[] {
  const total = pairs.length * 2;
  let done = 0;
  const produced = (values: Float32Array): Float32Array => {
    done++;
    reportProgress(onProgress, (done / total) * 0.99);
    return values;
  };
  return pairs.flatMap((pair) => [
    {
      // PyTorch [r, in] row-major is GGUF [in, r]: the bytes stay as they are.
      name: `${pair.baseTensor}.lora_a`,
      dims: [pair.inputs, pair.rank],
      type: 'F32' as const,
      data: () => [produced(finiteValues(weights, pair.aName))],
    },
    {
      name: `${pair.baseTensor}.lora_b`,
      dims: [pair.rank, pair.outputs],
      type: 'F32' as const,
      data: () => [produced(convertLoraB(pair, finiteValues(weights, pair.bName), base, alpha, internals))],
    },
  ]);
}

/** lora_B [out, r]: q/k rows permuted to llama.cpp's RoPE layout, then scaled by this module's fold factor. */
function convertLoraB(
  pair: PlannedLoraPair,
  values: Float32Array,
  base: BaseModelFacts,
  alpha: number,
  internals: ConversionInternals,
): Float32Array {
  const role = LLAMA_ROLE_OF[pair.module];
  let out = values;
  if (role === 'attn_k' || (role === 'attn_q' && internals.skipQPermutation !== true)) {
    out = permuteRopeRows(
      values,
      pair.outputs,
      pair.rank,
      ropePermutationHeads(role, base.headCount, base.headCountKv),
    );
  }
  const fold = (pair.scaling * pair.rank) / alpha;
  if (fold !== 1) for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) * fold;
  return out;
}

/** A failing progress callback (a UI detail) must not abort the conversion. */
function reportProgress(onProgress: ((fraction: number) => void) | undefined, fraction: number): void {
  try {
    onProgress?.(fraction);
  } catch {
    // ignored on purpose
  }
}

function finiteValues(weights: SafetensorsFile, name: string): Float32Array {
  const values = weights.readFloat32(name);
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) {
      throw new PeftConversionError(
        `${WEIGHTS_FILE}: tensor "${name}" contains NaN or infinite values; the adapter is broken`,
        'invalid-weights',
      );
    }
  }
  return values;
}

function checkPermutable(pairs: readonly PlannedLoraPair[], base: BaseModelFacts, basePath: string): void {
  for (const pair of pairs) {
    const role = LLAMA_ROLE_OF[pair.module];
    if (role !== 'attn_q' && role !== 'attn_k') continue;
    const heads = ropePermutationHeads(role, base.headCount, base.headCountKv);
    if (pair.outputs % (2 * heads) !== 0) {
      throw new PeftConversionError(
        `The base model ${basePath} declares ${heads} heads for ${pair.baseTensor}, which does not divide its ${pair.outputs} outputs into rotary pairs.`,
        'base-mismatch',
      );
    }
  }
}

async function requireFolder(peftDir: string): Promise<void> {
  const stats = await stat(peftDir).catch(() => null);
  if (stats === null) throw new PeftConversionError(`The adapter folder ${peftDir} was not found.`, 'io');
  if (!stats.isDirectory()) {
    throw new PeftConversionError(`${peftDir} is not a folder; choose the folder holding ${CONFIG_FILE}.`, 'io');
  }
}

async function readConfigJson(peftDir: string): Promise<unknown> {
  const path = join(peftDir, CONFIG_FILE);
  const stats = await stat(path).catch(() => null);
  if (stats === null || !stats.isFile()) {
    throw new PeftConversionError(`${peftDir} has no ${CONFIG_FILE}; it is not a PEFT adapter folder.`, 'io');
  }
  if (stats.size > MAX_CONFIG_BYTES) {
    throw new PeftConversionError(`${CONFIG_FILE} is ${stats.size} bytes, far larger than any PEFT config.`);
  }
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    if (error instanceof SyntaxError) throw new PeftConversionError(`${CONFIG_FILE} is not valid JSON.`);
    throw new PeftConversionError(`${CONFIG_FILE} cannot be read: ${(error as Error).message}`, 'io');
  }
}

async function requireWeightsFile(peftDir: string, weightsPath: string): Promise<void> {
  if (await stat(weightsPath).catch(() => null)) return;
  if (await stat(join(peftDir, 'adapter_model.bin')).catch(() => null)) {
    throw new PeftConversionError(
      `${peftDir} holds adapter_model.bin (a PyTorch pickle), which is never loaded for safety; save the adapter with safe_serialization=True to get ${WEIGHTS_FILE}.`,
      'unsupported',
    );
  }
  throw new PeftConversionError(`${peftDir} has no ${WEIGHTS_FILE}.`, 'io');
}

async function readBaseHeader(basePath: string): Promise<GgufHeader> {
  try {
    return await readGgufHeader(basePath);
  } catch (error) {
    if (error instanceof GgufFormatError) {
      throw new PeftConversionError(
        `Base model ${basePath}: ${error.reason}.`,
        error.code === 'not-found' ? 'io' : 'base-mismatch',
      );
    }
    throw error;
  }
}

async function writeAdapter(
  outPath: string,
  metadata: ReturnType<typeof buildAdapterMetadata>,
  tensors: GgufTensorInput[],
): Promise<void> {
  try {
    // writeGgufFile writes a temp file beside outPath and renames it when complete, so a loaded
    // (memory-mapped) adapter at outPath is never overwritten in place.
    await writeGgufFile(outPath, { metadata, tensors });
  } catch (error) {
    if (error instanceof PeftConversionError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new PeftConversionError(`Could not write ${outPath}: ${reason}`, 'io');
  }
}

function sha256File(path: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', (error) => reject(new PeftConversionError(`${WEIGHTS_FILE} cannot be read: ${error.message}`, 'io')))
      .on('end', () => resolvePromise(hash.digest('hex')));
  });
}
