// Runs llama.cpp's own llama-bench at the same threads, prompt size and token count, and reads its JSON.
// Generation is compared at the same depth as the app's: the app generates after its prompt, and attention over
// those tokens costs time (~10% here at 258 tokens), so llama-bench's default tg at depth 0 flatters it.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { z } from 'zod';

/** One llama-bench test: prompt processing (n_prompt > 0, n_gen 0) or generation (n_gen > 0). */
export interface LlamaBenchTest {
  kind: 'prompt' | 'generation';
  tokens: number;
  /** Tokens already in the context before the measured ones (llama-bench's -d). */
  depth: number;
  threads: number;
  avgTokensPerSecond: number;
  stddevTokensPerSecond: number;
  /** One tokens/s figure per repetition (-r). */
  samplesTokensPerSecond: number[];
}

export interface LlamaBenchResult {
  /** Prompt processing into an empty context, like the app's first turn. */
  prompt: LlamaBenchTest;
  /** Generation after `depth` tokens, like the app's answer after its prompt: the figure compared. */
  generation: LlamaBenchTest;
  /** Generation into an empty context (llama-bench's usual tg figure), for reference; null when not run. */
  generationAtDepthZero: LlamaBenchTest | null;
  buildCommit: string | null;
  cpuInfo: string | null;
}

// Only the fields we read; llama-bench prints many more (model, backend, batch sizes…).
const testSchema = z.object({
  n_prompt: z.number().int().min(0),
  n_gen: z.number().int().min(0),
  n_depth: z.number().int().min(0).default(0),
  n_threads: z.number().int().min(1),
  avg_ts: z.number().finite().min(0),
  stddev_ts: z.number().finite().min(0),
  samples_ts: z.array(z.number().finite()).optional(),
  build_commit: z.string().optional(),
  cpu_info: z.string().optional(),
});

/**
 * Parses `llama-bench -o json` output (an array of tests): the prompt test at depth 0 and the generation test at
 * `generationDepth` are required.
 */
export function parseLlamaBenchJson(text: string, generationDepth = 0): LlamaBenchResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`llama-bench did not print JSON: ${(error as Error).message}`);
  }
  const parsed = z.array(testSchema).safeParse(raw);
  if (!parsed.success) throw new Error(`unexpected llama-bench JSON: ${z.prettifyError(parsed.error)}`);
  const isGeneration = (test: z.infer<typeof testSchema>): boolean => test.n_gen > 0;
  const prompt = parsed.data.find((test) => !isGeneration(test) && test.n_prompt > 0 && test.n_depth === 0);
  const generationAt = (depth: number) => parsed.data.find((test) => isGeneration(test) && test.n_depth === depth);
  const generation = generationAt(generationDepth);
  if (!prompt || !generation) {
    throw new Error(
      `llama-bench JSON needs one prompt test (n_prompt > 0, depth 0) and one generation test ` +
        `(n_gen > 0, depth ${generationDepth})`,
    );
  }
  const atZero = generationDepth === 0 ? undefined : generationAt(0);
  return {
    prompt: toTest(prompt, 'prompt'),
    generation: toTest(generation, 'generation'),
    generationAtDepthZero: atZero ? toTest(atZero, 'generation') : null,
    buildCommit: prompt.build_commit ?? null,
    cpuInfo: prompt.cpu_info ?? null,
  };
}

function toTest(test: z.infer<typeof testSchema>, kind: LlamaBenchTest['kind']): LlamaBenchTest {
  return {
    kind,
    tokens: kind === 'generation' ? test.n_gen : test.n_prompt,
    depth: test.n_depth,
    threads: test.n_threads,
    avgTokensPerSecond: test.avg_ts,
    stddevTokensPerSecond: test.stddev_ts,
    samplesTokensPerSecond: test.samples_ts ?? [test.avg_ts],
  };
}

export interface LlamaBenchRun {
  binary: string;
  modelPath: string;
  threads: number;
  promptTokens: number;
  genTokens: number;
  repetitions: number;
}

/**
 * The exact command line, so the report can quote it. Depths 0 and the prompt size: llama-bench runs every
 * combination, and we read prompt processing at 0 and generation at the prompt size (plus tg at 0 for reference).
 */
export function llamaBenchArgs(run: LlamaBenchRun): string[] {
  return [
    ...['-m', run.modelPath, '-t', String(run.threads)],
    ...['-p', String(run.promptTokens), '-n', String(run.genTokens), '-d', `0,${run.promptTokens}`],
    ...['-r', String(run.repetitions), '-o', 'json'],
  ];
}

export async function runLlamaBench(run: LlamaBenchRun): Promise<LlamaBenchResult> {
  if (!existsSync(run.binary)) throw new Error(`--llama-bench: no such file: ${run.binary}`);
  try {
    const { stdout } = await promisify(execFile)(run.binary, llamaBenchArgs(run), {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    return parseLlamaBenchJson(stdout, run.promptTokens);
  } catch (error) {
    throw new Error(`llama-bench failed: ${describeExecFailure(error)}`);
  }
}

/** One line for a failed child: its signal or exit code, and the last line it printed on stderr. */
export function describeExecFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const details = error as Error & { code?: unknown; signal?: unknown; stderr?: unknown };
  const how =
    typeof details.signal === 'string'
      ? `killed by ${details.signal}`
      : typeof details.code === 'number'
        ? `exit code ${details.code}`
        : error.message.split('\n')[0];
  const lastLine = typeof details.stderr === 'string' ? details.stderr.trim().split('\n').at(-1) : undefined;
  return lastLine ? `${how} (${lastLine})` : (how ?? 'unknown error');
}
