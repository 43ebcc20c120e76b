// adapter_config.json: the seed adapter's real config parses; every unrepresentable feature is refused by name;
// per-module rank/alpha/scaling and target selection follow PEFT's rules.

import { describe, expect, it } from 'vitest';
import { PeftConversionError } from '../../../main/services/peft';
import { parsePeftLoraConfig } from '../../../main/services/peft/peft-config';
import {
  isModuleTargeted,
  layerIndexOf,
  moduleAlpha,
  moduleRank,
  moduleScaling,
} from '../../../main/services/peft/peft-module-match';
import { peftConfig, SEED_ADAPTER_CONFIG } from '../../fixtures/hf/peft-config-template';

function refusal(json: unknown): PeftConversionError {
  try {
    parsePeftLoraConfig(json);
  } catch (error) {
    expect(error).toBeInstanceOf(PeftConversionError);
    return error as PeftConversionError;
  }
  throw new Error('expected the config to be refused');
}

const Q0 = 'model.layers.0.self_attn.q_proj';
const V3 = 'model.layers.3.self_attn.v_proj';
const DOWN1 = 'model.layers.1.mlp.down_proj';

describe('parsePeftLoraConfig', () => {
  it('reads the medical adapter config exactly as PEFT 0.18.1 wrote it', () => {
    const config = parsePeftLoraConfig(SEED_ADAPTER_CONFIG);
    expect(config).toMatchObject({
      rank: 8,
      alpha: 16,
      useRslora: false,
      targetModules: ['v_proj', 'q_proj'],
      layersToTransform: null,
      fanInFanOut: false,
      baseModel: 'TinyLlama/TinyLlama-1.1B-Chat-v1.0',
      peftVersion: '0.18.1',
      warnings: [],
    });
    expect(moduleScaling(config, Q0)).toBe(2);
    expect(isModuleTargeted(config, Q0)).toBe(true);
    expect(isModuleTargeted(config, 'model.layers.0.self_attn.k_proj')).toBe(false);
  });

  it('uses alpha / sqrt(r) with rsLoRA', () => {
    const config = parsePeftLoraConfig(peftConfig({ r: 16, lora_alpha: 8, use_rslora: true }));
    expect(moduleScaling(config, Q0)).toBe(2);
  });

  it('applies rank_pattern and alpha_pattern per module, first matching pattern wins', () => {
    const config = parsePeftLoraConfig(
      peftConfig({
        rank_pattern: { q_proj: 4, 'layers.1.mlp.down_proj': 32, 'layers\\.[0-9]\\.mlp.*': 2 },
        alpha_pattern: { 'model.layers.3.self_attn.v_proj': 64 },
      }),
    );
    expect(moduleRank(config, Q0)).toBe(4);
    expect(moduleRank(config, DOWN1)).toBe(32);
    expect(moduleRank(config, 'model.layers.2.mlp.up_proj')).toBe(2);
    expect(moduleRank(config, V3)).toBe(8);
    expect(moduleAlpha(config, V3)).toBe(64);
    expect(moduleScaling(config, V3)).toBe(8);
    expect(moduleScaling(config, Q0)).toBe(4);
    // A pattern must match a whole dotted suffix: "proj" alone matches no module.
    expect(moduleRank(parsePeftLoraConfig(peftConfig({ rank_pattern: { proj: 3 } })), Q0)).toBe(8);
  });

  it('matches a target_modules string as a full regex and honours exclude_modules', () => {
    const config = parsePeftLoraConfig(
      peftConfig({ target_modules: '.*\\.(q_proj|down_proj)', exclude_modules: ['layers.1.mlp.down_proj'] }),
    );
    expect(isModuleTargeted(config, Q0)).toBe(true);
    expect(isModuleTargeted(config, 'model.layers.0.mlp.down_proj')).toBe(true);
    expect(isModuleTargeted(config, DOWN1)).toBe(false);
    expect(isModuleTargeted(config, V3)).toBe(false);
  });

  it('selects layers with layers_to_transform (and layers_pattern)', () => {
    const config = parsePeftLoraConfig(peftConfig({ layers_to_transform: [1, 3] }));
    expect(layerIndexOf(config, V3)).toBe(3);
    expect(isModuleTargeted(config, V3)).toBe(true);
    expect(isModuleTargeted(config, Q0)).toBe(false);
    const single = parsePeftLoraConfig(peftConfig({ layers_to_transform: 0, layers_pattern: 'layers' }));
    expect(isModuleTargeted(single, Q0)).toBe(true);
    expect(isModuleTargeted(single, V3)).toBe(false);
    const wrongPattern = parsePeftLoraConfig(peftConfig({ layers_to_transform: 0, layers_pattern: ['h', 'blocks'] }));
    expect(isModuleTargeted(wrongPattern, Q0)).toBe(false);
  });

  it('accepts "all-linear" as every llama projection', () => {
    const config = parsePeftLoraConfig(peftConfig({ target_modules: 'all-linear' }));
    expect(isModuleTargeted(config, DOWN1)).toBe(true);
  });

  it('warns (but converts) when fan_in_fan_out is set, as PEFT ignores it for nn.Linear', () => {
    const config = parsePeftLoraConfig(peftConfig({ fan_in_fan_out: true }));
    expect(config.warnings).toEqual([expect.stringMatching(/fan_in_fan_out is true.*PEFT itself ignores it/)]);
  });

  it('warns about initializations that alter the base weights', () => {
    const config = parsePeftLoraConfig(peftConfig({ init_lora_weights: 'pissa_niter_4' }));
    expect(config.warnings[0]).toMatch(/alters the base weights/);
  });

  const refusals: [string, Record<string, unknown> | unknown, RegExp][] = [
    ['a non-object', [1, 2], /is not a JSON object/],
    ['a config without peft_type', peftConfig({ peft_type: undefined }), /has no peft_type/],
    ['an IA3 adapter', peftConfig({ peft_type: 'IA3' }), /peft_type is "IA3"; only LoRA adapters/],
    ['DoRA', peftConfig({ use_dora: true }), /uses DoRA \(use_dora: true\)/],
    [
      'modules_to_save',
      peftConfig({ modules_to_save: ['lm_head', 'embed_tokens'] }),
      /modules_to_save: lm_head, embed_tokens/,
    ],
    ['bias "all"', peftConfig({ bias: 'all' }), /trains biases \(bias: "all"\)/],
    ['bias "lora_only"', peftConfig({ bias: 'lora_only' }), /trains biases/],
    ['lora_bias', peftConfig({ lora_bias: true }), /LoRA bias \(lora_bias: true\)/],
    ['target_parameters', peftConfig({ target_parameters: ['experts.gate_up_proj'] }), /target_parameters/],
    ['trainable_token_indices', peftConfig({ trainable_token_indices: [32000, 32001] }), /trainable_token_indices/],
    ['layer_replication', peftConfig({ layer_replication: [[0, 4]] }), /layer_replication/],
    ['QA-LoRA', peftConfig({ use_qalora: true }), /QA-LoRA/],
    ['an activated LoRA', peftConfig({ alora_invocation_tokens: [1, 2] }), /activated LoRA/],
    [
      'an embed_tokens target',
      peftConfig({ target_modules: ['q_proj', 'embed_tokens'] }),
      /"embed_tokens" cannot be converted/,
    ],
    ['an lm_head target', peftConfig({ target_modules: ['lm_head'] }), /"lm_head" cannot be converted/],
    [
      'an unknown module (GPT-2 c_attn)',
      peftConfig({ target_modules: ['c_attn'] }),
      /"c_attn" cannot be converted; supported/,
    ],
    ['an empty target list', peftConfig({ target_modules: [] }), /target_modules is empty/],
    ['a missing r', peftConfig({ r: undefined }), /field "r" is missing/],
    ['r = 0', peftConfig({ r: 0 }), /field "r" is invalid/],
    ['a fractional r', peftConfig({ r: 2.5 }), /field "r" is invalid/],
    ['lora_alpha = 0', peftConfig({ lora_alpha: 0 }), /field "lora_alpha" is invalid/],
    ['a string lora_alpha', peftConfig({ lora_alpha: '16' }), /field "lora_alpha" is invalid/],
    [
      'a bad rank_pattern value',
      peftConfig({ rank_pattern: { q_proj: -1 } }),
      /field "rank_pattern.q_proj" is invalid/,
    ],
    [
      'an invalid regex',
      peftConfig({ target_modules: '(q_proj' }),
      /target_modules pattern "\(q_proj" is not a valid regular expression/,
    ],
  ];

  for (const [what, json, message] of refusals) {
    it(`refuses ${what}`, () => {
      const error = refusal(json);
      expect(error.message).toMatch(message);
      expect(error.message).toMatch(/^adapter_config\.json/);
    });
  }

  it('classifies refusals: unsupported features vs invalid configs', () => {
    expect(refusal(peftConfig({ use_dora: true })).code).toBe('unsupported');
    expect(refusal(peftConfig({ r: 0 })).code).toBe('invalid-config');
  });
});
