// What the scope guard decides about a question, and the interface the chat depends on.

export type ScopeLabel = 'medical' | 'out_of_scope';

export interface ScopeDecision {
  label: ScopeLabel;
  /**
   * The rules' score; higher = more medical. The rules say 'medical' when score >= threshold; near the threshold a
   * word model may overrule them, and the reason then says so.
   */
  score: number;
  /** One human-readable sentence explaining the decision (shown to the user and printed by the CLI). */
  reason: string;
  /** The terms that drove the decision (medical terms found, or the non-medical sense detected). */
  matched: string[];
}

/** Classifies questions without the language model, in well under 5 ms each. */
export interface ScopeClassifier {
  /** Throws BlankQuestionError for empty/whitespace/zero-width-only text, before anything else. */
  classify(text: string): ScopeDecision;
}
