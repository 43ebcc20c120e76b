// PEFT's per-module rules: which modules are targeted, and each one's rank, alpha and scaling.

import { compilePattern, type PeftLoraConfig } from './peft-config';

/**
 * PEFT's check_target_module_exists: a string is a regex that must match the whole module key; a list
 * matches a key equal to an entry or ending in "." + entry. exclude_modules and layers_to_transform narrow it.
 */
export function isModuleTargeted(config: PeftLoraConfig, moduleKey: string): boolean {
  if (config.targetModules !== null && !matchesModuleList(config.targetModules, moduleKey)) return false;
  if (config.excludeModules !== null && matchesModuleList(config.excludeModules, moduleKey)) return false;
  if (config.layersToTransform !== null) {
    const layer = layerIndexOf(config, moduleKey);
    if (layer === null || !config.layersToTransform.includes(layer)) return false;
  }
  return true;
}

function matchesModuleList(list: readonly string[] | string, moduleKey: string): boolean {
  if (typeof list === 'string') return compilePattern(list, 'target_modules', 'adapter_config.json').test(moduleKey);
  return list.some((entry) => moduleKey === entry || moduleKey.endsWith(`.${entry}`));
}

/** The layer index PEFT reads from a module key: after "<layers_pattern>." or else after any "<name>.". */
export function layerIndexOf(config: PeftLoraConfig, moduleKey: string): number | null {
  const patterns = config.layersPattern ?? [];
  const candidates = patterns.length === 0 ? [/^.*\.[^.]*\.(\d+)\./] : patterns.map(layerPatternRegex);
  for (const regex of candidates) {
    const match = regex.exec(moduleKey);
    if (match?.[1] !== undefined) return Number(match[1]);
  }
  return null;
}

function layerPatternRegex(pattern: string): RegExp {
  return compilePattern(pattern, 'layers_pattern', 'adapter_config.json', (p) => `^.*\\.(?:${p})\\.(\\d+)\\.`);
}

/** PEFT's get_pattern_key: the first pattern (in file order) that matches the key's tail after a dot. */
function patternValue(patterns: readonly (readonly [string, number])[], moduleKey: string): number | undefined {
  for (const [pattern, value] of patterns) {
    const regex = compilePattern(
      pattern,
      'rank_pattern/alpha_pattern',
      'adapter_config.json',
      (p) => `^(?:.*\\.)?(?:${p})$`,
    );
    if (regex.test(moduleKey)) return value;
  }
  return undefined;
}

export function moduleRank(config: PeftLoraConfig, moduleKey: string): number {
  return patternValue(config.rankPattern, moduleKey) ?? config.rank;
}

export function moduleAlpha(config: PeftLoraConfig, moduleKey: string): number {
  return patternValue(config.alphaPattern, moduleKey) ?? config.alpha;
}

/** PEFT's LoraLayer scaling: alpha / r, or alpha / sqrt(r) with rsLoRA. */
export function moduleScaling(config: PeftLoraConfig, moduleKey: string): number {
  const rank = moduleRank(config, moduleKey);
  const alpha = moduleAlpha(config, moduleKey);
  return config.useRslora ? alpha / Math.sqrt(rank) : alpha / rank;
}
