// A stand-in for the model host: streams expectedAnswer(question) in small chunks, a few ms apart.
import type { AnswerGenerator } from '../../../../main/services/chat/chat-service';
import type { ActiveModel, GenerateInput } from '../../../../main/services/model/model-service';
import type { GenerateResult } from '../../../../main/services/model-host';
import type { AdapterChoice } from '../../../../preload/contract/schemas';
import type { Rng } from '../rng';
import { expectedAnswer } from '../texts';
import { sleep } from './context';

export class ScriptedGenerator implements AnswerGenerator {
  constructor(
    private readonly rng: Rng,
    /** Share of answers that fail part-way, like a host crash (stored as 'failed' with the text so far). */
    private readonly failureRate = 0.05,
  ) {}

  requireActiveModel(): ActiveModel {
    return { modelName: 'scripted-model', profile: 'adapter' };
  }

  defaultAdapterChoice(): AdapterChoice {
    return { enabled: true, scale: 1 };
  }

  async generate(
    input: GenerateInput,
    options: { requestId: string; signal: AbortSignal; onDelta: (text: string) => void },
  ): Promise<GenerateResult> {
    const full = expectedAnswer(input.prompt);
    const failAt = this.rng.next() < this.failureRate ? this.rng.int(1, full.length - 1) : null;
    let text = '';
    while (text.length < full.length) {
      await sleep(1);
      if (options.signal.aborted) return result(text, 'abort');
      if (failAt !== null && text.length >= failAt) throw new Error('scripted model failure');
      const chunk = full.slice(text.length, text.length + this.rng.int(4, 24));
      text += chunk;
      options.onDelta(chunk);
    }
    return result(text, 'stopTrigger');
  }
}

function result(text: string, stopReason: GenerateResult['stopReason']): GenerateResult {
  return {
    text,
    stopReason,
    tokens: Math.ceil(text.length / 4),
    evaluatedTokens: 10,
    tokensPerSecond: 100,
    timeToFirstTokenMs: 1,
    profile: 'adapter',
  };
}
