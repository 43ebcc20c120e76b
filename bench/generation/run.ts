// `npm run bench -- [--model FILE | --tinyllama-shaped | --tiny-fixture] [--threads N] [--llama-bench PATH] …`:
// prompt eval and generation speed through the app's whole path, raw node-llama-cpp in bare processes and
// (when given) llama.cpp's llama-bench, same model, threads, prompt size and token count, side by side.
import { execFile } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { resolveModelChoice } from '../model-choice';
import { PAUSE_BETWEEN_QUESTIONS_MS, runAppPath, type AppPathResult } from './app-path';
import { formatReport } from './format-report';
import { intervalStats, intervalsOf, rate, tokensPerSecondFrom } from './interval-stats';
import { llamaBenchArgs, runLlamaBench, type LlamaBenchResult } from './llama-bench';
import { parseGenerationBenchArgs, type GenerationBenchOptions } from './options';
import type { RawProcessConfig, RawProcessOutput, RawRun } from './raw-types';
import {
  ratioRows,
  reevaluatedShare,
  summarize,
  type GenerationBenchReport,
  type Summary,
  type VariantFigures,
  type VariantId,
} from './report';

const RAW_SCRIPT = fileURLToPath(new URL('./raw-process.ts', import.meta.url));

/** Runs the bare node-llama-cpp script in a fresh process and returns its one JSON line. */
async function runRaw(config: RawProcessConfig): Promise<RawProcessOutput> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', RAW_SCRIPT, JSON.stringify(config)],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as RawProcessOutput;
}

function rawFigures(runs: RawRun[], peakRssBytes: number | null): VariantFigures {
  return {
    promptTokens: runs.map((r) => r.promptTokens),
    promptTokensPerSecond: summarize(runs.map((r) => rate(r.promptTokens, r.promptMs))),
    generationTokensPerSecond: summarize(runs.map((r) => tokensPerSecondFrom(r.tokenTimes))),
    generatedTokens: runs.map((r) => r.tokenTimes.length),
    intervals: { process: intervalStats(runs.flatMap((r) => intervalsOf(r.tokenTimes))) },
    peakRssBytes,
  };
}

function appFigures(app: AppPathResult): VariantFigures {
  const { runs } = app;
  return {
    promptTokens: runs.map((r) => r.evaluatedTokens),
    promptTokensPerSecond: summarize(runs.map((r) => r.promptTokensPerSecond)),
    generationTokensPerSecond: summarize(runs.map((r) => r.tokensPerSecond)),
    generatedTokens: runs.map((r) => r.tokens),
    intervals: {
      bridge: intervalStats(runs.flatMap((r) => r.bridgeIntervals)),
      main: intervalStats(runs.flatMap((r) => r.mainIntervals)),
    },
    host: {
      promptTokensPerSecond: summarize(runs.map((r) => r.hostPromptTokensPerSecond)),
      generationTokensPerSecond: summarize(runs.map((r) => r.hostTokensPerSecond)),
    },
    peakRssBytes: app.hostPeakRssBytes,
  };
}

function llamaBenchFigures(result: LlamaBenchResult): VariantFigures {
  return {
    promptTokens: [result.prompt.tokens],
    promptTokensPerSecond: summarize(result.prompt.samplesTokensPerSecond),
    generationTokensPerSecond: summarize(result.generation.samplesTokensPerSecond),
    generatedTokens: [result.generation.tokens],
    intervals: {},
  };
}

function maxOf(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

/** Pools a later round's answers into the first round's result (turns and RSS breakdown stay the first's). */
function mergeAppRounds(first: AppPathResult, later: AppPathResult): AppPathResult {
  return {
    ...first,
    runs: [...first.runs, ...later.runs],
    hostPeakRssBytes: maxOf(first.hostPeakRssBytes, later.hostPeakRssBytes),
  };
}

async function measure(options: GenerationBenchOptions, modelPath: string): Promise<GenerationBenchReport> {
  const { threads, tokens: maxTokens, runs, sampling } = options;
  const base = { modelPath, threads, maxTokens, runs, sampling, promptTokens: options.promptTokens, question: '' };
  const fit = await runRaw({ ...base, mode: 'fit' });
  if (fit.mode !== 'fit') throw new Error('the raw process did not fit a prompt');
  const question = fit.question;
  console.log(`prompt: ${fit.promptTokens} tokens (qa profile, BOS included)`);

  // Each variant in a fresh process, one after the other, so none competes with another for the cores;
  // with --rounds, the whole sequence repeats and runs are pooled, so drift on a shared machine hits all alike.
  const rawEvaluateRuns: RawRun[] = [];
  const rawChatRuns: RawRun[] = [];
  const rawRss: { evaluate: number | null; chat: number | null } = { evaluate: null, chat: null };
  let app: AppPathResult | null = null;
  for (let round = 1; round <= options.rounds; round++) {
    const of = options.rounds > 1 ? ` (round ${round}/${options.rounds})` : '';
    console.log(`raw node-llama-cpp, sequence.evaluate …${of}`);
    const rawEvaluate = await runRaw({ ...base, question, mode: 'evaluate' });
    console.log(`raw node-llama-cpp, LlamaChatSession …${of}`);
    const rawChat = await runRaw({ ...base, question, mode: 'chat' });
    console.log(`app path …${of}`);
    // The 10-turn conversation runs once: its TTFT does not depend on drift the way throughput does.
    const appRound = await runAppPath({
      modelPath,
      threads,
      maxTokens,
      runs,
      question,
      sampling,
      turns: round === 1 ? options.turns : 0,
    });
    if (rawEvaluate.mode === 'evaluate') {
      rawEvaluateRuns.push(...rawEvaluate.runs);
      rawRss.evaluate = maxOf(rawRss.evaluate, rawEvaluate.peakRssBytes);
    }
    if (rawChat.mode === 'chat') {
      rawChatRuns.push(...rawChat.runs);
      rawRss.chat = maxOf(rawRss.chat, rawChat.peakRssBytes);
    }
    app = app === null ? appRound : mergeAppRounds(app, appRound);
  }
  if (app === null) throw new Error('--rounds must be at least 1');

  const variants: Partial<Record<VariantId, VariantFigures>> = { app: appFigures(app) };
  if (rawChatRuns.length > 0) variants.rawChat = rawFigures(rawChatRuns, rawRss.chat);
  if (rawEvaluateRuns.length > 0) variants.rawEvaluate = rawFigures(rawEvaluateRuns, rawRss.evaluate);

  let llamaBenchCommand: string | null = null;
  let llamaBenchError: string | null = null;
  let llamaBenchGenerationAtDepthZero: Summary | null = null;
  if (options.llamaBench) {
    const run = {
      binary: options.llamaBench,
      modelPath,
      threads,
      promptTokens: fit.promptTokens,
      genTokens: maxTokens,
      repetitions: runs,
    };
    llamaBenchCommand = [run.binary, ...llamaBenchArgs(run)].join(' ');
    console.log('llama-bench …');
    // A failing llama-bench build must not throw away the figures measured so far.
    try {
      const result = await runLlamaBench(run);
      variants.llamaBench = llamaBenchFigures(result);
      if (result.generationAtDepthZero) {
        llamaBenchGenerationAtDepthZero = summarize(result.generationAtDepthZero.samplesTokensPerSecond);
      }
    } catch (error) {
      llamaBenchError = (error as Error).message;
      console.error(llamaBenchError);
    }
  }

  return {
    model: { path: modelPath, fileBytes: statSync(modelPath).size },
    threads,
    contextSize: app.contextSize,
    pauseBetweenQuestionsMs: PAUSE_BETWEEN_QUESTIONS_MS,
    maxTokens,
    promptTokensTarget: fit.promptTokens,
    runs,
    rounds: options.rounds,
    sampling,
    llamaBenchCommand,
    llamaBenchError,
    llamaBenchGenerationAtDepthZero,
    variants,
    ratios: ratioRows(variants),
    turns: app.turns.map((t, index) => ({
      turn: index + 1,
      ttftMs: t.ttftMs,
      hostTtftMs: t.hostTtftMs,
      promptTokens: t.promptTokens,
      evaluatedTokens: t.evaluatedTokens,
      reevaluatedShare: reevaluatedShare(t.evaluatedTokens, t.promptTokens),
    })),
    hostPeakRssBytes: app.hostPeakRssBytes,
    hostRss: app.hostRss,
  };
}

export async function runGenerationBench(args: readonly string[]): Promise<GenerationBenchReport> {
  const options = parseGenerationBenchArgs(args, os.availableParallelism());
  const modelPath = (await resolveModelChoice(options.model)).path;
  console.log(
    `generation bench: ${modelPath}, threads ${options.threads}, ${options.runs} runs of ${options.tokens} tokens`,
  );
  const report = await measure(options, modelPath);
  console.log(`\n${formatReport(report)}`);
  if (options.json) {
    writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nfigures written to ${options.json}`);
  }
  return report;
}
