// Loads the tiny fixture model (and its LoRA) through the real node-llama-cpp: metadata, tokenizer, chat template, generation.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getLlama,
  JinjaTemplateChatWrapper,
  LlamaChatSession,
  type Llama,
  type LlamaContext,
  type LlamaModel,
  type Token,
} from 'node-llama-cpp';
import { buildLlamaSpmVocab, randomLlamaWeights, writeLlamaModel, type LlamaModelSpec } from '../../main/services/gguf';
import { ensureTinyModel, type TinyModelFixture } from '../fixtures/tiny-llama';
import { TINYLLAMA_CHAT_TEMPLATE } from '../fixtures/tinyllama-chat-template';

/**
 * One thread: the tiny model's matmuls are microseconds long, and with two threads ggml's per-op
 * thread barrier costs ~100 ms/token whenever the 2 cores are shared with other test workers.
 */
const THREADS = 1;

let fixture: TinyModelFixture;
let llama: Llama;
let model: LlamaModel;

beforeAll(async () => {
  fixture = await ensureTinyModel();
  llama = await getLlama({ gpu: false });
  model = await llama.loadModel({ modelPath: fixture.modelPath });
});

afterAll(async () => {
  await model?.dispose();
  await llama?.dispose();
});

async function nextTokenProbabilities(
  context: LlamaContext,
  prompt: string,
  tokenizer: LlamaModel = model,
): Promise<Map<Token, number>> {
  const sequence = context.getSequence();
  try {
    const tokens = [tokenizer.tokens.bos!, ...tokenizer.tokenize(prompt)];
    const last = tokens.pop()!;
    const results = await sequence.controlledEvaluate([...tokens, [last, { generateNext: { probabilities: true } }]]);
    const probabilities = results[tokens.length]?.next.probabilities;
    if (probabilities === undefined) throw new Error('no probabilities returned');
    return probabilities;
  } finally {
    sequence.dispose();
  }
}

function totalVariation(a: Map<Token, number>, b: Map<Token, number>): number {
  let sum = 0;
  for (const token of new Set([...a.keys(), ...b.keys()])) sum += Math.abs((a.get(token) ?? 0) - (b.get(token) ?? 0));
  return sum / 2;
}

describe('tiny fixture model in node-llama-cpp', () => {
  it('exposes the GGUF metadata, special tokens and chat template', () => {
    const metadata = model.fileInfo.metadata;
    expect(metadata.general.architecture).toBe('llama');
    expect(metadata.general.name).toBe(fixture.meta.name);
    expect(metadata.tokenizer.chat_template).toBe(TINYLLAMA_CHAT_TEMPLATE);
    expect(model.trainContextSize).toBe(2048);
    expect(model.vocabularyType).toBe('spm');
    expect(model.tokens.bosString).toBe('<s>');
    expect(model.tokens.eosString).toBe('</s>');
    expect(model.tokens.eos).toBe(fixture.meta.eosId);
  });

  it('round-trips a medical sentence through tokenize/detokenize, using whole-word tokens', () => {
    const sentence = 'The patient presents with chest pain and shortness of breath; BP 160/95 mmHg, 5 µg/kg.';
    const tokens = model.tokenize(sentence);
    expect(model.detokenize(tokens)).toBe(sentence);
    expect(model.tokenize('hypertension')).toHaveLength(1);
    expect(tokens.length).toBeLessThan(sentence.length / 2);
  });

  it('renders chats with the Zephyr template and generates until the token limit', async () => {
    const context = await model.createContext({ contextSize: 512, threads: THREADS });
    try {
      const session = new LlamaChatSession({ contextSequence: context.getSequence() });
      expect(session.chatWrapper).toBeInstanceOf(JinjaTemplateChatWrapper);
      const rendered = session.chatWrapper.generateContextState({
        chatHistory: [
          { type: 'user', text: 'What is angina?' },
          { type: 'model', response: [] },
        ],
      });
      expect(rendered.contextText.toString()).toBe('<|user|>\nWhat is angina?EOS\n<|assistant|>\n');

      const answer = await session.promptWithMeta('What is angina?', { maxTokens: 12, temperature: 0.8, seed: 1 });
      // EOS is suppressed in the fixture, so generation only stops at the limit.
      expect(answer.stopReason).toBe('maxTokens');
      expect(answer.responseText).toMatch(/^[A-Za-z]+( [A-Za-z]+)+/);
    } finally {
      await context.dispose();
    }
  });

  it('loads the LoRA adapter, which visibly changes next-token probabilities', async () => {
    const prompt = 'The patient presents with';
    const base = await model.createContext({ contextSize: 256, threads: THREADS });
    const adapted = await model.createContext({
      contextSize: 256,
      threads: THREADS,
      lora: { adapters: [{ filePath: fixture.loraPath }] },
    });
    try {
      const baseProbabilities = await nextTokenProbabilities(base, prompt);
      const adaptedProbabilities = await nextTokenProbabilities(adapted, prompt);
      expect(totalVariation(baseProbabilities, adaptedProbabilities)).toBeGreaterThan(0.2);
      expect(baseProbabilities.get(model.tokens.eos!) ?? 0).toBeLessThan(1e-6);
    } finally {
      await adapted.dispose();
      await base.dispose();
    }
  });
});

describe('GGUF writer output in llama.cpp', () => {
  const spec = (weightType: LlamaModelSpec['weightType'], seed: number): LlamaModelSpec => ({
    name: `writer check ${weightType}`,
    hyperParams: {
      contextLength: 256,
      embeddingLength: 64,
      blockCount: 1,
      feedForwardLength: 96,
      headCount: 4,
      headCountKv: 2,
      rmsNormEpsilon: 1e-5,
      ropeFreqBase: 10000,
    },
    vocab: buildLlamaSpmVocab({ words: ['heart', 'failure'], padToSize: 512 }),
    weightType,
    weights: randomLlamaWeights(seed),
  });

  it('computes with Q8_0 and F16 weights what it computes with the same F32 weights', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gguf-writer-llama-'));
    const loaded: LlamaModel[] = [];
    try {
      const distributions: Map<Token, number>[] = [];
      for (const [weightType, seed] of [
        ['F32', 1],
        ['Q8_0', 1],
        ['F16', 1],
        ['F32', 2],
      ] as const) {
        const path = join(dir, `${weightType}-${seed}.gguf`);
        await writeLlamaModel(path, spec(weightType, seed));
        const candidate = await llama.loadModel({ modelPath: path });
        loaded.push(candidate);
        const context = await candidate.createContext({ contextSize: 128, threads: THREADS });
        distributions.push(await nextTokenProbabilities(context, 'heart failure heart', candidate));
        await context.dispose();
      }
      const [f32, q8, f16, otherSeed] = distributions as [
        Map<Token, number>,
        Map<Token, number>,
        Map<Token, number>,
        Map<Token, number>,
      ];
      expect(totalVariation(f32, q8)).toBeLessThan(0.02);
      expect(totalVariation(f32, f16)).toBeLessThan(0.01);
      // The metric is meaningful: different weights give a clearly different distribution.
      expect(totalVariation(f32, otherSeed)).toBeGreaterThan(0.2);
    } finally {
      for (const candidate of loaded) await candidate.dispose();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
