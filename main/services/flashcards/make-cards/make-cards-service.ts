// "Make cards": asks the model for cards (JSON-schema grammar, free text as fallback), marks the ones
// the deck already has, and saves the cards the user kept in one transaction. An answer's cards are made
// by the engine of its conversation (this computer or a server) with that conversation's adapter choice, a
// topic's by the default engine with the adapter as loaded.
import type { Database } from 'better-sqlite3';
import type { AdapterChoice } from '../../../../preload/contract/schemas';
import { ApiError } from '../../../../preload/contract/envelope';
import { RemoteEngineError } from '../../remote-engine/errors';
import { DuplicateCardError, type FlashcardService } from '..';
import type { ParsedCard } from '../parse';
import {
  answerPrompt,
  cardsJsonSchema,
  DEFAULT_MAKE_CARDS_LIMITS,
  freeTextPrompt,
  topicPrompt,
  type MakeCardsLimits,
} from './card-schema';
import { readFreeCards, readGrammarCards } from './read-cards';

/** One model call; `jsonSchema` present = constrained by a grammar. Model errors are thrown. */
export type CardTextGenerator = (input: {
  prompt: string;
  jsonSchema?: Record<string, unknown>;
  maxTokens: number;
  /** The server that answers; null or absent = this computer's model. */
  engine?: string | null;
  /** The adapter on/off and scale (an answer's conversation's); absent = the adapter as loaded. */
  adapter?: AdapterChoice;
}) => Promise<{ text: string }>;

type AnswerSetup = { engine: string | null; adapter?: AdapterChoice };

export type MakeCardsSource = { answerMessageId: number } | { topic: string };

export interface CardProposal extends ParsedCard {
  /** The deck already holds a card with this front (shown unticked). */
  duplicate: boolean;
}

export interface MakeCardsResult {
  proposals: CardProposal[];
  /** 'grammar' when the JSON-schema path gave the cards, 'text' when the tolerant parser did. */
  method: 'grammar' | 'text';
}

export interface NewCardDraft {
  front: string;
  back: string;
  noteType?: 'basic' | 'cloze';
  tags?: string[];
}

export interface MakeCardsDeps {
  db: Database;
  flashcards: FlashcardService;
  generate: CardTextGenerator;
  /** The text of an assistant message, or null when there is no such message. */
  messageText(id: number): string | null;
  /** The engine of the conversation a message belongs to (null: this computer); absent: this computer. */
  messageEngine?(id: number): string | null;
  /** The adapter choice of the conversation a message belongs to (null or absent: the adapter as loaded). */
  messageAdapter?(id: number): AdapterChoice | null;
  /** The engine for a topic (the settings' default); absent: this computer. */
  defaultEngine?(): string | null;
  limits?: Partial<MakeCardsLimits>;
  /** Reports why the grammar path was left (for the log); optional. */
  onFallback?: (reason: string) => void;
}

export class MakeCardsService {
  private readonly limits: MakeCardsLimits;

  constructor(private readonly deps: MakeCardsDeps) {
    this.limits = { ...DEFAULT_MAKE_CARDS_LIMITS, ...deps.limits };
  }

  async generate(source: MakeCardsSource, deckId: number): Promise<MakeCardsResult> {
    this.deps.flashcards.decks.require(deckId);
    const prompt = this.prompt(source);
    const { cards, method } = await this.askModel(prompt, this.answerSetup(source));
    const proposals = cards
      .slice(0, this.limits.maxCards)
      .map((card) => ({ ...card, duplicate: this.deps.flashcards.cards.findSameFront(deckId, card.front) !== null }));
    return { proposals, method };
  }

  /** Saves the chosen cards in one transaction; cards whose front the deck already has are skipped. */
  createMany(
    deckId: number,
    cards: readonly NewCardDraft[],
    sourceMessageId: number | null = null,
  ): { created: number; skippedDuplicates: number } {
    const { db, flashcards } = this.deps;
    return db.transaction(() => {
      flashcards.decks.require(deckId);
      let created = 0;
      let skippedDuplicates = 0;
      for (const card of cards) {
        try {
          flashcards.createCard({ ...card, deckId, sourceMessageId });
          created++;
        } catch (error) {
          // Repeated fronts (in the deck or earlier in this batch) are skipped; anything else cancels all.
          if (!(error instanceof DuplicateCardError)) throw error;
          skippedDuplicates++;
        }
      }
      return { created, skippedDuplicates };
    })();
  }

  private prompt(source: MakeCardsSource): string {
    if ('topic' in source) {
      const topic = source.topic.trim();
      if (topic === '') throw new ApiError('invalid_payload', 'Topic must not be empty');
      return topicPrompt(topic, this.limits.maxCards);
    }
    const text = this.deps.messageText(source.answerMessageId);
    if (text === null) throw new ApiError('not_found', `Answer ${source.answerMessageId} not found`);
    if (text.trim() === '')
      throw new ApiError('invalid_payload', 'That answer is empty: there is nothing to make cards from');
    return answerPrompt(text, this.limits.maxCards);
  }

  /** Who answers and with which adapter: an answer's cards as its conversation is answered, like a follow-up. */
  private answerSetup(source: MakeCardsSource): AnswerSetup {
    if ('topic' in source) return { engine: this.deps.defaultEngine?.() ?? null };
    const id = source.answerMessageId;
    const adapter = this.deps.messageAdapter?.(id) ?? null;
    return { engine: this.deps.messageEngine?.(id) ?? null, ...(adapter ? { adapter } : {}) };
  }

  /**
   * Grammar first; if it fails or yields nothing, free generation read by the tolerant parser. A server
   * without JSON schemas (EngineUnsupportedError) or one that refuses the schema (400) gets free text too.
   */
  private async askModel(
    prompt: string,
    setup: AnswerSetup,
  ): Promise<{ cards: ParsedCard[]; method: 'grammar' | 'text' }> {
    const { generate, onFallback } = this.deps;
    const { maxTokens } = this.limits;
    try {
      const { text } = await generate({ prompt, jsonSchema: cardsJsonSchema(this.limits), maxTokens, ...setup });
      const cards = readGrammarCards(text) ?? readFreeCards(text);
      if (cards.length > 0) return { cards, method: 'grammar' };
      onFallback?.('the grammar answer held no usable card');
    } catch (error) {
      // No model, or a server that is down or refuses the key: the fallback would fail the same way, so say so now.
      if (error instanceof ApiError && error.code === 'model_unavailable') throw error;
      if (error instanceof RemoteEngineError && error.code !== 'bad_request') throw error;
      onFallback?.(`grammar generation failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    const { text } = await generate({ prompt: freeTextPrompt(prompt), maxTokens, ...setup });
    return { cards: readFreeCards(text), method: 'text' };
  }
}
