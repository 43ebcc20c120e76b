// Pairs the lora_A/lora_B tensors of a PEFT adapter, checks their shapes against the config, and orders them.

import type { PeftLoraConfig } from './peft-config';
import { PeftConversionError } from './peft-conversion-error';
import { isModuleTargeted, moduleRank, moduleScaling } from './peft-module-match';
import {
  HF_LLAMA_MODULES,
  parsePeftTensorName,
  type HfLlamaModule,
  type PeftLoraTensorName,
} from './peft-tensor-names';
import type { SafetensorsTensorInfo } from './safetensors-header';

export interface PlannedLoraPair {
  readonly layer: number;
  readonly module: HfLlamaModule;
  readonly moduleKey: string;
  readonly baseTensor: string;
  /** Tensor names in adapter_model.safetensors. */
  readonly aName: string;
  readonly bName: string;
  readonly rank: number;
  readonly inputs: number;
  readonly outputs: number;
  /** PEFT's scaling for this module (alpha/r or alpha/sqrt(r), with rank/alpha patterns applied). */
  readonly scaling: number;
}

export interface AdapterPlan {
  readonly pairs: readonly PlannedLoraPair[];
  /** Converted HF modules in llama.cpp order, e.g. ["q_proj", "v_proj"]. */
  readonly modules: readonly HfLlamaModule[];
  readonly warnings: readonly string[];
}

interface PartialPair {
  a?: { name: PeftLoraTensorName; info: SafetensorsTensorInfo };
  b?: { name: PeftLoraTensorName; info: SafetensorsTensorInfo };
}

/** Builds the conversion plan; every inconsistency is a PeftConversionError naming the tensor or module. */
export function planAdapter(
  config: PeftLoraConfig,
  tensors: ReadonlyMap<string, SafetensorsTensorInfo>,
  label = 'adapter_model.safetensors',
): AdapterPlan {
  const invalid = (message: string): never => {
    throw new PeftConversionError(`${label}: ${message}`, 'invalid-weights');
  };
  if (tensors.size === 0) invalid('the file holds no tensors');
  const byModule = new Map<string, PartialPair>();
  const adapterNames = new Set<string | null>();
  for (const info of tensors.values()) {
    const name = parsePeftTensorName(info.name, label);
    adapterNames.add(name.adapterName);
    const pair = byModule.get(name.moduleKey) ?? {};
    const slot = name.part === 'A' ? 'a' : 'b';
    if (pair[slot] !== undefined) invalid(`module ${name.moduleKey} has two lora_${name.part} tensors`);
    pair[slot] = { name, info };
    byModule.set(name.moduleKey, pair);
  }
  if (adapterNames.size > 1) {
    throw new PeftConversionError(
      `${label} holds several adapters (${[...adapterNames].map((n) => n ?? '(unnamed)').join(', ')}); convert one at a time`,
      'unsupported',
    );
  }

  const warnings: string[] = [];
  const ignored: string[] = [];
  const pairs: PlannedLoraPair[] = [];
  for (const [moduleKey, { a, b }] of byModule) {
    if (!isModuleTargeted(config, moduleKey)) {
      ignored.push(moduleKey);
      continue;
    }
    if (a === undefined || b === undefined) {
      return invalid(
        `module ${moduleKey} has lora_${a === undefined ? 'B' : 'A'} but no lora_${a === undefined ? 'A' : 'B'}`,
      );
    }
    const [rank, inputs] = checkedMatrix(a.info, label);
    const [outputs, bRank] = checkedMatrix(b.info, label);
    if (bRank !== rank) {
      invalid(
        `module ${moduleKey}: lora_A is [${a.info.shape.join(', ')}] but lora_B is [${b.info.shape.join(', ')}]; their ranks differ`,
      );
    }
    const configured = moduleRank(config, moduleKey);
    if (rank !== configured) {
      invalid(`module ${moduleKey} has rank ${rank}, but adapter_config.json gives it rank ${configured}`);
    }
    pairs.push({
      layer: a.name.layer,
      module: a.name.module,
      moduleKey,
      baseTensor: a.name.baseTensor,
      aName: a.info.name,
      bName: b.info.name,
      rank,
      inputs,
      outputs,
      scaling: moduleScaling(config, moduleKey),
    });
  }
  if (ignored.length > 0) {
    warnings.push(
      `${ignored.length} module(s) in the weights are not selected by adapter_config.json and were ignored, as PEFT does (e.g. ${ignored[0]})`,
    );
  }
  if (pairs.length === 0) invalid('none of its LoRA tensors belong to a module selected by adapter_config.json');

  const order = (module: HfLlamaModule) => HF_LLAMA_MODULES.indexOf(module);
  pairs.sort((x, y) => x.layer - y.layer || order(x.module) - order(y.module));
  const modules = HF_LLAMA_MODULES.filter((module) => pairs.some((pair) => pair.module === module));
  return { pairs, modules, warnings };
}

function checkedMatrix(info: SafetensorsTensorInfo, label: string): [number, number] {
  const [rows = 0, cols = 0] = info.shape;
  if (info.shape.length !== 2 || rows < 1 || cols < 1) {
    throw new PeftConversionError(
      `${label}: tensor "${info.name}" has shape [${info.shape.join(', ')}]; a LoRA matrix must be 2-D and non-empty`,
      'invalid-weights',
    );
  }
  return [rows, cols];
}
