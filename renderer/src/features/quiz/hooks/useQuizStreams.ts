// Follows the quiz's streamed text: the question being written and the model's comment, by request id.
// Subscribed before any request starts, so no delta is missed; pass stable callbacks (useCallback), as
// re-subscribing could drop an event in between.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { QuizExplanationEvent, QuizQuestionEvent } from '../../../../../preload/contract/features/quiz';
import type { MeaApi } from '../../../lib/api';

export interface QuizStreams {
  /** Text streamed so far for the current request ('' when none). */
  draft: string;
  /** Follows `requestId` from now on; earlier requests' events are ignored. */
  follow(requestId: string | null): void;
  current(): string | null;
}

export function useQuizStreams(
  api: MeaApi,
  onQuestion: (event: QuizQuestionEvent) => void,
  onExplanation: (event: QuizExplanationEvent) => void,
): QuizStreams {
  const [draft, setDraft] = useState('');
  const followed = useRef<string | null>(null);

  useEffect(() => {
    const offDelta = api.onQuizDelta(({ requestId, delta }) => {
      if (requestId === followed.current) setDraft((text) => text + delta);
    });
    const offQuestion = api.onQuizQuestion((event) => {
      if (event.requestId === followed.current) onQuestion(event);
    });
    const offExplanation = api.onQuizExplanation((event) => {
      if (event.requestId === followed.current) onExplanation(event);
    });
    return () => {
      offDelta();
      offQuestion();
      offExplanation();
    };
  }, [api, onQuestion, onExplanation]);

  const follow = useCallback((requestId: string | null) => {
    followed.current = requestId;
    setDraft('');
  }, []);
  const current = useCallback(() => followed.current, []);
  return { draft, follow, current };
}
