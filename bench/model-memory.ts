// Host memory and generation speed with the model file memory-mapped or read into memory (useMmap),
// each in a fresh process: `npx tsx bench/model-memory.ts [--model FILE] [--threads N] [--tokens N]`.
// Prints one line per mode: VmRSS / VmHWM, RssAnon vs RssFile (the mapped file's resident pages), tokens/s.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { getLlama, LlamaLogLevel, LlamaText, SpecialToken } from 'node-llama-cpp';
import { parseRssBreakdown, type RssBreakdown } from './generation/peak-rss';
import { ensureTinyLlamaShapedModel } from './tinyllama-shaped-model';

interface ProbeResult {
  useMmap: boolean;
  loadMs: number;
  afterLoad: RssBreakdown;
  afterGeneration: RssBreakdown;
  promptTokensPerSecond: number;
  tokensPerSecond: number;
}

const MIB = 1024 * 1024;

async function probe(modelPath: string, useMmap: boolean, threads: number, tokens: number): Promise<ProbeResult> {
  const llama = await getLlama({ gpu: false, logLevel: LlamaLogLevel.error, build: 'never' });
  llama.maxThreads = threads;
  const loadStart = performance.now();
  const model = await llama.loadModel({ modelPath, useMmap });
  const loadMs = performance.now() - loadStart;
  const context = await model.createContext({ contextSize: 1024, threads });
  const afterLoad = readBreakdown();
  const sequence = context.getSequence();
  const prompt = LlamaText([new SpecialToken('BOS'), 'A 54-year-old man has chest pain. '.repeat(8)]).tokenize(
    model.tokenizer,
  );
  const times: number[] = [];
  const start = performance.now();
  for await (const token of sequence.evaluate(prompt, { temperature: 0 })) {
    times.push(performance.now());
    if (times.length >= tokens || model.isEogToken(token)) break;
  }
  const first = times[0] ?? start;
  const last = times.at(-1) ?? first;
  const afterGeneration = readBreakdown();
  await context.dispose();
  await model.dispose();
  return {
    useMmap,
    loadMs,
    afterLoad,
    afterGeneration,
    promptTokensPerSecond: prompt.length / ((first - start) / 1000),
    tokensPerSecond: times.length > 1 ? (times.length - 1) / ((last - first) / 1000) : 0,
  };
}

function readBreakdown(): RssBreakdown {
  const breakdown = parseRssBreakdown(readFileSync('/proc/self/status', 'utf8'));
  if (!breakdown) throw new Error('/proc/self/status has no RSS lines (not Linux?)');
  return breakdown;
}

function format(result: ProbeResult, fileBytes: number): string {
  const mib = (bytes: number): string => `${(bytes / MIB).toFixed(0)} MiB`;
  const { afterGeneration: rss } = result;
  return [
    `useMmap=${String(result.useMmap).padEnd(5)}`,
    `load ${result.loadMs.toFixed(0)} ms`,
    `VmRSS ${mib(rss.rss)} (${(rss.rss / fileBytes).toFixed(2)}x file)`,
    `VmHWM ${mib(rss.peak)}`,
    `RssAnon ${mib(rss.anon)}`,
    `RssFile ${mib(rss.file)}`,
    `prompt ${result.promptTokensPerSecond.toFixed(1)} t/s`,
    `generation ${result.tokensPerSecond.toFixed(2)} t/s`,
  ].join(' | ');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      model: { type: 'string' },
      threads: { type: 'string', default: '2' },
      tokens: { type: 'string', default: '48' },
      child: { type: 'string' },
    },
  });
  const threads = Number(values.threads);
  const tokens = Number(values.tokens);
  if (values.child !== undefined) {
    // Child mode: one measurement in this fresh process, printed as JSON.
    const result = await probe(values.model ?? '', values.child === 'true', threads, tokens);
    console.log(JSON.stringify(result));
    return;
  }
  const modelPath = values.model ?? (await ensureTinyLlamaShapedModel());
  const fileBytes = statSync(modelPath).size;
  console.log(`model ${modelPath} (${(fileBytes / MIB).toFixed(0)} MiB), threads ${threads}, ${tokens} tokens`);
  for (const useMmap of [true, false]) {
    const args = [fileURLToPath(import.meta.url), '--child', String(useMmap), '--model', modelPath];
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', ...args, '--threads', `${threads}`, '--tokens', `${tokens}`],
      {
        encoding: 'utf8',
      },
    );
    const line = output.trim().split('\n').at(-1) ?? '';
    console.log(format(JSON.parse(line) as ProbeResult, fileBytes));
  }
}

await main();
