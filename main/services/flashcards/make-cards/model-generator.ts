// Adapts the app's model service to the one-call generator "Make cards" needs.
import { randomUUID } from 'node:crypto';
import type { GenerateInput } from '../../model/model-service';
import type { CardTextGenerator } from './make-cards-service';

/** The part of ModelService used here (it throws model_unavailable when no model is ready). */
export interface CardModel {
  generate(
    input: GenerateInput,
    options: { requestId: string; signal: AbortSignal; onDelta: (text: string) => void },
  ): Promise<{ text: string }>;
}

/**
 * One-off answers on the scratch sequence, so no conversation's cached session is evicted; `engine` picks who
 * answers and `adapter` whether (and how strongly) the adapter is applied.
 */
export function modelCardGenerator(model: CardModel): CardTextGenerator {
  return ({ prompt, jsonSchema, maxTokens, engine, adapter }) =>
    model.generate(
      {
        sessionKey: 'make-cards',
        history: [],
        prompt,
        scratch: true,
        maxTokens,
        engine: engine ?? null,
        ...(adapter ? { adapter } : {}),
        ...(jsonSchema ? { jsonSchema } : {}),
      },
      { requestId: randomUUID(), signal: new AbortController().signal, onDelta: () => {} },
    );
}
