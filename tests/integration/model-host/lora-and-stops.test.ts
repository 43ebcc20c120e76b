// In-process checks of what the host relies on: the LoRA really changes the model, and profile stop
// strings really end an answer (forced with a grammar, since a random model won't say them by itself).
import { getLlama, LlamaChatSession, type Llama, type LlamaModel, type Token } from 'node-llama-cpp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapStopReason } from '../../../main/services/model-host/generation';
import { createChatWrapper } from '../../../main/services/prompt-profiles/chat-wrapper-factory';
import { renderProfilePrompt, type PlainProfileId } from '../../../main/services/prompt-profiles';
import { PlainTextChatWrapper } from '../../../main/services/prompt-profiles/plain-text-chat-wrapper';
import { tinyModel } from './support';

let llama: Llama;
let model: LlamaModel;
let loraPath: string;

beforeAll(async () => {
  const fixture = await tinyModel();
  loraPath = fixture.loraPath;
  llama = await getLlama({ gpu: false, build: 'never' });
  model = await llama.loadModel({ modelPath: fixture.modelPath });
});

afterAll(async () => {
  await model?.dispose();
  await llama?.dispose();
});

/** Next-token probabilities after `prompt` in a fresh context (with or without the LoRA). */
async function nextTokenProbabilities(prompt: string, withLora: boolean): Promise<Map<Token, number>> {
  const context = await model.createContext({
    contextSize: 256,
    threads: 1,
    lora: withLora ? { adapters: [{ filePath: loraPath, scale: 1 }] } : undefined,
  });
  try {
    const sequence = context.getSequence();
    const tokens = [...model.tokenize('BOS', 'builtin'), ...model.tokenize(prompt)];
    const last = tokens.pop();
    if (last === undefined) throw new Error('empty prompt');
    const results = await sequence.controlledEvaluate([...tokens, [last, { generateNext: { probabilities: true } }]]);
    const probabilities = results.at(-1)?.next.probabilities;
    if (!probabilities) throw new Error('no probabilities returned');
    return probabilities;
  } finally {
    await context.dispose();
  }
}

function totalVariation(a: Map<Token, number>, b: Map<Token, number>): number {
  let sum = 0;
  for (const token of new Set([...a.keys(), ...b.keys()])) sum += Math.abs((a.get(token) ?? 0) - (b.get(token) ?? 0));
  return sum / 2;
}

describe('LoRA adapter', () => {
  it('changes next-token probabilities (and nothing else does)', async () => {
    const prompt = renderProfilePrompt('adapter', [], 'What is hypokalemia?').text;
    const base = await nextTokenProbabilities(prompt, false);
    const baseAgain = await nextTokenProbabilities(prompt, false);
    const adapted = await nextTokenProbabilities(prompt, true);

    expect(totalVariation(base, baseAgain)).toBeLessThan(1e-6); // evaluation is deterministic
    expect(totalVariation(base, adapted)).toBeGreaterThan(0.2);
  });
});

describe('profile stop strings', () => {
  async function forcedAnswer(profile: PlainProfileId, forcedOutput: string) {
    const context = await model.createContext({ contextSize: 512, threads: 1 });
    try {
      const session = new LlamaChatSession({
        contextSequence: context.getSequence(),
        chatWrapper: new PlainTextChatWrapper(profile),
      });
      // The grammar makes the model write `forcedOutput` verbatim, stop string included.
      const grammar = await llama.createGrammar({ grammar: `root ::= ${JSON.stringify(forcedOutput)}` });
      return await session.promptWithMeta('What is hypokalemia?', { grammar, maxTokens: 200 });
    } finally {
      await context.dispose();
    }
  }

  it('control: without a stop string the forced text comes back whole', async () => {
    const result = await forcedAnswer('adapter', 'Low serum potassium. Often from diuretics.');
    expect(result.responseText).toBe('Low serum potassium. Often from diuretics.');
    expect(mapStopReason(result.stopReason)).not.toBe('stopTrigger');
  });

  it('adapter: "<end_of_turn>" ends the answer and is not part of it', async () => {
    const result = await forcedAnswer('adapter', 'Low serum potassium.<end_of_turn>\n<start_of_turn>user\nmore');
    expect(result.responseText).toBe('Low serum potassium.');
    expect(mapStopReason(result.stopReason)).toBe('stopTrigger');
  });

  it('adapter: a new "<start_of_turn>" also ends the answer', async () => {
    const result = await forcedAnswer('adapter', 'Low serum potassium.<start_of_turn>user\nmore');
    expect(result.responseText).toBe('Low serum potassium.');
    expect(mapStopReason(result.stopReason)).toBe('stopTrigger');
  });

  it('qa: the model starting a new "Question:" ends the answer', async () => {
    const result = await forcedAnswer('qa', ' Low serum potassium.\nQuestion: and more');
    expect(result.responseText.trim()).toBe('Low serum potassium.');
    expect(mapStopReason(result.stopReason)).toBe('stopTrigger');
  });
});

describe('template profile', () => {
  it("renders with the GGUF's own (Zephyr) chat template", () => {
    const { wrapper, profile, fallbackReason } = createChatWrapper('template', model);
    expect(profile).toBe('template');
    expect(fallbackReason).toBeUndefined();
    const { contextText } = wrapper.generateContextState({
      chatHistory: [
        { type: 'user', text: 'What is sepsis?' },
        { type: 'model', response: ['Infection with organ dysfunction.'] },
        { type: 'user', text: 'Treatment?' },
        { type: 'model', response: [] },
      ],
    });
    // toString() names special tokens: eos_token ("</s>") is rendered as the real EOS token.
    const rendered = contextText.toString();
    expect(rendered).toContain('<|user|>\nWhat is sepsis?EOS');
    expect(rendered).toContain('<|assistant|>\nInfection with organ dysfunction.EOS');
    expect(rendered).toContain('<|user|>\nTreatment?EOS');
    expect(rendered.trimEnd().endsWith('<|assistant|>')).toBe(true);
  });
});
