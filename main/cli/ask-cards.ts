// `ask --cards`: the question grounded in the cards of an app data folder, as chat grounds it, and the
// cards it was given printed after the answer (or in the JSON) so the answer's [1], [2] can be looked up.
import { resolve } from 'node:path';
import { CardGrounding, type GroundedQuestion } from '../services/grounding';
import { EngineUnsupportedError, type Engine } from '../services/engine';
import { FtsCardRetriever } from '../services/retrieval';
import { defaultDataDir } from './commands/models';
import { deckIdByName, openDeckData } from './deck-data';

export interface CardsOptions {
  dataDir: string | undefined;
  deck: string | undefined;
}

interface OpenCards {
  data: ReturnType<typeof openDeckData>;
  deckId: number | null;
  /** Whether the chosen deck (or any deck) holds a live card. */
  hasCards: () => boolean;
}

function openCards(options: CardsOptions): OpenCards {
  const data = openDeckData(resolve(options.dataDir ?? defaultDataDir()), { create: false });
  let deckId: number | null;
  try {
    deckId = deckIdByName(data, options.deck);
  } catch (error) {
    void data.close();
    throw error;
  }
  if (deckId === null) return { data, deckId, hasCards: () => data.flashcards.hasLiveCards() };
  const total = data.flashcards.listDecks().find((d) => d.id === deckId)?.total ?? 0;
  return { data, deckId, hasCards: () => total > 0 };
}

/** Checks the data folder and deck before a model is loaded, so a typo fails at once. */
export async function checkCardsOptions(options: CardsOptions): Promise<void> {
  await openCards(options).data.close();
}

/**
 * The grounded question, or null when the decks (the deck) hold no card: the question then goes as typed.
 * `tokenizer` is the model that answers (the local host, or a server); one that cannot count tokens gets the
 * cautious estimate chat uses.
 */
export async function groundWithCards(
  tokenizer: Pick<Engine, 'tokenize'>,
  question: string,
  options: CardsOptions,
): Promise<GroundedQuestion | null> {
  const { data, deckId, hasCards } = openCards(options);
  try {
    const grounding = new CardGrounding({
      retriever: new FtsCardRetriever(data.db),
      countTokens: async (text) => {
        try {
          return (await tokenizer.tokenize(text, { bos: false })).length;
        } catch (error) {
          if (error instanceof EngineUnsupportedError) return Math.ceil(text.length / 3);
          throw error;
        }
      },
      hasCards,
    });
    return await grounding.ground(question, { deckId });
  } finally {
    await data.close();
  }
}

/** The cards part of `ask --json`. */
export function citationsJson(grounded: GroundedQuestion | null) {
  return {
    grounding: grounded?.grounding ?? null,
    citations: (grounded?.cards ?? []).map(({ number, deckName, front, back, score }) => ({
      number,
      deck: deckName,
      front,
      back,
      score,
    })),
  };
}

/** The lines printed after a text answer. */
export function citationsText(grounded: GroundedQuestion | null): string {
  if (grounded === null) return 'No cards in the decks: answered by the model alone.\n';
  if (grounded.grounding === 'ungrounded') return 'Not in your cards: answered by the model alone.\n';
  const oneLine = (text: string) => text.replace(/\s+/g, ' ');
  return (
    'Cards used:\n' +
    grounded.cards.map((card) => `[${card.number}] ${card.deckName}: ${oneLine(card.front)}\n`).join('')
  );
}
