// Parses adapter_config.json as PEFT 0.18 writes it and refuses what a GGUF LoRA cannot represent.

import { z } from 'zod';
import { PeftConversionError } from './peft-conversion-error';
import { HF_LLAMA_MODULES } from './peft-tensor-names';

export interface PeftLoraConfig {
  readonly rank: number;
  readonly alpha: number;
  readonly useRslora: boolean;
  /** A list of module names (suffix match), a regex string (full match), or null (every supported module). */
  readonly targetModules: readonly string[] | string | null;
  readonly excludeModules: readonly string[] | string | null;
  /** Per-module overrides in file order; PEFT uses the first pattern that matches. */
  readonly rankPattern: readonly (readonly [string, number])[];
  readonly alphaPattern: readonly (readonly [string, number])[];
  readonly layersToTransform: readonly number[] | null;
  readonly layersPattern: readonly string[] | null;
  readonly fanInFanOut: boolean;
  readonly baseModel: string | null;
  readonly peftVersion: string | null;
  readonly revision: string | null;
  readonly taskType: string | null;
  readonly warnings: readonly string[];
}

const stringList = z.array(z.string());
const nullableList = stringList.nullable().optional();

/** Only the fields that matter for conversion; everything else PEFT writes is accepted and ignored. */
const ConfigSchema = z.object({
  r: z.number().int().min(1).max(65536),
  lora_alpha: z.number().positive().finite(),
  use_rslora: z.boolean().nullable().optional(),
  target_modules: z.union([stringList, z.string()]).nullable().optional(),
  exclude_modules: z.union([stringList, z.string()]).nullable().optional(),
  rank_pattern: z.record(z.string(), z.number().int().min(1).max(65536)).nullable().optional(),
  alpha_pattern: z.record(z.string(), z.number().positive().finite()).nullable().optional(),
  layers_to_transform: z
    .union([z.number().int().nonnegative(), z.array(z.number().int().nonnegative())])
    .nullable()
    .optional(),
  layers_pattern: z.union([stringList, z.string()]).nullable().optional(),
  fan_in_fan_out: z.boolean().nullable().optional(),
  bias: z.string().nullable().optional(),
  lora_bias: z.boolean().nullable().optional(),
  use_dora: z.boolean().nullable().optional(),
  use_qalora: z.boolean().nullable().optional(),
  modules_to_save: nullableList,
  target_parameters: nullableList,
  trainable_token_indices: z.unknown().optional(),
  layer_replication: z.unknown().optional(),
  alora_invocation_tokens: z.unknown().optional(),
  init_lora_weights: z.union([z.boolean(), z.string()]).nullable().optional(),
  base_model_name_or_path: z.string().nullable().optional(),
  peft_version: z.string().nullable().optional(),
  revision: z.string().nullable().optional(),
  task_type: z.string().nullable().optional(),
});

type RawConfig = z.infer<typeof ConfigSchema>;

/** init_lora_weights values that change the base weights during training (PiSSA, OLoRA, LoftQ, …). */
const BASE_ALTERING_INITS = ['pissa', 'olora', 'loftq', 'corda', 'eva'];

/** Validates `json` (the parsed adapter_config.json); `label` names the file in messages. */
export function parsePeftLoraConfig(json: unknown, label = 'adapter_config.json'): PeftLoraConfig {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new PeftConversionError(`${label} is not a JSON object`, 'invalid-config');
  }
  const peftType = (json as Record<string, unknown>).peft_type;
  if (peftType === undefined || peftType === null) {
    throw new PeftConversionError(`${label} has no peft_type: it is not a PEFT adapter config`, 'invalid-config');
  }
  if (peftType !== 'LORA') {
    throw new PeftConversionError(
      `${label}: peft_type is ${JSON.stringify(peftType)}; only LoRA adapters (peft_type "LORA") can be converted`,
      'unsupported',
    );
  }
  const parsed = ConfigSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || '(root)';
    const problem = issue?.message ?? 'unknown problem';
    if (problem.endsWith('received undefined')) throw new PeftConversionError(`${label}: field "${field}" is missing`);
    throw new PeftConversionError(`${label}: field "${field}" is invalid: ${problem}`);
  }
  const raw = parsed.data;
  refuseUnsupported(raw, label);
  const warnings: string[] = [];
  if (raw.fan_in_fan_out === true) {
    warnings.push(
      'fan_in_fan_out is true, but llama projections are nn.Linear layers, for which PEFT itself ignores it; converted as usual',
    );
  }
  const init = typeof raw.init_lora_weights === 'string' ? raw.init_lora_weights.toLowerCase() : '';
  if (BASE_ALTERING_INITS.some((name) => init.startsWith(name))) {
    warnings.push(
      `init_lora_weights "${raw.init_lora_weights}" alters the base weights during training; the result is exact only on that altered base`,
    );
  }
  return {
    rank: raw.r,
    alpha: raw.lora_alpha,
    useRslora: raw.use_rslora === true,
    targetModules: normalizeTargets(raw.target_modules, label),
    excludeModules: raw.exclude_modules ?? null,
    rankPattern: checkedPatterns(raw.rank_pattern, 'rank_pattern', label),
    alphaPattern: checkedPatterns(raw.alpha_pattern, 'alpha_pattern', label),
    layersToTransform: normalizeLayers(raw.layers_to_transform),
    layersPattern: typeof raw.layers_pattern === 'string' ? [raw.layers_pattern] : (raw.layers_pattern ?? null),
    fanInFanOut: raw.fan_in_fan_out === true,
    baseModel: raw.base_model_name_or_path ?? null,
    peftVersion: raw.peft_version ?? null,
    revision: raw.revision ?? null,
    taskType: raw.task_type ?? null,
    warnings,
  };
}

function refuseUnsupported(raw: RawConfig, label: string): void {
  const refuse = (what: string): never => {
    throw new PeftConversionError(`${label}: the adapter ${what}, which a GGUF LoRA cannot represent`, 'unsupported');
  };
  if (raw.use_dora === true) refuse('uses DoRA (use_dora: true)');
  if (raw.modules_to_save && raw.modules_to_save.length > 0) {
    refuse(`saves whole modules (modules_to_save: ${raw.modules_to_save.join(', ')})`);
  }
  if (raw.bias && raw.bias !== 'none') refuse(`trains biases (bias: "${raw.bias}")`);
  if (raw.lora_bias === true) refuse('trains a LoRA bias (lora_bias: true)');
  if (raw.target_parameters && raw.target_parameters.length > 0) {
    refuse(`targets parameters directly (target_parameters: ${raw.target_parameters.join(', ')})`);
  }
  if (isSet(raw.trainable_token_indices)) refuse('trains token embeddings (trainable_token_indices)');
  if (isSet(raw.layer_replication)) refuse('replicates layers (layer_replication)');
  if (raw.use_qalora === true) refuse('uses QA-LoRA (use_qalora: true)');
  if (isSet(raw.alora_invocation_tokens)) refuse('is an activated LoRA (alora_invocation_tokens)');
}

function isSet(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** List entries must name a supported module; "all-linear" means every projection; a string is a regex. */
function normalizeTargets(targets: RawConfig['target_modules'], label: string): readonly string[] | string | null {
  if (targets === undefined || targets === null) return null;
  if (typeof targets === 'string') {
    if (targets === 'all-linear') return [...HF_LLAMA_MODULES];
    compilePattern(targets, 'target_modules', label);
    return targets;
  }
  if (targets.length === 0) throw new PeftConversionError(`${label}: target_modules is empty`);
  for (const target of targets) {
    const leaf = target.split('.').at(-1) ?? target;
    if (!(HF_LLAMA_MODULES as readonly string[]).includes(leaf)) {
      throw new PeftConversionError(
        `${label}: target module "${target}" cannot be converted; supported modules are ${HF_LLAMA_MODULES.join(', ')}`,
        'unsupported',
      );
    }
  }
  return targets;
}

function checkedPatterns(
  patterns: Record<string, number> | null | undefined,
  field: string,
  label: string,
): (readonly [string, number])[] {
  const entries = Object.entries(patterns ?? {});
  for (const [pattern] of entries) compilePattern(pattern, field, label);
  return entries;
}

function normalizeLayers(layers: RawConfig['layers_to_transform']): readonly number[] | null {
  if (layers === undefined || layers === null) return null;
  return typeof layers === 'number' ? [layers] : layers;
}

/** Compiles a Python-style pattern as a JS RegExp anchored as `wrap` says; a bad pattern is a config error. */
export function compilePattern(
  pattern: string,
  field: string,
  label: string,
  wrap = (p: string) => `^(?:${p})$`,
): RegExp {
  try {
    return new RegExp(wrap(pattern));
  } catch {
    throw new PeftConversionError(`${label}: ${field} pattern "${pattern}" is not a valid regular expression`);
  }
}
