// GGUF metadata of a converted adapter: what llama.cpp needs plus where it came from, and a reader for the UI.

import packageJson from '../../../package.json' with { type: 'json' };
import { readGgufHeader } from '../gguf/gguf-reader';
import type { GgufValue } from '../gguf/gguf-types';

const appVersion = packageJson.version;

/** Bump when the conversion's output changes for the same input. */
export const CONVERTER_VERSION = 1;

/** Provenance keys this converter writes (all strings); readAdapterProvenance returns them with these names. */
export const PROVENANCE_KEYS = {
  origin: 'adapter.source.origin',
  folder: 'adapter.source.folder',
  format: 'adapter.source.format',
  baseModel: 'adapter.source.base_model',
  revision: 'adapter.source.revision',
  peftVersion: 'adapter.source.peft_version',
  rank: 'adapter.source.rank',
  loraAlpha: 'adapter.source.lora_alpha',
  useRslora: 'adapter.source.use_rslora',
  targetModules: 'adapter.source.target_modules',
  safetensorsSha256: 'adapter.source.safetensors_sha256',
  baseGguf: 'adapter.source.base_gguf',
  convertedAt: 'adapter.source.converted_at',
  converter: 'adapter.source.converter',
} as const;

export interface AdapterProvenance {
  /** Where the adapter came from: a URL or the folder it was imported from. */
  readonly origin: string;
  readonly folder: string;
  readonly baseModel: string | null;
  readonly revision: string | null;
  readonly peftVersion: string | null;
  readonly rank: number;
  readonly loraAlpha: number;
  readonly useRslora: boolean;
  readonly targetModules: readonly string[];
  readonly safetensorsSha256: string;
  /** The base GGUF it was checked against: its general.name and file name. */
  readonly baseGguf: string;
  readonly convertedAt: Date;
}

export interface AdapterMetadataInput {
  readonly name: string;
  readonly architecture: string;
  /** adapter.lora.alpha: llama.cpp scales each B·A by alpha / rank. */
  readonly alpha: number;
  readonly provenance: AdapterProvenance;
}

export function buildAdapterMetadata(input: AdapterMetadataInput): Map<string, GgufValue> {
  const text = (value: string): GgufValue => ({ type: 'string', value });
  const p = input.provenance;
  const metadata = new Map<string, GgufValue>([
    ['general.architecture', text(input.architecture)],
    ['general.type', text('adapter')],
    ['general.name', text(input.name)],
    ['adapter.type', text('lora')],
    ['adapter.lora.alpha', { type: 'float32', value: input.alpha }],
  ]);
  if (/^https?:\/\//i.test(p.origin)) metadata.set('general.source.url', text(p.origin));
  if (p.baseModel) {
    metadata.set('general.base_model.count', { type: 'uint32', value: 1 });
    metadata.set('general.base_model.0.name', text(p.baseModel));
    if (/^[\w.-]+\/[\w.-]+$/.test(p.baseModel)) {
      metadata.set('general.base_model.0.repo_url', text(`https://huggingface.co/${p.baseModel}`));
    }
  }
  const provenance: [keyof typeof PROVENANCE_KEYS, string | null][] = [
    ['origin', p.origin],
    ['folder', p.folder],
    ['format', 'peft-lora'],
    ['baseModel', p.baseModel],
    ['revision', p.revision],
    ['peftVersion', p.peftVersion],
    ['rank', String(p.rank)],
    ['loraAlpha', String(p.loraAlpha)],
    ['useRslora', String(p.useRslora)],
    ['targetModules', p.targetModules.join(',')],
    ['safetensorsSha256', p.safetensorsSha256],
    ['baseGguf', p.baseGguf],
    ['convertedAt', p.convertedAt.toISOString()],
    ['converter', `Medical Education Assistant ${appVersion}, PEFT LoRA converter v${CONVERTER_VERSION}`],
  ];
  for (const [key, value] of provenance) {
    if (value !== null && value !== '') metadata.set(PROVENANCE_KEYS[key], text(value));
  }
  return metadata;
}

/**
 * Reads a GGUF adapter's descriptive metadata as strings: every scalar general.* and adapter.* key
 * (general.name, general.source.url, adapter.lora.alpha, adapter.source.*, …). Works for adapters from
 * other tools too, which simply have fewer keys. GgufFormatError for unreadable files.
 */
export async function readAdapterProvenance(ggufPath: string): Promise<Record<string, string>> {
  const header = await readGgufHeader(ggufPath);
  const out: Record<string, string> = {};
  for (const [key, value] of header.metadata) {
    if (!key.startsWith('general.') && !key.startsWith('adapter.')) continue;
    if (value.type === 'array') continue;
    out[key] = String(value.value);
  }
  return out;
}
