// Builds GgufHeader objects in memory (no file) for the validation rule tests.
import {
  GgufHeader,
  GgmlType,
  type GgmlTypeName,
  type GgufTensorInfo,
  type GgufValue,
} from '../../../main/services/gguf';

export interface TensorSpec {
  name: string;
  dims: number[];
  type?: GgmlTypeName;
}

export function tensor({ name, dims, type = 'F32' }: TensorSpec): GgufTensorInfo {
  return { name, dims, type: GgmlType[type], typeName: type, offset: 0, byteSize: 0 };
}

export function header(metadata: Record<string, GgufValue>, tensors: TensorSpec[] = []): GgufHeader {
  return new GgufHeader({
    version: 3,
    metadata: new Map(Object.entries(metadata)),
    tensors: tensors.map(tensor),
    alignment: 32,
    dataOffset: 0,
    dataEnd: 0,
    fileSize: 0,
  });
}

export const u32 = (value: number): GgufValue => ({ type: 'uint32', value });
export const f32 = (value: number): GgufValue => ({ type: 'float32', value });
export const str = (value: string): GgufValue => ({ type: 'string', value });

/** Metadata of a small dense llama: 64 wide, 2 blocks, 8 heads (2 for k/v), 176 feed-forward, 10 tokens. */
export function llamaMetadata(overrides: Record<string, GgufValue | undefined> = {}): Record<string, GgufValue> {
  const base: Record<string, GgufValue> = {
    'general.architecture': str('llama'),
    'general.type': str('model'),
    'general.name': str('tiny'),
    'llama.context_length': u32(2048),
    'llama.embedding_length': u32(64),
    'llama.block_count': u32(2),
    'llama.feed_forward_length': u32(176),
    'llama.attention.head_count': u32(8),
    'llama.attention.head_count_kv': u32(2),
    'llama.attention.layer_norm_rms_epsilon': f32(1e-5),
    'llama.rope.dimension_count': u32(8),
    'tokenizer.ggml.tokens': {
      type: 'array',
      itemType: 'string',
      value: Array.from({ length: 10 }, (_, i) => `t${i}`),
    },
  };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete base[key];
    else base[key] = value;
  }
  return base;
}

/** Every tensor of that small llama, in the shapes its metadata implies. */
export function llamaTensors(): TensorSpec[] {
  const specs: TensorSpec[] = [{ name: 'token_embd.weight', dims: [64, 10] }];
  for (let i = 0; i < 2; i++) {
    specs.push(
      { name: `blk.${i}.attn_norm.weight`, dims: [64] },
      { name: `blk.${i}.attn_q.weight`, dims: [64, 64] },
      { name: `blk.${i}.attn_k.weight`, dims: [64, 16] },
      { name: `blk.${i}.attn_v.weight`, dims: [64, 16] },
      { name: `blk.${i}.attn_output.weight`, dims: [64, 64] },
      { name: `blk.${i}.ffn_norm.weight`, dims: [64] },
      { name: `blk.${i}.ffn_gate.weight`, dims: [64, 176] },
      { name: `blk.${i}.ffn_up.weight`, dims: [64, 176] },
      { name: `blk.${i}.ffn_down.weight`, dims: [176, 64] },
    );
  }
  specs.push({ name: 'output_norm.weight', dims: [64] }, { name: 'output.weight', dims: [64, 10] });
  return specs;
}
