// The generation benchmark's figures (written as --json) and the ratios between its variants.
import { summary } from '../stats';
import type { RssBreakdown } from './peak-rss';
import type { IntervalStats } from './interval-stats';

export type Summary = ReturnType<typeof summary>;

export type VariantId = 'app' | 'rawChat' | 'rawEvaluate' | 'llamaBench';

export const VARIANT_LABELS: Record<VariantId, string> = {
  app: 'app path (host → main → bridge)',
  rawChat: 'raw node-llama-cpp, LlamaChatSession',
  rawEvaluate: 'raw node-llama-cpp, sequence.evaluate',
  llamaBench: 'llama.cpp llama-bench',
};

export interface VariantFigures {
  /** Prompt tokens evaluated per measured run (llama-bench: its -p). */
  promptTokens: number[];
  promptTokensPerSecond: Summary;
  generationTokensPerSecond: Summary;
  /** Tokens generated per measured run (llama-bench: its -n). */
  generatedTokens: number[];
  /** Per-token intervals where measured: app at the bridge and in main; raw in the process. */
  intervals: Partial<Record<'bridge' | 'main' | 'process', IntervalStats>>;
  /** Host-side (app) figures, measured inside the model host. */
  host?: { promptTokensPerSecond: Summary; generationTokensPerSecond: Summary };
  peakRssBytes?: number | null;
}

export interface TurnFigures {
  turn: number;
  ttftMs: number;
  hostTtftMs: number | null;
  promptTokens: number | null;
  evaluatedTokens: number;
  /** evaluatedTokens / promptTokens: 1 = the whole context was evaluated again. */
  reevaluatedShare: number | null;
}

export interface RatioRow {
  label: string;
  generation: number;
  prompt: number;
}

export interface GenerationBenchReport {
  model: { path: string; fileBytes: number };
  threads: number;
  contextSize: number | null;
  maxTokens: number;
  promptTokensTarget: number;
  runs: number;
  /** Rounds of raw + app variants, runs pooled (absent = 1). */
  rounds?: number;
  sampling: { temperature: number; topP: number };
  llamaBenchCommand: string | null;
  /** Why llama-bench gave no figures, when it was asked for and failed. */
  llamaBenchError: string | null;
  /** llama-bench generation into an empty context (its usual tg figure); the table compares at the prompt's depth. */
  llamaBenchGenerationAtDepthZero?: Summary | null;
  variants: Partial<Record<VariantId, VariantFigures>>;
  ratios: RatioRow[];
  turns: TurnFigures[];
  /** Idle time before each app-path question (a user reading), in which the host prepares contexts. */
  pauseBetweenQuestionsMs?: number;
  hostPeakRssBytes: number | null;
  /** The host's RSS at the end split into anonymous and file-backed pages; null where /proc is unavailable. */
  hostRss?: RssBreakdown | null;
}

export function summarize(values: readonly number[]): Summary {
  return values.length === 0 ? { min: Number.NaN, median: Number.NaN, max: Number.NaN } : summary(values);
}

function ratio(numerator: number | undefined, denominator: number | undefined): number {
  return numerator !== undefined && denominator !== undefined && denominator > 0 ? numerator / denominator : Number.NaN;
}

const RATIO_PAIRS: [VariantId, VariantId, string][] = [
  ['app', 'rawChat', 'app / raw LlamaChatSession'],
  ['app', 'rawEvaluate', 'app / raw evaluate loop'],
  ['app', 'llamaBench', 'app / llama-bench'],
  ['rawChat', 'llamaBench', 'raw LlamaChatSession / llama-bench'],
  ['rawEvaluate', 'llamaBench', 'raw evaluate loop / llama-bench'],
];

/** Ratios of medians for every pair whose two variants were measured. */
export function ratioRows(variants: Partial<Record<VariantId, VariantFigures>>): RatioRow[] {
  return RATIO_PAIRS.filter(([a, b]) => variants[a] && variants[b]).map(([a, b, label]) => ({
    label,
    generation: ratio(variants[a]?.generationTokensPerSecond.median, variants[b]?.generationTokensPerSecond.median),
    prompt: ratio(variants[a]?.promptTokensPerSecond.median, variants[b]?.promptTokensPerSecond.median),
  }));
}

/** Share of the prompt evaluated again on a turn, or null when the prompt size is unknown. */
export function reevaluatedShare(evaluatedTokens: number, promptTokens: number | null): number | null {
  return promptTokens === null || promptTokens <= 0 ? null : evaluatedTokens / promptTokens;
}
