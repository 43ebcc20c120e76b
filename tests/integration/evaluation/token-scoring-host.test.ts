// The model host's tokenize and score requests on the tiny fixture: one finite log-probability per
// predicted token, a stop mid-item, bad token ids and a crash mid-scoring, each with a clear outcome.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HostCrashedError,
  HostRequestError,
  NoModelLoadedError,
  ScoringAbortedError,
  type ModelHostClient,
} from '../../../main/services/model-host';
import { forkedClient, tinyModel, waitForStatus } from '../model-host/support';

let host: ModelHostClient;

beforeAll(async () => {
  const { modelPath, loraPath } = await tinyModel();
  host = forkedClient();
  await host.load({ modelPath, loraPath, loraScale: 1, gpuLayers: 'auto', threads: 1 });
});

afterAll(async () => {
  await host?.dispose();
});

/** BOS and word tokens, `count` in all (the text is long enough, then cut). */
async function longTokens(count: number): Promise<number[]> {
  const text = Array.from({ length: count }, () => 'the heart pumps blood').join(' ');
  const tokens = await host.tokenize(text, { bos: true });
  if (tokens.length < count) throw new Error(`only ${tokens.length} tokens`);
  return tokens.slice(0, count);
}

/** Tokens per sequence of the loaded model's contexts. */
function contextSize(): number {
  const size = host.getStatus().modelInfo?.contextSize;
  if (size === undefined) throw new Error('no model info');
  return size;
}

describe('model host: token scoring', () => {
  it('tokenizes like a prompt (BOS first) or a continuation, and scores n - 1 finite log-probabilities', async () => {
    const prompt = await host.tokenize('<start_of_turn>user\nWhat is DKA?\n', { bos: true });
    const continuation = await host.tokenize('Diabetic ketoacidosis.', { bos: false });
    expect(prompt.length).toBeGreaterThan(3);
    expect(continuation[0]).not.toBe(prompt[0]);
    const tokens = [...prompt, ...continuation];
    const { logProbs, seconds } = await host.scoreTokens({ tokens, lora: null });
    expect(logProbs).toHaveLength(tokens.length - 1);
    for (const value of logProbs) {
      expect(Number.isFinite(value)).toBe(true);
      expect(value).toBeLessThanOrEqual(0);
    }
    expect(seconds).toBeGreaterThan(0);
    // A fresh sequence each time: the same tokens score the same, with the adapter they do not.
    expect((await host.scoreTokens({ tokens, lora: null })).logProbs).toEqual(logProbs);
    expect((await host.scoreTokens({ tokens, lora: { scale: 1 } })).logProbs).not.toEqual(logProbs);
  });

  it('stops mid-item on abort, and the setting scores again afterwards', async () => {
    const tokens = await longTokens(contextSize());
    const controller = new AbortController();
    const scoring = host.scoreTokens({ tokens, lora: { scale: 1 } }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    await expect(scoring).rejects.toBeInstanceOf(ScoringAbortedError);
    const again = await host.scoreTokens({ tokens: tokens.slice(0, 20), lora: { scale: 1 } });
    expect(again.logProbs).toHaveLength(19);
  });

  it('refuses token ids outside the vocabulary and sequences longer than the context', async () => {
    const error = await host.scoreTokens({ tokens: [1, 10, 999_999], lora: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostRequestError);
    expect((error as Error).message).toMatch(/Token id 999999 is not in the model's vocabulary of \d+ tokens/);
    const tooLong = await longTokens(contextSize() + 1);
    await expect(host.scoreTokens({ tokens: tooLong, lora: null })).rejects.toThrow(
      /has \d+ tokens but the context holds \d+/,
    );
    await expect(host.scoreTokens({ tokens: [1], lora: null })).rejects.toThrow(/too_small|>=2|at least 2/i);
  });

  it('a crash mid-scoring rejects with HostCrashedError; the host comes back and scores', async () => {
    const tokens = await longTokens(contextSize());
    const scoring = host.scoreTokens({ tokens, lora: null });
    const pid = host.pid;
    if (pid === undefined) throw new Error('no host pid');
    setTimeout(() => process.kill(pid, 'SIGKILL'), 5);
    await expect(scoring).rejects.toBeInstanceOf(HostCrashedError);
    await waitForStatus(host, (status) => status.state === 'ready');
    expect((await host.scoreTokens({ tokens: tokens.slice(0, 10), lora: null })).logProbs).toHaveLength(9);
  });

  it('says no model is loaded after unload', async () => {
    await host.unload();
    await expect(host.tokenize('x', { bos: true })).rejects.toBeInstanceOf(NoModelLoadedError);
    await expect(host.scoreTokens({ tokens: [1, 2], lora: null })).rejects.toBeInstanceOf(NoModelLoadedError);
  });
});
