// Which language a question is written in, among those the safety notices have reviewed text for: a
// student who writes "quiero morir" should read the crisis notice, and its help lines, in Spanish
// whatever the app's own language. Function words decide; anything unclear stays English.
import type { SafetyNoticeLanguage } from './safety-notices';

// Short, frequent words of each language that rarely appear in the others' questions.
const FUNCTION_WORDS: Readonly<Record<SafetyNoticeLanguage, ReadonlySet<string>>> = {
  en: new Set(
    'the is are and i my me to of what how why when a an in on with for it do does can should have has was this that you your'.split(
      ' ',
    ),
  ),
  es: new Set(
    'el la los las que y es son por para con mi mis me qué cómo como cuál tengo estoy una un del se lo le puedo debo hay muy pero más después'.split(
      ' ',
    ),
  ),
  fr: new Set(
    "le la les des est et je j' que qu' pour avec mon ma mes une un du ne pas suis ai quoi comment pourquoi dois peux il elle c' d' l' m' au aux faire après".split(
      ' ',
    ),
  ),
  de: new Set(
    'der die das und ist ich nicht mein meine ein eine einen einem einer mit für wie was warum habe bin zu den dem des sich auf kann soll darf mir mich nach bei oder auch wenn noch sehr gegen tun'.split(
      ' ',
    ),
  ),
};

/** Words as they are split for counting: lower case, with French elisions ("j'ai") kept as their own word. */
function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’`´]/g, "'")
      .match(/[\p{L}]+'?/gu) ?? []
  );
}

/** The question's language for its notices: the one with the most function words, English on a tie or none. */
export function noticeLanguageOf(text: string): SafetyNoticeLanguage {
  const counts: Record<SafetyNoticeLanguage, number> = { en: 0, es: 0, fr: 0, de: 0 };
  for (const word of words(text)) {
    for (const language of ['en', 'es', 'fr', 'de'] as const) {
      if (FUNCTION_WORDS[language].has(word)) counts[language] += 1;
    }
  }
  let best: SafetyNoticeLanguage = 'en';
  for (const language of ['es', 'fr', 'de'] as const) {
    if (counts[language] > counts[best]) best = language;
  }
  return best;
}
