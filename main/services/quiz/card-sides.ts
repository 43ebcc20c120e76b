// A card's two sides as plain text for the quiz: the prompt the student sees (cloze deletions hidden)
// and the answer the grader checks against. Markup never reaches the model or the grader.
import { cardSideSummary } from '../../../preload/contract/card-html';
import type { Card } from '../flashcards';

export interface QuizSides {
  /** What the question is made from; never contains the answer. */
  prompt: string;
  /** What a right answer says. */
  answer: string;
}

// {{c1::text}} or {{c1::text::hint}}, as the app's own cloze cards store them.
const CLOZE = /\{\{c\d+::([\s\S]*?)(?:::([\s\S]*?))?\}\}/gi;

export function quizSides(card: Pick<Card, 'front' | 'back' | 'format'>): QuizSides {
  if (card.format === 'html') {
    // Rendered notes: the question side already hides the deletions; the answer side repeats the
    // question first ({{FrontSide}}), which is not part of what the student must say.
    const prompt = cardSideSummary('html', card.front).text;
    const back = cardSideSummary('html', card.back).text;
    const answer = back.startsWith(prompt) && back.length > prompt.length ? back.slice(prompt.length).trim() : back;
    return { prompt, answer };
  }
  const deletions: string[] = [];
  const prompt = card.front.replace(CLOZE, (_whole, text: string, hint: string | undefined) => {
    deletions.push(text);
    return `[${hint ?? '...'}]`;
  });
  const answer = [...deletions, card.back].map((part) => part.trim()).filter((part) => part !== '');
  return { prompt: prompt.trim(), answer: answer.join('\n') };
}
