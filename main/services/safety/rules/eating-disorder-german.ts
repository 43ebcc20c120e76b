// Eating-disorder red flags in German (see eating-disorder.ts for what counts and what does not): vomiting on
// purpose or in secret, hungering to lose weight, the disorders by name, hiding food, chewing and spitting,
// laxatives and appetite suppressants for weight.
import { near } from './lexicon';

// German weight goals: "abnehmen", "um abzunehmen", "schlank bleiben", "nicht zuzunehmen".
const DE_WEIGHT = '(?:abnehm\\w*|abzunehm\\w*|nicht zuzunehmen|zunehm\\w*|dunn\\w*|schlank\\w*|kilo\\w*|gewicht\\w*)';

export const germanEatingDisorderPatterns: readonly RegExp[] = [
  /\berbrech\w*\b.{0,30}\b(?:absichtlich|heimlich|nach jede[mr] (?:essen|mahlzeit))|\b(?:absichtlich|heimlich) (?:[\w']+ )?(?:erbrech|ubergeb|kotz)\w*/,
  /\b(?:mich|sich|dich|uns) (?:[\w']+ ){0,4}zum erbrechen\b|\berbrechen herbeifuhr\w*|\bnach dem essen (?:[\w']+ ){0,2}(?:erbrechen|ubergeben|kotzen)\b/,
  new RegExp(near('\\b(?:hungern|hungere|hungert)\\b', `(?:${DE_WEIGHT}|ohne dass)`, 40)),
  /magersucht|\bbulimie\b|essstorung|ess brech sucht/,
  /\bversteck\w* (?:ihr|sein|das|mein|dein|ihre|seine) essen\b|\bisst (?:kaum|fast nichts|nichts) (?:noch|mehr)\b|\bisst (?:heimlich |fast |kaum |gar )?nichts mehr\b/,
  /\bkaue\b.{0,30}\bspucke\b/,
  /\b(?:erbrech|ubergeb|ubergib|kotz)\w*\b.{0,20}\b(?:heimlich|absichtlich)\b/,
  /\b(?:kotz\w*|erbrech\w*|erbrich\w*|ubergeb\w*|ubergib\w*)\b.{0,20}\bnach (?:jede[mr]|alle[mn]) (?:essen|mahlzeit\w*)\b/,
  new RegExp(
    near(
      "(?:fast(?:e|et|en)|(?:esse|isst|essen|ass) (?:[\\w']+ ){0,4}?(?:nichts|kaum)|hunger\\w* unterdruck\\w*|appetit unterdruck\\w*|nichts (?:mehr )?essen|nicht (?:mehr )?essen|aufhoren zu essen|weniger essen|fasten|erbrech\\w*|erbricht|ubergeb\\w*|hungern|(?:esse|isst) (?:nur|bloss|hochstens)|nur (?:einen|eine|ein) \\w+ (?:am|pro) tag)",
      DE_WEIGHT,
      50,
    ),
  ),
  new RegExp(
    near('(?:abfuhrmittel|entwasserungstabletten|appetitzugler|diatpillen|schlankheitspillen)', DE_WEIGHT, 40),
  ),
];
