// The options every model-running bench shares: which model (a file, the TinyLlama-shaped benchmark model or the
// tiny test fixture) and positive-integer counts, parsed the same way everywhere.
import { existsSync } from 'node:fs';
import { ensureTinyModel } from '../tests/fixtures/tiny-llama';
import { ensureTinyLlamaShapedModel } from './tinyllama-shaped-model';

export type ModelChoice = { kind: 'file'; path: string } | { kind: 'tinyllama-shaped' } | { kind: 'tiny-fixture' };

/** `parseArgs` option specs for the model flags; spread into a bench's own options. */
export const MODEL_CHOICE_OPTIONS = {
  model: { type: 'string' },
  'tinyllama-shaped': { type: 'boolean', default: false },
  'tiny-fixture': { type: 'boolean', default: false },
} as const;

interface ModelChoiceValues {
  model?: string | undefined;
  'tinyllama-shaped'?: boolean | undefined;
  'tiny-fixture'?: boolean | undefined;
}

/** The model the flags name; the TinyLlama-shaped model when none does. */
export function modelChoiceFrom(values: ModelChoiceValues): ModelChoice {
  const given = [values.model !== undefined, values['tinyllama-shaped'], values['tiny-fixture']].filter(Boolean);
  if (given.length > 1) throw new Error('give only one of --model, --tinyllama-shaped, --tiny-fixture');
  if (values.model !== undefined) return { kind: 'file', path: values.model };
  return values['tiny-fixture'] ? { kind: 'tiny-fixture' } : { kind: 'tinyllama-shaped' };
}

export function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} must be a positive integer, got "${value}"`);
  return number;
}

/** The chosen model's path (generated on first use) and how reports name it. */
export async function resolveModelChoice(choice: ModelChoice): Promise<{ path: string; label: string }> {
  if (choice.kind === 'tiny-fixture') return { path: (await ensureTinyModel()).modelPath, label: 'tiny fixture' };
  if (choice.kind === 'tinyllama-shaped')
    return { path: await ensureTinyLlamaShapedModel(), label: 'TinyLlama-shaped' };
  if (!existsSync(choice.path)) throw new Error(`--model: no such file: ${choice.path}`);
  return { path: choice.path, label: choice.path };
}
