// The "done when" of perplexity evaluation: `cli perplexity` (tokenize → model host → per-token
// log-probabilities → aggregation) agrees with perplexity computed independently, in float64, from a
// plain Hugging Face-style forward pass over the same token ids: base model and base + LoRA adapter.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getLlama, type Llama, type LlamaModel } from 'node-llama-cpp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertPeftLora } from '../../../main/services/peft';
import {
  randomHfLlamaWeights,
  tinyHfLlamaConfig,
  type HfLlamaConfig,
  type HfWeights,
} from '../../fixtures/hf/hf-llama';
import { referenceProbabilities } from '../../fixtures/hf/hf-llama-reference';
import { hfFixtureVocab, writeHfLlamaAsGguf } from '../../fixtures/hf/hf-to-gguf';
import { mergeLora, randomPeftModules, writePeftFolder, type PeftFixtureSpec } from '../../fixtures/hf/peft-adapter';

const CLI = join(process.cwd(), 'main', 'cli', 'index.ts');
/** Relative agreement asked for; observed: 2e-4 or less (llama.cpp keeps its KV cache in F16). */
const RELATIVE_TOLERANCE = 1e-3;

// Short items: the fixture vocabulary is mostly single characters and the model holds 256 positions.
const ITEMS = [
  { question: 'What is GFR?', answer: 'Glomerular filtration rate.' },
  { question: 'Antidote for warfarin?', answer: 'Vitamin K.' },
  { question: 'Peaked T waves?', answer: 'Hyperkalemia, until proven otherwise.' },
];

const ADAPTER: PeftFixtureSpec = {
  targets: ['q_proj', 'v_proj', 'down_proj'],
  rankOf: () => 4,
  alphaOf: () => 8,
  config: { r: 4, lora_alpha: 8 },
  seed: 11,
};

let dir: string;
let config: HfLlamaConfig;
let weights: HfWeights;
let merged: HfWeights;
let basePath: string;
let loraPath: string;
let dataPath: string;
let llama: Llama;
let vocabModel: LlamaModel;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mea-ppl-ref-'));
  config = tinyHfLlamaConfig(hfFixtureVocab().tokens.length);
  weights = randomHfLlamaWeights(config, 23);
  basePath = join(dir, 'base.gguf');
  await writeHfLlamaAsGguf(basePath, config, weights, { name: 'Tiny HF llama (perplexity reference)' });
  const modules = randomPeftModules(config, ADAPTER);
  await writePeftFolder(join(dir, 'peft'), ADAPTER, modules);
  merged = mergeLora(weights, modules);
  loraPath = join(dir, 'adapter.gguf');
  await convertPeftLora({ peftDir: join(dir, 'peft'), basePath, outPath: loraPath });
  dataPath = join(dir, 'items.jsonl');
  await writeFile(dataPath, ITEMS.map((item) => JSON.stringify(item)).join('\n') + '\n');
  llama = await getLlama({ gpu: false, build: 'never' });
  vocabModel = await llama.loadModel({ modelPath: basePath, vocabOnly: true });
});

afterAll(async () => {
  await vocabModel?.dispose();
  await llama?.dispose();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The adapter's training text, written out here rather than taken from the app's format code. */
function pieces(item: { question: string; answer: string }): { prompt: string; answer: string; tail: string } {
  return {
    prompt: `<start_of_turn>user\n${item.question}\n<end_of_turn>\n<start_of_turn>model\n`,
    answer: `${item.answer}<end_of_turn>`,
    tail: '\n',
  };
}

/** Token ids in process: BOS, then each piece without SentencePiece's leading-space prefix. */
function tokenIds(item: { question: string; answer: string }): {
  tokens: number[];
  answerStart: number;
  answerEnd: number;
} {
  const { prompt, answer, tail } = pieces(item);
  const continuation = (text: string): number[] => [...vocabModel.tokenize(text, false, 'trimLeadingSpace')];
  const bos = vocabModel.tokens.bos;
  if (bos === null) throw new Error('fixture model has no BOS');
  const head = [bos, ...continuation(prompt)];
  const body = continuation(answer);
  return {
    tokens: [...head, ...body, ...continuation(tail)],
    answerStart: head.length,
    answerEnd: head.length + body.length,
  };
}

interface Reference {
  answerPerplexity: number;
  sequencePerplexity: number;
  answerTokens: number;
  sequenceTokens: number;
}

/** exp(Σ −ln p / count) over all items, each ln p from a float64 softmax of the reference logits. */
function referencePerplexity(modelWeights: HfWeights): Reference {
  let answerNll = 0;
  let sequenceNll = 0;
  let answerTokens = 0;
  let sequenceTokens = 0;
  for (const item of ITEMS) {
    const { tokens, answerStart, answerEnd } = tokenIds(item);
    const positions = tokens.slice(0, -1).map((_, index) => index);
    const distributions = referenceProbabilities(config, modelWeights, tokens, positions);
    distributions.forEach((probabilities, position) => {
      const target = position + 1;
      const nll = -Math.log(probabilities[tokens[target] as number] as number);
      sequenceNll += nll;
      sequenceTokens++;
      if (target >= answerStart && target < answerEnd) {
        answerNll += nll;
        answerTokens++;
      }
    });
  }
  return {
    answerPerplexity: Math.exp(answerNll / answerTokens),
    sequencePerplexity: Math.exp(sequenceNll / sequenceTokens),
    answerTokens,
    sequenceTokens,
  };
}

interface CliRun extends Reference {
  variant: string;
  items: number;
}

function cliPerplexity(): CliRun[] {
  const args = ['--model', basePath, '--lora', loraPath, '--compare', '--data', dataPath, '--threads', '1', '--json'];
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'perplexity', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) throw new Error(`cli failed (${result.status}): ${result.stderr}`);
  return (JSON.parse(result.stdout) as { runs: CliRun[] }).runs;
}

function relative(actual: number, expected: number): number {
  return Math.abs(actual - expected) / expected;
}

describe('perplexity agrees with an independent float64 computation', () => {
  let runs: CliRun[];
  beforeAll(() => {
    runs = cliPerplexity();
  }, 150_000);

  for (const variant of ['base', 'adapter'] as const) {
    it(`${variant}: answer-only and whole-sequence perplexity within ${RELATIVE_TOLERANCE} (relative)`, () => {
      const run = runs.find((candidate) => candidate.variant === variant);
      if (!run) throw new Error(`no ${variant} run in the CLI output`);
      const reference = referencePerplexity(variant === 'base' ? weights : merged);
      // Same tokens counted: the app tokenized exactly as this test did, on its own.
      expect(run.items).toBe(ITEMS.length);
      expect(run.answerTokens).toBe(reference.answerTokens);
      expect(run.sequenceTokens).toBe(reference.sequenceTokens);
      expect(relative(run.answerPerplexity, reference.answerPerplexity)).toBeLessThan(RELATIVE_TOLERANCE);
      expect(relative(run.sequencePerplexity, reference.sequencePerplexity)).toBeLessThan(RELATIVE_TOLERANCE);
    });
  }

  it('is not vacuous: the adapter moves perplexity well beyond the tolerance, and answer ≠ sequence', () => {
    const [base, adapter] = ['base', 'adapter'].map((variant) => runs.find((run) => run.variant === variant));
    if (!base || !adapter) throw new Error('missing runs');
    expect(relative(adapter.sequencePerplexity, base.sequencePerplexity)).toBeGreaterThan(20 * RELATIVE_TOLERANCE);
    expect(relative(base.answerPerplexity, base.sequencePerplexity)).toBeGreaterThan(20 * RELATIVE_TOLERANCE);
    for (const run of [base, adapter]) {
      expect(run.answerPerplexity).toBeGreaterThanOrEqual(1);
      expect(run.sequencePerplexity).toBeGreaterThanOrEqual(1);
    }
  });
});
