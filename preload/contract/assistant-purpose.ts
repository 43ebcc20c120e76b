// What the assistant is for, in the words shown when the scope guard declines a question. Shared by
// main (Compare's refusal message) and the renderer (the out-of-scope panel), so both say the same.

export const ASSISTANT_PURPOSE =
  'This assistant is for medical and health education: anatomy, physiology, pathology, ' +
  'pharmacology, diseases, diagnostics and study questions like these.';

/** The polite refusal for a question outside that scope, followed by the guard's own reason. */
export function outOfScopeMessage(reason: string): string {
  return `${ASSISTANT_PURPOSE} This question looks outside that scope. ${reason}`.trim();
}
