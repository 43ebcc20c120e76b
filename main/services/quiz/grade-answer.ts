// Deterministic grading of a typed answer against the card's answer: the same text (after
// normalization) is correct; otherwise the share of key terms the answer contains decides. No model
// is involved, so a grade can be explained term by term and is the same every time.
import { findTerm, keyTerms, normalizeText, tokenize } from './answer-terms';
import type { QuizSides } from './card-sides';

export type QuizVerdict = 'correct' | 'partly' | 'incorrect';

export interface AnswerGrade {
  verdict: QuizVerdict;
  /** The answer is the card's answer, word for word after normalization. */
  exact: boolean;
  /** Weighted share of key terms found, 0–1. */
  score: number;
  /** Key terms the answer contains, and those it lacks (as the card spells them, folded). */
  matched: string[];
  missed: string[];
}

/** At least this share of key terms is a correct answer; from PARTLY_MIN on it is partly right. */
export const CORRECT_MIN = 0.75;
export const PARTLY_MIN = 0.3;

export function gradeAnswer(sides: QuizSides, answer: string): AnswerGrade {
  const terms = keyTerms(sides.answer, sides.prompt);
  const all = terms.map((term) => term.word);
  const normalized = normalizeText(answer);
  if (normalized === '') return { verdict: 'incorrect', exact: false, score: 0, matched: [], missed: all };
  if (normalized === normalizeText(sides.answer)) {
    return { verdict: 'correct', exact: true, score: 1, matched: all, missed: [] };
  }
  const words = tokenize(answer);
  const matched: string[] = [];
  const missed: string[] = [];
  let found = 0;
  let total = 0;
  for (const term of terms) {
    total += term.weight;
    if (findTerm(term.word, words) === null) {
      missed.push(term.word);
    } else {
      matched.push(term.word);
      found += term.weight;
    }
  }
  const score = total === 0 ? 0 : found / total;
  const verdict: QuizVerdict = score >= CORRECT_MIN ? 'correct' : score >= PARTLY_MIN ? 'partly' : 'incorrect';
  return { verdict, exact: false, score, matched, missed };
}
