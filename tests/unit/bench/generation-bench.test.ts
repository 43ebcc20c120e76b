// Pure parts of the generation benchmark: llama-bench JSON, interval statistics, ratios, tables, options.
import { describe, expect, it } from 'vitest';
import { fitWordCount, vignetteQuestion } from '../../../bench/generation/bench-prompt';
import { formatReport, formatTable } from '../../../bench/generation/format-report';
import {
  intervalStats,
  intervalsOf,
  percentile,
  rate,
  tokensPerSecondFrom,
} from '../../../bench/generation/interval-stats';
import { describeExecFailure, llamaBenchArgs, parseLlamaBenchJson } from '../../../bench/generation/llama-bench';
import { parseGenerationBenchArgs } from '../../../bench/generation/options';
import { parseRssBreakdown, parseVmHwm } from '../../../bench/generation/peak-rss';
import {
  ratioRows,
  reevaluatedShare,
  summarize,
  type GenerationBenchReport,
  type VariantFigures,
} from '../../../bench/generation/report';

/** Tests as llama-bench -o json prints them (fields trimmed to a representative subset). */
function llamaBenchOutput(): string {
  const common = {
    build_commit: 'abc1234',
    build_number: 1,
    cpu_info: 'Test CPU',
    model_filename: 'm.gguf',
    n_batch: 2048,
    n_threads: 2,
    n_depth: 0,
    test_time: '2025-01-01T00:00:00Z',
  };
  return JSON.stringify([
    {
      ...common,
      n_prompt: 256,
      n_gen: 0,
      avg_ns: 1,
      stddev_ns: 0,
      avg_ts: 101.5,
      stddev_ts: 2.25,
      samples_ns: [1, 2],
      samples_ts: [99.25, 103.75],
    },
    {
      ...common,
      n_prompt: 0,
      n_gen: 128,
      avg_ns: 1,
      stddev_ns: 0,
      avg_ts: 24.5,
      stddev_ts: 0.5,
      samples_ns: [1, 2],
      samples_ts: [24, 25],
    },
  ]);
}

/** What `-d 0,256` prints: the same two tests again after 256 tokens already in the context. */
function llamaBenchOutputWithDepth(): string {
  const atZero = JSON.parse(llamaBenchOutput()) as Record<string, unknown>[];
  const atDepth = atZero.map((test, index) => ({
    ...test,
    n_depth: 256,
    avg_ts: index === 0 ? 180 : 21.5,
    samples_ts: index === 0 ? [179, 181] : [21, 22],
  }));
  return JSON.stringify([...atZero, ...atDepth]);
}

function figures(prompt: number, generation: number): VariantFigures {
  return {
    promptTokens: [256],
    promptTokensPerSecond: summarize([prompt]),
    generationTokensPerSecond: summarize([generation]),
    generatedTokens: [128],
    intervals: {},
  };
}

describe('llama-bench JSON', () => {
  it('reads the prompt and generation tests with their per-repetition samples', () => {
    const result = parseLlamaBenchJson(llamaBenchOutput());
    expect(result.prompt).toEqual({
      kind: 'prompt',
      tokens: 256,
      depth: 0,
      threads: 2,
      avgTokensPerSecond: 101.5,
      stddevTokensPerSecond: 2.25,
      samplesTokensPerSecond: [99.25, 103.75],
    });
    expect(result.generation.tokens).toBe(128);
    expect(result.generation.avgTokensPerSecond).toBe(24.5);
    expect(result.generation.samplesTokensPerSecond).toEqual([24, 25]);
    expect(result.buildCommit).toBe('abc1234');
    expect(result.cpuInfo).toBe('Test CPU');
    expect(result.generationAtDepthZero).toBeNull();
  });

  it('compares generation at the prompt depth, prompt processing at depth 0, and keeps tg at 0 for reference', () => {
    const result = parseLlamaBenchJson(llamaBenchOutputWithDepth(), 256);
    expect(result.prompt.depth).toBe(0);
    expect(result.prompt.samplesTokensPerSecond).toEqual([99.25, 103.75]);
    expect(result.generation.depth).toBe(256);
    expect(result.generation.samplesTokensPerSecond).toEqual([21, 22]);
    expect(result.generationAtDepthZero?.samplesTokensPerSecond).toEqual([24, 25]);
    expect(() => parseLlamaBenchJson(llamaBenchOutput(), 256)).toThrow(/generation test \(n_gen > 0, depth 256\)/);
  });

  it('refuses output that is not JSON, has the wrong shape, or lacks a test', () => {
    expect(() => parseLlamaBenchJson('| model | size |')).toThrow(/did not print JSON/);
    expect(() => parseLlamaBenchJson('[{"n_prompt": "x"}]')).toThrow(/unexpected llama-bench JSON/);
    const onlyPrompt = JSON.stringify([JSON.parse(llamaBenchOutput())[0]]);
    expect(() => parseLlamaBenchJson(onlyPrompt)).toThrow(/one generation test/);
  });

  it('describes a failed run by its signal or exit code and last stderr line', () => {
    const killed = Object.assign(new Error('Command failed'), { signal: 'SIGILL', stderr: 'load\n' });
    expect(describeExecFailure(killed)).toBe('killed by SIGILL (load)');
    const exited = Object.assign(new Error('Command failed'), {
      code: 1,
      signal: null,
      stderr: 'a\nerror: bad model\n',
    });
    expect(describeExecFailure(exited)).toBe('exit code 1 (error: bad model)');
  });

  it('builds the command line with the same threads, prompt size, token count and repetitions', () => {
    const args = llamaBenchArgs({
      binary: 'lb',
      modelPath: 'm.gguf',
      threads: 2,
      promptTokens: 265,
      genTokens: 32,
      repetitions: 3,
    });
    expect(args.join(' ')).toBe('-m m.gguf -t 2 -p 265 -n 32 -d 0,265 -r 3 -o json');
  });
});

describe('interval statistics', () => {
  it('takes gaps between timestamps and reports median, nearest-rank p95, max and stalls', () => {
    const times = [0, 10, 20, 30, 100, 110];
    expect(intervalsOf(times)).toEqual([10, 10, 10, 70, 10]);
    expect(intervalStats(intervalsOf(times))).toEqual({ count: 5, medianMs: 10, p95Ms: 70, maxMs: 70, stalls: 1 });
  });

  it('uses nearest-rank percentiles and rejects percentiles out of range', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 50)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile(values, 101)).toThrow(/0\.\.100/);
  });

  it('counts only intervals strictly longer than the stall threshold', () => {
    expect(intervalStats([50, 50.5, 49], 50).stalls).toBe(1);
  });

  it('computes generation rate from the first token on, and plain rates', () => {
    expect(tokensPerSecondFrom([1000, 1100, 1200, 1300, 1400])).toBe(10);
    expect(tokensPerSecondFrom([5])).toBe(0);
    expect(rate(256, 2000)).toBe(128);
    expect(rate(10, 0)).toBe(0);
  });
});

describe('ratios and the report', () => {
  it('divides medians for every pair measured and skips pairs with a missing variant', () => {
    const rows = ratioRows({ app: figures(90, 19), rawChat: figures(100, 20), llamaBench: figures(100, 25) });
    expect(rows.map((r) => r.label)).toEqual([
      'app / raw LlamaChatSession',
      'app / llama-bench',
      'raw LlamaChatSession / llama-bench',
    ]);
    expect(rows[0]?.generation).toBeCloseTo(0.95);
    expect(rows[0]?.prompt).toBeCloseTo(0.9);
    expect(rows[2]?.generation).toBeCloseTo(0.8);
  });

  it('gives the re-evaluated share of a turn, or null without a prompt size', () => {
    expect(reevaluatedShare(30, 600)).toBeCloseTo(0.05);
    expect(reevaluatedShare(30, null)).toBeNull();
  });

  it('pads table columns, first left-aligned and the others right-aligned', () => {
    expect(
      formatTable(
        ['name', 'n'],
        [
          ['a', '100'],
          ['longer', '5'],
        ],
      ),
    ).toBe(['name      n', 'a       100', 'longer    5'].join('\n'));
  });

  it('formats every section with the measured figures', () => {
    const variants = { app: figures(90, 19), rawChat: figures(100, 20), llamaBench: figures(100, 25) };
    const report: GenerationBenchReport = {
      model: { path: 'm.gguf', fileBytes: 1024 ** 3 },
      threads: 2,
      contextSize: 4096,
      maxTokens: 128,
      promptTokensTarget: 256,
      runs: 3,
      sampling: { temperature: 0.7, topP: 0.9 },
      llamaBenchCommand: 'lb -m m.gguf',
      llamaBenchError: null,
      llamaBenchGenerationAtDepthZero: summarize([27, 28, 29]),
      pauseBetweenQuestionsMs: 500,
      rounds: 2,
      variants,
      ratios: ratioRows(variants),
      turns: [
        { turn: 1, ttftMs: 640, hostTtftMs: 600, promptTokens: 200, evaluatedTokens: 50, reevaluatedShare: 0.25 },
      ],
      hostPeakRssBytes: 2 * 1024 ** 3,
      hostRss: { rss: 2 * 1024 ** 3, peak: 2 * 1024 ** 3, anon: 1024 ** 3, file: 1024 ** 3 },
    };
    const text = formatReport(report);
    expect(text).toContain('Host RSS at the end: 2.00 GiB = anonymous 1.00 GiB + file-backed 1.00 GiB');
    expect(text).toContain('app / llama-bench');
    expect(text).toMatch(/app \/ raw LlamaChatSession\s+0\.950\s+0\.900/);
    expect(text).toMatch(/^1\s+640\s+600\s+200\s+50\s+25\.0%$/m);
    expect(text).toContain('model host 2.00 GiB');
    expect(text).toContain('host / file 2.00×');
    expect(text).toContain('target: generation app / raw LlamaChatSession ≥ 0.97: 0.950 FAIL');
    expect(text).toContain('goal: generation app / llama-bench ≥ 0.9: 0.760 FAIL');
    expect(text).toContain('top_p 0.9, app questions 500 ms apart');
    expect(text).toContain('runs: 3 (+1 warm-up discarded) × 2 rounds in turn, pooled, ');
    expect(text).toContain('into an empty context llama-bench gives 28.00 tok/s (app / that 0.679)');
  });
});

describe('options and helpers', () => {
  it('defaults to the TinyLlama-shaped model and the given thread count', () => {
    const options = parseGenerationBenchArgs([], 6);
    expect(options.model).toEqual({ kind: 'tinyllama-shaped' });
    expect(options).toMatchObject({
      threads: 6,
      runs: 3,
      rounds: 1,
      tokens: 128,
      promptTokens: 256,
      turns: 10,
      json: null,
    });
    expect(options.sampling).toEqual({ temperature: 0.7, topP: 0.9 });
  });

  it('reads every option and refuses bad numbers and two model choices', () => {
    const options = parseGenerationBenchArgs(
      [
        '--model',
        'x.gguf',
        '--threads',
        '2',
        '--llama-bench',
        'lb',
        '--runs',
        '5',
        '--rounds',
        '2',
        '--tokens',
        '32',
        '--greedy',
        '--json',
        'o.json',
      ],
      8,
    );
    expect(options).toMatchObject({
      model: { kind: 'file', path: 'x.gguf' },
      threads: 2,
      llamaBench: 'lb',
      runs: 5,
      rounds: 2,
      tokens: 32,
      json: 'o.json',
    });
    expect(options.sampling.temperature).toBe(0);
    expect(() => parseGenerationBenchArgs(['--threads', '0'], 2)).toThrow(/--threads must be a positive integer/);
    expect(() => parseGenerationBenchArgs(['--runs', '1.5'], 2)).toThrow(/--runs/);
    expect(() => parseGenerationBenchArgs(['--rounds', '0'], 2)).toThrow(/--rounds must be a positive integer/);
    expect(() => parseGenerationBenchArgs(['--model', 'x', '--tiny-fixture'], 2)).toThrow(/only one of/);
    expect(() => parseGenerationBenchArgs(['--bogus'], 2)).toThrow();
  });

  it('reads VmHWM from /proc status text', () => {
    expect(parseVmHwm('Name:\tnode\nVmHWM:\t  123456 kB\nVmRSS:\t 1 kB\n')).toBe(123456 * 1024);
    expect(parseVmHwm('Name:\tnode\n')).toBeNull();
  });

  it('splits the RSS into anonymous and file-backed pages', () => {
    const status = 'VmHWM:\t 2000 kB\nVmRSS:\t 1500 kB\nRssAnon:\t 900 kB\nRssFile:\t 580 kB\nRssShmem:\t 20 kB\n';
    expect(parseRssBreakdown(status)).toEqual({
      rss: 1500 * 1024,
      peak: 2000 * 1024,
      anon: 900 * 1024,
      file: 580 * 1024,
    });
    expect(parseRssBreakdown('VmRSS:\t 1500 kB\n')).toBeNull();
  });

  it('fits the smallest word count that reaches a token budget', () => {
    const tokensFor = (words: number): number => 10 + words * 2; // BOS + template + 2 tokens a word
    expect(fitWordCount(100, tokensFor)).toBe(45);
    expect(tokensFor(fitWordCount(100, tokensFor))).toBeGreaterThanOrEqual(100);
    expect(tokensFor(fitWordCount(100, tokensFor) - 1)).toBeLessThan(100);
    expect(vignetteQuestion(3).split(' ')).toHaveLength(3);
    expect(() => vignetteQuestion(0)).toThrow(/positive integer/);
  });
});
