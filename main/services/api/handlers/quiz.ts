// Quiz channels → QuizService. Ratings are not here: the quiz logs them through review:rate.
import type { quizInvokeChannels } from '../../../../preload/contract/features/quiz';
import type { QuizService } from '../../quiz';
import type { FeatureHandlers } from './types';

export function quizHandlers(quiz: QuizService): FeatureHandlers<typeof quizInvokeChannels> {
  return {
    'quiz:queue': ({ source, limit }) => quiz.queue(source, limit),
    'quiz:ask': ({ cardId }) => quiz.ask(cardId),
    'quiz:stop': ({ requestId }) => quiz.stop(requestId),
    'quiz:grade': ({ cardId, answer, durationMs }) => quiz.grade(cardId, answer, durationMs),
    'quiz:explain': ({ cardId, answer }) => quiz.explain(cardId, answer),
  };
}
