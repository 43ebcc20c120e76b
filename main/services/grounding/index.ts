// Answers grounded in the student's own cards (and, as a setting, earlier answers): what, within what budget, in what prompt.
export { CardGrounding, type CardGroundingDeps, type PastAnswersSource } from './card-grounding';
export { answerBlock, cardBlock, groundedPrompt, type PromptAnswer, type PromptCard } from './grounded-prompt';
export type { AnswerGrounding, GroundedAnswer, GroundedCard, GroundedQuestion, GroundOptions } from './types';
