// Loads the eval deck into a fresh data file through the app's own flashcard service (decks, cloze
// cards, tags), returning each stored card id's eval card.
import type { Database } from 'better-sqlite3';
import { FlashcardService } from '../../main/services/flashcards';
import { ConversationRepository, MessageRepository, SettingsRepository } from '../../main/services/store';
import type { EvalCard } from './eval-deck';

export function loadEvalDeck(db: Database, cards: readonly EvalCard[]): Map<number, EvalCard> {
  const service = new FlashcardService(db, new SettingsRepository(db));
  const decks = new Map<string, number>();
  const byId = new Map<number, EvalCard>();
  db.transaction(() => {
    for (const card of cards) {
      let deckId = decks.get(card.deck);
      if (deckId === undefined) {
        deckId = service.createDeck(card.deck).id;
        decks.set(card.deck, deckId);
      }
      const stored = service.cards.insert({
        deckId,
        front: card.front,
        back: card.back,
        noteType: card.noteType,
        tags: card.tags,
      });
      byId.set(stored.id, card);
    }
  })();
  return byId;
}

/**
 * Loads the eval deck's basic cards as earlier chats instead: one conversation per card, its front
 * asked and its back the finished answer; returns each answer's message id's eval card.
 */
export function loadEvalAnswers(db: Database, cards: readonly EvalCard[]): Map<number, EvalCard> {
  const conversations = new ConversationRepository(db);
  const messages = new MessageRepository(db);
  const byId = new Map<number, EvalCard>();
  for (const card of cards) {
    // A cloze front is not a question anyone would have typed.
    if (card.noteType !== 'basic') continue;
    const conversation = conversations.create(card.front.slice(0, 80));
    messages.addUser(conversation.id, card.front);
    const answer = messages.startAssistant(conversation.id, { modelName: 'eval', profile: null });
    messages.finish(answer.id, { content: card.back, status: 'complete' });
    byId.set(answer.id, card);
  }
  return byId;
}
