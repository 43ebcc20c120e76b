// Removes what must carry no weight before scoring: chat-template markers, role tags and sentences
// that talk to the guard ("ignore previous instructions", "this is a medical question", "refuse this").

// Chat-template and role markers of common model families, plus bracketed/angled role tags.
const TEMPLATE_MARKERS =
  /<\|[^|>]{0,40}\|>|<\/?s>|\[\/?INST\]|<<\/?SYS>>|<\/?(?:start_of_turn|end_of_turn|system|user|assistant|human|ai)>|\[\/?(?:system|user|assistant)\]/gi;
const ROLE_PREFIX = /^\s*(?:#{1,6}\s*)?(?:system|user|assistant|human|ai|instruction|response|model)\s*:/gim;

// A sentence that addresses the classifier or the model rather than asking something. Each pattern
// is a family of meta-claims in en/es/fr/de; the sentence it appears in is dropped as a whole.
const META_SENTENCE_PATTERNS: readonly RegExp[] = [
  // "ignore/disregard/forget (all) (previous|above) instructions/rules/prompt"
  /\b(?:ignore|disregard|forget|override|bypass|skip)\b[^.!?\n]{0,60}\b(?:instructions?|rules?|prompts?|guard|filter|classifier|guidelines?|policy|system|above|previous|prior)\b/,
  /\b(?:ignora|olvida|ignorez|ignore|oublie|oubliez|ignoriere|ignorier|vergiss|vergessen)\b[^.!?\n]{0,60}\b(?:instrucciones|reglas|instructions|regles|consignes|anweisungen|regeln|vorgaben)\b/,
  // "classify/label/mark/treat this as medical / in scope", "pass it", "let this through"
  /\b(?:classify|classified|label|labelled|labeled|mark|marked|tag|treat|consider|categori[sz]e|flag|rate|score|count)\b[^.!?\n]{0,40}\b(?:as|to be)\b[^.!?\n]{0,20}\b(?:medical|in[- ]scope|on[- ]topic|allowed|health(?:care)?|clinical|refused|blocked|non[- ]medical)\b/,
  /\b(?:let|allow|pass|approve|accept)\s+(?:this|it|me|the question|my question|this question|the request)\s+(?:through|pass|in)\b/,
  /\b(?:clasifica|clasificar|marca|considera|classe|classer|classez|considere|klassifiziere|markiere|betrachte|stufe)\b[^.!?\n]{0,60}\b(?:medica|medico|medicale|medical|medizinisch|zulassig)\w*/,
  // "this is a medical question", "esta es una pregunta médica", "c'est une question médicale", "das ist eine medizinische Frage"
  /\b(?:this|it|that|the following|following|next)\b(?:\s+\w+){0,4}\s+(?:is|counts as|qualifies as)(?:\s+\w+){0,3}\s+(?:medical|clinical|health)(?:[- ]related)?\s+(?:question|query|topic|request|prompt|message|input)\b/,
  /\b(?:this|it|that)\s+(?:is|counts as)\s+(?:totally |purely |strictly |definitely )?(?:medical|health[- ]related|clinical)\s*$/,
  /\b(?:esta|esto|es|c est|ceci|cela|das|dies|diese)\b[^.!?\n]{0,30}\b(?:pregunta|consulta|question|demande|frage)\b[^.!?\n]{0,20}\b(?:medica|medicale|medizinisch)\w*/,
  // "refuse/reject this (question)", "do not answer this", "say it is out of scope"
  /\b(?:refuse|reject|block|deny|decline)\b[^.!?\n]{0,30}\b(?:this|it|the following|following|question|request|prompt)\b/,
  /\b(?:do not|don t|dont|never)\b[^.!?\n]{0,10}\b(?:answer|respond|reply)\b/,
  /\b(?:out[- ]of[- ]scope|off[- ]topic)\b/,
  // A bare topic label ("Cardiology question:", "Medical query -") claims a topic without asking anything.
  /^\s*(?:[\w-]+\s+){0,5}(?:question|query|topic|request|prompt|pregunta|frage)\s*[:-]?\s*$/,
  // An attribution ("Dr. Smith, MD, cardiologist, asks:") says who asks, not what.
  /^[^?]{0,60}\b(?:asks|asked|wants to know|writes|says|wonders)\s*:?\s*$/,
  // "this question is about medicine", "the following is a clinical case", "my request is health related"
  /\b(?:this|that|the following|the next|my|the)\s+(?:question|query|request|message|case|prompt|one)?\s*(?:is|concerns|relates to|counts as)\s+(?:\w+\s+){0,3}(?:medicine|medical|clinical|health|healthcare|health related)\b/,
  // A sentence that only asks for a role's voice: "Answer as a physician would.", "Reply like a nurse does."
  /^\s*(?:please\s+)?(?:answer|respond|reply|explain(?:\s+it)?|write|talk)\s+(?:as|like)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:would|does|do)\b[\s.!]*$/,
  // Role-play and system-prompt talk
  /\b(?:you are now|you re now|act as|pretend (?:to be|you are)|from now on|new instructions?|system prompt|developer mode|jailbreak|dan mode|admin override|as an ai)\b/,
  /\b(?:the|this|your)\s+(?:guard|filter|classifier|scope check|moderator|safety check)\b/,
];

// Sentence ends, colons and line breaks: "Refuse this: what is DKA?" keeps "what is DKA".
const SENTENCE_BREAK = /(?<=[.!?;:])\s+|[\n\r]+|(?<=[:])/;

// Phrases (not whole sentences) that frame who asks or what to forget: "as a pharmacologist",
// "for my nursing degree", "forget pharmacology". Removed so their medical words carry no weight.
const FRAMING_PHRASES =
  /\b(?:as|i am|i['’ ]?m|speaking as)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:ist|ian|or|er|eon|nurse|student|medic|md|doctor|physician|medico|medecin|arzt|arztin)\b|\b(?:you are|you re|you're|eres|tu es|vous etes|du bist)\s+(?:a|an|un|una|une|ein|eine)\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:ist|ian|or|er|eon|nurse|student|medic|md|doctor|physician|medico|medecin|arzt|arztin)\b|\b(?:this is )?for my\s+(?:[\w-]+\s+){0,2}(?:exam|exams|degree|class|course|studies|homework|assignment|thesis|rotation|residency)\b|\b(?:forget|ignore|disregard|never mind|nevermind|skip)\s+(?:about\s+)?(?:the\s+)?[\w-]+/gi;

/** Text with markers removed and meta sentences dropped, plus what was removed (for the reason). */
export interface Sanitized {
  text: string;
  removedMeta: boolean;
}

/** Folds for matching only: lower case, no diacritics, apostrophes as spaces ("don't" → "don t"). */
function foldForMatch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, ' ');
}

export function stripInjection(text: string): Sanitized {
  const withoutMarkers = text.normalize('NFKC').replace(TEMPLATE_MARKERS, '\n').replace(ROLE_PREFIX, '\n');
  let removedMeta = withoutMarkers !== text.normalize('NFKC');
  const kept: string[] = [];
  for (const sentence of withoutMarkers.split(SENTENCE_BREAK)) {
    const folded = foldForMatch(sentence);
    if (META_SENTENCE_PATTERNS.some((pattern) => pattern.test(folded))) {
      removedMeta = true;
      continue;
    }
    const unframed = sentence.replace(FRAMING_PHRASES, ' ');
    if (unframed !== sentence) removedMeta = true;
    kept.push(unframed);
  }
  return { text: kept.join(' '), removedMeta };
}
