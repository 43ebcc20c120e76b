// The quiz loop: load the cards, ask each one (the model's question streams in, or the card's front),
// grade the typed answer, then log the confirmed rating through review:rate like any review.
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  QuizExplanationEvent,
  QuizGrade,
  QuizItem,
  QuizQuestion,
  QuizQuestionEvent,
  QuizSource,
} from '../../../../../preload/contract/features/quiz';
import type { ReviewGrade } from '../../../../../preload/contract/features/review';
import type { MeaApi } from '../../../lib/api';
import { useQuizStreams } from './useQuizStreams';

const QUIZ_SIZE = 50;

export type QuizPhase =
  | { kind: 'loading' }
  | { kind: 'asking'; item: QuizItem; requestId: string }
  /** `failure`: why the model's question failed (e.g. which server and why), shown with the card's front. */
  | { kind: 'answering'; item: QuizItem; question: QuizQuestion; failure: string | null }
  | { kind: 'graded'; item: QuizItem; question: QuizQuestion; answer: string; grade: QuizGrade }
  | { kind: 'done' };

export interface Explanation {
  status: 'streaming' | QuizExplanationEvent['status'];
  text: string;
  error: string | null;
}

export interface QuizTally {
  rated: number;
  correct: number;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useQuizSession(api: MeaApi, source: QuizSource, onReviewed: () => void) {
  const [items, setItems] = useState<QuizItem[]>([]);
  const [index, setIndex] = useState(0);
  const [phase, setPhase] = useState<QuizPhase>({ kind: 'loading' });
  const [explanation, setExplanation] = useState<Explanation | null>(null);
  const [tally, setTally] = useState<QuizTally>({ rated: 0, correct: 0 });
  const [error, setError] = useState<string | null>(null);
  // When the question was shown: the answer time that goes with the rating, as in Review.
  const shownAt = useRef(0);
  const busy = useRef(false);

  const onQuestion = useCallback((event: QuizQuestionEvent) => {
    setPhase((current) =>
      current.kind === 'asking' && current.requestId === event.requestId
        ? { kind: 'answering', item: current.item, question: event.question, failure: event.error }
        : current,
    );
    shownAt.current = Date.now();
  }, []);
  const onExplanation = useCallback((event: QuizExplanationEvent) => {
    setExplanation({ status: event.status, text: event.text, error: event.error });
  }, []);
  const streams = useQuizStreams(api, onQuestion, onExplanation);

  const ask = useCallback(
    async (item: QuizItem | undefined) => {
      setExplanation(null);
      if (!item) {
        streams.follow(null);
        setPhase({ kind: 'done' });
        return;
      }
      try {
        const asked = await api.askQuizQuestion(item.cardId);
        if (asked.status === 'ready') {
          streams.follow(null);
          setPhase({ kind: 'answering', item, question: asked.question, failure: null });
          shownAt.current = Date.now();
        } else {
          streams.follow(asked.requestId);
          setPhase({ kind: 'asking', item, requestId: asked.requestId });
        }
      } catch (caught) {
        setError(message(caught));
      }
    },
    [api, streams],
  );

  useEffect(() => {
    let current = true;
    api.quizQueue(source, QUIZ_SIZE).then(
      (loaded) => {
        if (!current) return;
        setItems(loaded.items);
        setIndex(0);
        void ask(loaded.items[0]);
      },
      (caught: unknown) => current && setError(message(caught)),
    );
    return () => {
      current = false;
    };
    // Source is compared by value: a new object for the same quiz must not restart it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, source.kind, source.deckId]);

  /** Stops the question being written; the card's front is then asked. */
  const stopQuestion = useCallback(() => {
    if (phase.kind === 'asking') void api.stopQuiz(phase.requestId).catch(() => undefined);
  }, [api, phase]);

  const submit = useCallback(
    async (answer: string) => {
      if (phase.kind !== 'answering' || busy.current) return;
      busy.current = true;
      try {
        const grade = await api.gradeQuizAnswer(phase.item.cardId, answer, Date.now() - shownAt.current);
        setPhase({ kind: 'graded', item: phase.item, question: phase.question, answer, grade });
      } catch (caught) {
        setError(message(caught));
      } finally {
        busy.current = false;
      }
    },
    [api, phase],
  );

  const rate = useCallback(
    async (rating: ReviewGrade) => {
      if (phase.kind !== 'graded' || busy.current) return;
      busy.current = true;
      try {
        const current = streams.current();
        if (current) void api.stopQuiz(current).catch(() => undefined);
        await api.rateCard({ cardId: phase.item.cardId, rating, durationMs: Date.now() - shownAt.current });
        setTally((t) => ({ rated: t.rated + 1, correct: t.correct + (phase.grade.verdict === 'correct' ? 1 : 0) }));
        onReviewed();
        setIndex(index + 1);
        await ask(items[index + 1]);
      } catch (caught) {
        setError(message(caught));
      } finally {
        busy.current = false;
      }
    },
    [api, phase, streams, onReviewed, index, items, ask],
  );

  const explain = useCallback(async () => {
    if (phase.kind !== 'graded' || explanation?.status === 'streaming') return;
    try {
      const { requestId } = await api.explainQuizAnswer(phase.item.cardId, phase.answer);
      streams.follow(requestId);
      setExplanation({ status: 'streaming', text: '', error: null });
    } catch (caught) {
      setError(message(caught));
    }
  }, [api, phase, explanation, streams]);

  const stopExplanation = useCallback(() => {
    const current = streams.current();
    if (current && explanation?.status === 'streaming') void api.stopQuiz(current).catch(() => undefined);
  }, [api, streams, explanation]);

  /** Stops whatever the model is writing (leaving the quiz). */
  const stopAll = useCallback(() => {
    const current = streams.current();
    if (current) void api.stopQuiz(current).catch(() => undefined);
  }, [api, streams]);

  return {
    phase,
    draft: streams.draft,
    explanation,
    position: { index, total: items.length },
    tally,
    error,
    clearError: () => setError(null),
    stopQuestion,
    submit,
    rate,
    explain,
    stopExplanation,
    stopAll,
  };
}

export type QuizSession = ReturnType<typeof useQuizSession>;
