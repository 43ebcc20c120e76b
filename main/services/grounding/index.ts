// Answers grounded in the student's own cards: which cards, within what budget, in what prompt.
export { CardGrounding, type CardGroundingDeps } from './card-grounding';
export { cardBlock, groundedPrompt, type PromptCard } from './grounded-prompt';
export type { AnswerGrounding, GroundedCard, GroundedQuestion } from './types';
