// Public API of quiz mode.
export { QuizService, type QuizServiceDeps } from './quiz-service';
export { quizSides, type QuizSides } from './card-sides';
export { gradeAnswer, CORRECT_MIN, PARTLY_MIN, type AnswerGrade, type QuizVerdict } from './grade-answer';
export { proposeRating, EASY_MAX_MS, type RatingProposal } from './propose-rating';
export { cleanQuestion, leakedTerms, answerWords, LeakGuard, questionPrompt, explanationPrompt } from './question-text';
export { keyTerms, normalizeText, sameWord, tokenize } from './answer-terms';
