// window.api functions for quiz mode: cards, questions (streamed), grading, the model's comment, stop.
import type { MeaBridgeApi } from '../../contract/api';
import type { QuizApi } from '../../contract/features/quiz';
import type { BridgeTools } from '../bridge-tools';

export function quizBridge({ call, on }: BridgeTools): Pick<MeaBridgeApi, keyof QuizApi> {
  return {
    quizQueue: (source, limit) => call('quiz:queue', { source, limit }),
    askQuizQuestion: (cardId) => call('quiz:ask', { cardId }),
    stopQuiz: (requestId) => call('quiz:stop', { requestId }),
    gradeQuizAnswer: (cardId, answer, durationMs) => call('quiz:grade', { cardId, answer, durationMs }),
    explainQuizAnswer: (cardId, answer) => call('quiz:explain', { cardId, answer }),
    onQuizDelta: (listener) => on('quiz:delta', listener),
    onQuizQuestion: (listener) => on('quiz:question', listener),
    onQuizExplanation: (listener) => on('quiz:explanation', listener),
  };
}
