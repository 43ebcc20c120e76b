// The fixed safety notices shown above an answer, whatever the model says. Shared by main (which
// decides which apply to a question) and the renderer (which shows their text).
import { z } from 'zod';

/**
 * emergency: chest pain, stroke signs, severe bleeding… → urgent-care notice.
 * crisis: suicidal thoughts, self-harm → crisis-line notice.
 * poisoning: overdose, poisoning, ingestion of toxic substances → poison-control notice.
 * dose: questions about doses/dosing → caution to check doses against a reference/pharmacist.
 */
export const safetyNoticeKindSchema = z.enum(['crisis', 'emergency', 'poisoning', 'dose']);
export type SafetyNoticeKind = z.infer<typeof safetyNoticeKindSchema>;

/** Display order: the most urgent first. */
export const SAFETY_NOTICE_ORDER: readonly SafetyNoticeKind[] = safetyNoticeKindSchema.options;

/** The fixed notice texts (English, like the UI), shown whatever the model says. */
export const SAFETY_NOTICE_TEXT: Readonly<Record<SafetyNoticeKind, { title: string; body: string }>> = Object.freeze({
  crisis: {
    title: 'You deserve support right now',
    body:
      'If you are thinking about suicide or harming yourself, or someone else is, please contact a crisis line or ' +
      'your local emergency number now. Help lines exist in many countries, e.g. 988 in the US, 116 123 ' +
      '(Samaritans) in the UK and Ireland. You do not have to face this alone.',
  },
  emergency: {
    title: 'Possible emergency',
    body:
      'If this is happening to someone now, call your local emergency number (e.g. 112 / 911 / 999) or go to the ' +
      'nearest emergency department. This app is for education and cannot help in an emergency.',
  },
  poisoning: {
    title: 'Possible poisoning or overdose',
    body:
      'If someone may have taken too much of something or swallowed something harmful, contact poison control or ' +
      'your local emergency number immediately. Do not wait for symptoms to appear.',
  },
  dose: {
    title: 'Doses are for study only',
    body:
      'Doses here are for study only. Check any dose against a current reference (BNF, product label) or a ' +
      'pharmacist; doses depend on the patient, the indication and kidney/liver function.',
  },
});
