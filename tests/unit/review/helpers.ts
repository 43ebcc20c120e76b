// Review test setup: a fresh migrated database with flashcards, a fake clock and the review service.
import { ReviewService, ReviewStore } from '../../../main/services/review';
import { SettingsRepository } from '../../../main/services/store';
import { useFlashcards, type FlashcardHarness } from '../flashcards/helpers';

export interface ReviewHarness extends FlashcardHarness {
  review: ReviewService;
  store: ReviewStore;
  /** Adds a card to a deck named "Renal" (created on first use). */
  addCard(front: string, back?: string): number;
}

export const DAY = 24 * 60 * 60 * 1000;

/** Call at the top of a test file; pass a store to swap in a failing one. */
export function useReview(): (store?: (db: FlashcardHarness['db']) => ReviewStore) => ReviewHarness {
  const setupFlashcards = useFlashcards();
  return (makeStore) => {
    const harness = setupFlashcards();
    const store = makeStore ? makeStore(harness.db) : new ReviewStore(harness.db);
    const review = new ReviewService(harness.service, new SettingsRepository(harness.db), {
      store,
      now: harness.clock.now,
    });
    let deckId: number | null = null;
    const addCard = (front: string, back = 'answer') => {
      deckId ??= harness.service.createDeck('Renal').id;
      return harness.service.createCard({ deckId, front, back }).id;
    };
    return { ...harness, review, store, addCard };
  };
}
