// The settings form as editable strings, and its validation into a settings:update patch (problems as codes,
// worded by the view).
import { LIMITS } from '../../../../../preload/contract/limits';
import type {
  GpuLayers,
  ProfileChoice,
  ScopeGuardMode,
  Settings,
  SettingsPatch,
  Threads,
} from '../../../../../preload/contract/schemas';
import type { LowMemoryChoice } from '../../../../../preload/contract/memory-plan';
import type { TFunction } from '../../../i18n';

export type GpuMode = 'auto' | 'off' | 'custom';

/** Number inputs are kept as text so a half-typed value ("0.") is not rejected while typing. */
export interface SettingsDraft {
  modelPath: string;
  loraPath: string;
  loraScale: string;
  profile: ProfileChoice;
  temperature: string;
  topP: string;
  maxTokens: string;
  gpuMode: GpuMode;
  gpuLayers: string;
  /** Blank means automatic (one per core). */
  threads: string;
  /** Read the model into memory instead of mapping it ("Lower memory use"): always, never, or when tight. */
  lowMemory: LowMemoryChoice;
  scopeGuard: ScopeGuardMode;
  groundWithPastAnswers: boolean;
  /** Megabytes of saved conversation states kept on disk; 0 = none. */
  conversationStateCapMb: string;
}

/** What is wrong with a field, as a code the view words in the UI language (settings catalog, `errors`). */
export type DraftError =
  { code: 'notNumber' } | { code: 'notWhole' } | { code: 'range'; min: number; max: number } | { code: 'pathTooLong' };

export type DraftErrors = Partial<Record<keyof SettingsDraft, DraftError>>;

export type DraftResult = { ok: true; patch: SettingsPatch } | { ok: false; errors: DraftErrors };

export function toDraft(settings: Settings): SettingsDraft {
  const gpu = settings.gpuLayers;
  return {
    modelPath: settings.modelPath ?? '',
    loraPath: settings.loraPath ?? '',
    loraScale: String(settings.loraScale),
    profile: settings.profile,
    temperature: String(settings.sampling.temperature),
    topP: String(settings.sampling.topP),
    maxTokens: String(settings.sampling.maxTokens),
    gpuMode: typeof gpu === 'number' ? 'custom' : gpu,
    gpuLayers: typeof gpu === 'number' ? String(gpu) : '',
    threads: settings.threads === 'auto' ? '' : String(settings.threads),
    lowMemory: settings.lowMemory,
    scopeGuard: settings.scopeGuard,
    groundWithPastAnswers: settings.groundWithPastAnswers,
    conversationStateCapMb: String(settings.conversationStateCapMb),
  };
}

/** The disk cap of saved conversation states, in MB (the contract's bounds). */
export const STATE_CAP_MB = { min: 0, max: 10_000 } as const;

interface NumberRule {
  min: number;
  max: number;
  integer?: boolean;
}

function parseNumber(text: string, rule: NumberRule): { value: number } | { error: DraftError } {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(value)) return { error: { code: 'notNumber' } };
  if (rule.integer === true && !Number.isInteger(value)) return { error: { code: 'notWhole' } };
  if (value < rule.min || value > rule.max) return { error: { code: 'range', min: rule.min, max: rule.max } };
  return { value };
}

function optionalPath(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

export function draftToPatch(draft: SettingsDraft): DraftResult {
  const errors: DraftErrors = {};
  const numbers = {
    loraScale: parseNumber(draft.loraScale, { min: 0, max: 4 }),
    temperature: parseNumber(draft.temperature, { min: 0, max: 2 }),
    topP: parseNumber(draft.topP, { min: 0.01, max: 1 }),
    maxTokens: parseNumber(draft.maxTokens, { min: 1, max: LIMITS.maxNewTokens, integer: true }),
    conversationStateCapMb: parseNumber(draft.conversationStateCapMb, { ...STATE_CAP_MB, integer: true }),
  };
  for (const [key, result] of Object.entries(numbers)) {
    if ('error' in result) errors[key as keyof typeof numbers] = result.error;
  }

  let gpuLayers: GpuLayers = draft.gpuMode === 'custom' ? 0 : draft.gpuMode;
  if (draft.gpuMode === 'custom') {
    const layers = parseNumber(draft.gpuLayers, { min: 0, max: 1000, integer: true });
    if ('error' in layers) errors.gpuLayers = layers.error;
    else gpuLayers = layers.value;
  }

  let threads: Threads = 'auto';
  if (draft.threads.trim() !== '') {
    const parsed = parseNumber(draft.threads, { min: 1, max: 256, integer: true });
    if ('error' in parsed) errors.threads = parsed.error;
    else threads = parsed.value;
  }

  const modelPath = optionalPath(draft.modelPath);
  const loraPath = optionalPath(draft.loraPath);
  if (modelPath !== null && modelPath.length > LIMITS.pathChars) errors.modelPath = { code: 'pathTooLong' };
  if (loraPath !== null && loraPath.length > LIMITS.pathChars) errors.loraPath = { code: 'pathTooLong' };

  if (
    Object.keys(errors).length > 0 ||
    'error' in numbers.loraScale ||
    'error' in numbers.temperature ||
    'error' in numbers.topP ||
    'error' in numbers.maxTokens ||
    'error' in numbers.conversationStateCapMb
  ) {
    return { ok: false, errors };
  }

  return {
    ok: true,
    patch: {
      modelPath,
      loraPath,
      loraScale: numbers.loraScale.value,
      gpuLayers,
      threads,
      lowMemory: draft.lowMemory,
      profile: draft.profile,
      sampling: {
        temperature: numbers.temperature.value,
        topP: numbers.topP.value,
        maxTokens: numbers.maxTokens.value,
      },
      scopeGuard: draft.scopeGuard,
      groundWithPastAnswers: draft.groundWithPastAnswers,
      conversationStateCapMb: numbers.conversationStateCapMb.value,
    },
  };
}

/** True when the form differs from what is saved (compared through the same normalisation). */
export function isDirty(draft: SettingsDraft, saved: Settings): boolean {
  const result = draftToPatch(draft);
  if (!result.ok) return true;
  const base = draftToPatch(toDraft(saved));
  return !base.ok || JSON.stringify(result.patch) !== JSON.stringify(base.patch);
}

/** A field's problem in words: "Enter a value from 1 to 256." / „Geben Sie einen Wert von 1 bis 256 ein.“ */
export function draftErrorText(t: TFunction<'settings'>, error: DraftError | undefined): string | undefined {
  if (error === undefined) return undefined;
  if (error.code === 'range') return t('errors.range', { min: error.min, max: error.max });
  return t(`errors.${error.code}`);
}
