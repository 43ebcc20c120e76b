// The review loop: loads the queue for a deck, reveals the back, previews and applies ratings.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FlashCard } from '../../../../../preload/contract/features/flashcards';
import type { RatingPreview, ReviewGrade } from '../../../../../preload/contract/features/review';
import type { MeaApi } from '../../../lib/api';

const QUEUE_SIZE = 50;

export interface ReviewSession {
  card: FlashCard | null;
  revealed: boolean;
  previews: RatingPreview[];
  dueCount: number;
  /** With nothing due: how long until the next card is (ms, as of loading); null when there are no cards. */
  nextDueIn: number | null;
  loading: boolean;
  error: string | null;
  canUndo: boolean;
  reveal(): void;
  /** Resolves true once the rating is stored (the next card is then being dealt). */
  rate(grade: ReviewGrade): Promise<boolean>;
  /** Resolves true once the last rating is undone (its card is then dealt again). */
  undo(): Promise<boolean>;
  reload(): void;
  /** Re-reads the rating buttons' intervals (after a settings change) without dealing another card. */
  refreshPreviews(): void;
  clearError(): void;
}

/** The first card due, its rating previews, and the counts for the progress line. */
async function loadQueue(api: MeaApi, deckId: number | null) {
  const queue = await api.reviewQueue(deckId, QUEUE_SIZE);
  const card = queue.cards[0] ?? null;
  return {
    card,
    dueCount: queue.dueCount,
    nextDueIn: queue.nextDueAt === null ? null : queue.nextDueAt - Date.now(),
    previews: card ? await api.previewReview(card.id) : [],
  };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `onReviewed` runs after each rating or undo (stats and the header's due count refresh). */
export function useReviewSession(api: MeaApi, deckId: number | null, onReviewed: () => void): ReviewSession {
  const [card, setCard] = useState<FlashCard | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [previews, setPreviews] = useState<RatingPreview[]>([]);
  const [dueCount, setDueCount] = useState(0);
  const [nextDueIn, setNextDueIn] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [canUndo, setCanUndo] = useState(false);
  // When the card was shown: the answer time stored with the rating.
  const shownAt = useRef(0);
  const busy = useRef(false);
  const cardIdRef = useRef<number | null>(null);
  useEffect(() => {
    cardIdRef.current = card?.id ?? null;
  }, [card]);

  // Bumped to re-read the queue (after a rating, undo or a settings change).
  const [reloadToken, setReloadToken] = useState(0);
  const reload = useCallback(() => setReloadToken((n) => n + 1), []);

  useEffect(() => {
    let current = true; // a newer load supersedes this one
    loadQueue(api, deckId).then(
      (loaded) => {
        if (!current) return;
        setCard(loaded.card);
        setDueCount(loaded.dueCount);
        setNextDueIn(loaded.nextDueIn);
        setPreviews(loaded.previews);
        setRevealed(false);
        setLoading(false);
        shownAt.current = Date.now();
      },
      (caught: unknown) => {
        if (!current) return;
        setError(message(caught));
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [api, deckId, reloadToken]);

  const rate = useCallback(
    async (grade: ReviewGrade) => {
      if (!card || !revealed || busy.current) return false;
      busy.current = true;
      try {
        await api.rateCard({ cardId: card.id, rating: grade, durationMs: Date.now() - shownAt.current, deckId });
        setCanUndo(true);
        onReviewed();
        reload();
        return true;
      } catch (caught) {
        setError(message(caught));
        return false;
      } finally {
        busy.current = false;
      }
    },
    [api, card, revealed, deckId, onReviewed, reload],
  );

  const undo = useCallback(async () => {
    try {
      await api.undoReview();
      setCanUndo(false);
      onReviewed();
      reload();
      return true;
    } catch (caught) {
      setError(message(caught));
      return false;
    }
  }, [api, onReviewed, reload]);

  const cardId = card?.id ?? null;
  const refreshPreviews = useCallback(() => {
    if (cardId === null) return;
    api.previewReview(cardId).then(
      // Only if that card is still the one on screen.
      (fresh) => setPreviews((current) => (cardIdRef.current === cardId ? fresh : current)),
      (caught: unknown) => setError(message(caught)),
    );
  }, [api, cardId]);

  return {
    card,
    revealed,
    previews,
    dueCount,
    nextDueIn,
    loading,
    error,
    canUndo,
    reveal: () => setRevealed(true),
    rate,
    undo,
    reload,
    refreshPreviews,
    clearError: () => setError(null),
  };
}
