// Command-line options of the generation benchmark, parsed and checked (pure: no defaults read from the machine).
import { parseArgs } from 'node:util';
import { MODEL_CHOICE_OPTIONS, modelChoiceFrom, positiveInteger, type ModelChoice } from '../model-choice';

export type { ModelChoice };

export interface GenerationBenchOptions {
  model: ModelChoice;
  threads: number;
  llamaBench: string | null;
  runs: number;
  /** How many times the raw and app variants run in turn, runs pooled (drift on a shared machine). */
  rounds: number;
  tokens: number;
  promptTokens: number;
  turns: number;
  json: string | null;
  sampling: { temperature: number; topP: number };
}

export const GENERATION_BENCH_USAGE =
  'npm run bench -- [--model FILE | --tinyllama-shaped | --tiny-fixture] [--threads N] [--llama-bench PATH] ' +
  '[--runs R] [--rounds K] [--tokens T] [--prompt-tokens P] [--turns 10] [--greedy] [--json FILE]';

/** `defaultThreads`: the cores this process may use (passed in so parsing stays pure). */
export function parseGenerationBenchArgs(args: readonly string[], defaultThreads: number): GenerationBenchOptions {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    options: {
      ...MODEL_CHOICE_OPTIONS,
      threads: { type: 'string' },
      'llama-bench': { type: 'string' },
      runs: { type: 'string' },
      rounds: { type: 'string' },
      tokens: { type: 'string' },
      'prompt-tokens': { type: 'string' },
      turns: { type: 'string' },
      greedy: { type: 'boolean', default: false },
      json: { type: 'string' },
    },
  });
  return {
    model: modelChoiceFrom(values),
    threads: positiveInteger('threads', values.threads, defaultThreads),
    llamaBench: values['llama-bench'] ?? null,
    runs: positiveInteger('runs', values.runs, 3),
    rounds: positiveInteger('rounds', values.rounds, 1),
    tokens: positiveInteger('tokens', values.tokens, 128),
    promptTokens: positiveInteger('prompt-tokens', values['prompt-tokens'], 256),
    turns: positiveInteger('turns', values.turns, 10),
    json: values.json ?? null,
    // Both node-llama-cpp variants and the app sample alike; llama-bench does not sample at all.
    sampling: values.greedy ? { temperature: 0, topP: 0.9 } : { temperature: 0.7, topP: 0.9 },
  };
}
