// A scripted stand-in for the model: emits given chunks one tick apart and honours AbortSignal.
import { ApiError } from '../../../preload/contract/envelope';
import type { AnswerGenerator } from '../../../main/services/chat/chat-service';
import type { GenerateInput } from '../../../main/services/model/model-service';
import type { GenerateResult } from '../../../main/services/model-host';
import type { AdapterChoice } from '../../../preload/contract/schemas';

export class FakeGenerator implements AnswerGenerator {
  ready = true;
  chunks: string[] = ['Hypo', 'kalemia ', 'is low ', 'potassium.'];
  failAfter: number | null = null;
  /** What a failure throws (a plain Error is a failed answer; HostCrashedError an interrupted one). */
  failError: Error = new Error('model host crashed (SIGSEGV)');
  chunkDelayMs = 2;
  readonly calls: GenerateInput[] = [];

  requireActiveModel(adapter?: AdapterChoice) {
    if (!this.ready) throw new ApiError('model_unavailable', 'No model is ready. Load a model in Settings.');
    return {
      modelName: 'tiny-test-model',
      profile: adapter?.enabled === false ? ('template' as const) : ('adapter' as const),
    };
  }

  defaultAdapterChoice(): AdapterChoice {
    return { enabled: true, scale: 1 };
  }

  async generate(
    input: GenerateInput,
    options: { requestId: string; signal: AbortSignal; onDelta: (text: string) => void },
  ): Promise<GenerateResult> {
    this.calls.push(input);
    let text = '';
    for (const [index, chunk] of this.chunks.entries()) {
      await new Promise((resolve) => setTimeout(resolve, this.chunkDelayMs));
      if (options.signal.aborted) return this.result(text, 'abort', index);
      if (this.failAfter === index) throw this.failError;
      text += chunk;
      options.onDelta(chunk);
    }
    return this.result(text, 'stopTrigger', this.chunks.length);
  }

  private result(text: string, stopReason: GenerateResult['stopReason'], tokens: number): GenerateResult {
    return {
      text,
      stopReason,
      tokens,
      evaluatedTokens: 10,
      tokensPerSecond: 42,
      timeToFirstTokenMs: 5,
      profile: 'adapter',
    };
  }
}
