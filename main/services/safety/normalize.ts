// Folds a question into the form the safety rules match: lower case, no accents, no markup.

// Contractions typed without the apostrophe ("dont", "cant", "ive"): the rules are written with it. Not "im",
// which is German ("im Gesicht").
const BARE_NOT = /\b(do|does|did|ca|wo|is|was|are|were|have|has|had|would|could|should)nt\b/g;
const BARE_I = /\b(?:ive|whats)\b/g;
const WITH_APOSTROPHE: Readonly<Record<string, string>> = { ive: "i've", whats: "what's" };

// Invisible characters that can split a word without changing how it looks.
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/g;

/**
 * NFKC (full-width and ligature forms), zero-width characters removed, lower case, diacritics
 * stripped (so "Überdosis" → "uberdosis", "hémorragie" → "hemorragie"), curly apostrophes made
 * straight, the letters that do not decompose spelt out (œ → oe, æ → ae, ß → ss, so "sœur" → "soeur"),
 * and every other non-word character (markdown, punctuation, hyphens) turned into one space.
 * "/" and "'" survive because "mg/kg" and "can't" carry meaning; "dont", "cant", "ive" get their apostrophe.
 */
export function normalizeForSafety(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02BC`´]/g, "'")
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}'/]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(BARE_NOT, "$1n't")
    .replace(BARE_I, (word) => WITH_APOSTROPHE[word] ?? word)
    .trim();
}
