// The JSON schema the model's "Make cards" answer must follow, and the prompts that ask for it.

/** Bounds that keep grammar output finite: with them, maxTokens always leaves room to close the JSON. */
export interface MakeCardsLimits {
  /** The grammar asks for at least this many cards (1 by default: a short answer may hold one fact). */
  minCards: number;
  maxCards: number;
  frontChars: number;
  backChars: number;
  /** Token budget of one generation. */
  maxTokens: number;
}

export const DEFAULT_MAKE_CARDS_LIMITS: MakeCardsLimits = {
  minCards: 1,
  maxCards: 10,
  frontChars: 200,
  backChars: 400,
  maxTokens: 1536,
};

/** An array of {front, back}: node-llama-cpp's GbnfJsonSchema subset, sent to the model host as plain JSON. */
export function cardsJsonSchema(limits: MakeCardsLimits): Record<string, unknown> {
  return {
    type: 'array',
    minItems: Math.min(limits.minCards, limits.maxCards),
    maxItems: limits.maxCards,
    items: {
      type: 'object',
      properties: {
        front: { type: 'string', minLength: 1, maxLength: limits.frontChars },
        back: { type: 'string', minLength: 1, maxLength: limits.backChars },
      },
      required: ['front', 'back'],
    },
  };
}

/** Source text is cut to this many characters so the prompt fits the model's small context. */
export const SOURCE_TEXT_MAX_CHARS = 4000;

export function answerPrompt(answer: string, maxCards: number): string {
  return (
    `Turn the key facts of this text into at most ${maxCards} flashcards for a medical student. ` +
    'Each card has a short question (front) and a precise answer (back). ' +
    'Reply with a JSON array of {"front": ..., "back": ...}.\n\n' +
    `Text:\n${answer.slice(0, SOURCE_TEXT_MAX_CHARS)}`
  );
}

export function topicPrompt(topic: string, maxCards: number): string {
  return (
    `Write at most ${maxCards} flashcards for a medical student on this topic: ${topic.slice(0, SOURCE_TEXT_MAX_CHARS)}. ` +
    'Each card has a short question (front) and a precise answer (back). ' +
    'Reply with a JSON array of {"front": ..., "back": ...}.'
  );
}

/** The free-text variant (no grammar): asks for Q:/A: pairs, which the tolerant parser reads best. */
export function freeTextPrompt(base: string): string {
  return `${base.replace(/Reply with a JSON array of \{"front": \.\.\., "back": \.\.\.\}\./, '')}\nWrite each card as two lines:\nQ: <question>\nA: <answer>`;
}
