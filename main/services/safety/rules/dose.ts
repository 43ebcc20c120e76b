// Dose questions (en/es/fr/de): doses, dosing, how much/many of a medicine, mg/kg, maximum daily dose, how often,
// and the amount of a drug or poison it would take to harm. Idioms are excluded ("a dose of reality", "a strong
// dose of coffee"), so are amounts of non-medicines ("how much water/sleep", "how many half-lives", "how many
// pills in a Pac-Man maze"). "overdose" is poisoning, not dose.
import { FIGURATIVE_NOUN, MED, near } from './lexicon';
import { partyDrugDose } from './pill-counts';
import type { SafetyRuleSet } from './types';

// "dose of <X>" where X is plainly not a drug.
// With FIGURATIVE_NOUN (lexicon.ts): abstract nouns, moods and tastes in en/es/fr/de.
const IDIOM = `(?:reality|coffee|humou?r|luck|fun|sunshine|inspiration|motivation|nostalgia|optimism|pessimism|scepticism|skepticism|realism|common sense|laughter|patience|honesty|truth|drama|fresh air|good news|courage|cynicism|perspective|adrenaline|nature|realite|humilite|bonne humeur|${FIGURATIVE_NOUN})`;

const UNIT = '(?:mg|mcg|micrograms?|milligrams?|grams?|g|ml|units?|iu|tablets?|pills?|capsules?|puffs?|drops?)';

// Doses for lawns, plants and pools ("a dose of nitrogen fertilizer").
const GARDEN =
  '(?:fertili[sz]ers?|nitrogen|compost|lawn feed|plant food|feed|chlorine|pool shock|weed ?killer|herbicide|pesticide|abono)';

// "how much time/water/sleep" are not medicine amounts.
const NOT_MED =
  '(?!(?:time|water|sleep|rest|money|weight|protein|fib(?:re|er)|exercise|food|notice|leave|space|effort|sun|sunlight|salt|sugar|fat|calories|screen)\\b)';

// "how many people take statins" and "how many types of antibiotics" count something else.
const NOT_COUNTED =
  '(?!(?:people|persons|patients|adults|children|kids|americans|britons|users|deaths|cases|doctors|women|men|prescriptions|types|kinds|classes|brands|times|KIN|KINs|CHILD|CHILDs)\\b)';

export const doseRules: SafetyRuleSet = {
  kind: 'dose',
  patterns: [
    new RegExp(
      `\\bdos(?:e|es|ed|ing|age|ages)\\b(?! ?-?response\\b)(?! (?:of|de|d') ?(?:\\w+ )?${IDIOM}\\b)(?! of (?:\\w+ ){0,2}?${GARDEN}\\b)`,
    ),
    new RegExp(`\\bhow (?:much|many) ${UNIT}\\b(?! (?:are|is) (?:there|in)\\b)`),
    new RegExp(`\\bhow much\\b ${NOT_MED}.{0,40}\\b(?:take|taken|give|given|prescribe|administer|use)\\b`),
    // "How often should I take…", not "how often a drug is taken" in a pharmacology explanation.
    /\bwie oft (?:darf|soll|kann|muss|sollte) (?:ich|man|er|sie|mein \w+) (?:[\w']+ ){0,3}?(?:nehmen|geben|einnehmen|spritzen)\b|\bcada cuant[oa] (?:[\w']+ ){0,3}?(?:tomar|dar|puedo|debo)\b|\b(?:tous les combien|a quelle frequence|combien de fois par jour) (?:[\w']+ ){0,4}?(?:prendre|donner)\b/,
    /\bhow (?:often|frequently) (?:should|do|can|must|to|would|will|may) (?:[\w']+ ){0,4}?(?:take|taken|give|given|dosed|administered|used|use)\b/,
    /\bhow (?:much|many) (?:would|does|will|did) it take\b|\bhow (?:much|many)\b.{0,40}\b(?:would|does) it take to (?:kill|hurt|harm|knock|poison|die|overdose)\b|\bhow (?:much|many)\b.{0,40}\b(?:would (?:kill|be lethal|be fatal)|to kill|is lethal|is fatal)\b/,
    /\b(?:mg|mcg|ml|g|units?) ?(?:\/|per|por|par|pro) ?kg\b/,
    /\b(?:maximum|max|daily|starting|loading|maintenance|lethal|fatal) (?:daily )?(?:dose|dosage|amount)\b/,
    // How many shots of a vaccine, in the four languages; and one amount weighed against another ("400 mcg or 5 mg").
    /\bhow many (?:[\w']+ ){0,2}?(?:shots|jabs|injections|vaccines?|vaccinations?|boosters?)\b(?! (?:are|is) (?:there|in)\b)(?! (?:of|in) )|\bcuant[oa]s (?:[\w']+ )?(?:vacunas|inyecciones|refuerzos)\b|\bwie ?viele (?:impfdosen|impfungen|spritzen|dosen)\b/,
    /\b\d+(?:[.,]\d+)? ?(?:mg|mcg|ug|ml|units?|iu)\b.{0,15}\bor\b.{0,10}\b\d+(?:[.,]\d+)? ?(?:mg|mcg|ug|ml|units?|iu)\b/,
    /hochstmenge/,
    ...partyDrugDose,
    // Rabies shots counted or scheduled after a bite.
    /\bwie ?viele \w*(?:impfungen|impfdosen|spritzen)\b|\bcuant[oa]s (?:[\w']+ ){0,2}?de (?:vacunas|inyecciones)\b|\b(?:vaccine|vaccination|shots?|jabs?|vacunas?|vaccins?|impf\w*) (?:schedule|regimen|esquema|pauta|calendrier|schema)\b.{0,40}\b(?:bites?|bitten|scratch\w*|mordid\w*|mordedura|morsure|mordu|biss|gebissen)\b|\b(?:bites?|bitten|mordid\w*|mordedura|morsure|mordu|biss|gebissen)\b.{0,40}\b(?:vaccine|vaccination|shots?|vacunas?|vaccins?|impf\w*) (?:schedule|regimen|esquema|pauta|calendrier|schema)\b|\brabies (?:vaccine |vaccination )?(?:schedule|regimen)\b/,
    // Spanish.
    new RegExp(
      `(?<!sobre)\\bdosis\\b(?! de (?:abono|fertilizante|cloro|realidad|humor))(?! (?:an |von |de )?${IDIOM}\\b)|\\bposologia\\b|\\bdosificacion\\b|\\bcuant[oa]s? (?:mg|miligramos|comprimidos|pastillas)\\b`,
    ),
    // French ("dose"/"dosage" are shared with English above).
    /\bposologie\b|\bcombien (?:de |d')(?:mg|milligrammes|comprimes|cachets|ml|gouttes|unites|doses|injections|rappels|vaccins|piqures)\b/,
    // German: "Dosis" inside compounds ("Tageshöchstdosis") but not "Überdosis".
    new RegExp(
      `(?<!uber|sobre)dosis(?! de (?:abono|fertilizante|cloro|realidad|humor))(?! (?:an |von |de )?${IDIOM}\\b)|dosierung`,
    ),
    /\bwie viel\w* (?:mg|milligramm|tabletten)\b|\bwie viele?\b (?:[\w']+ ){0,3}?(?:nehmen|einnehmen|schlucken)\b/,
    /\bwie viel\w* (?:[\w']+ ){0,2}?\w*(?:gift|tabletten|insulin|medikament\w*)\b.{0,40}\b(?:tot\w*|umbringen|umzubringen|sterben)\b/,
  ],
  tagged: [
    // "Dexamethason für Höhenkrankheit, wie viel nimmt man", "EpiPen Jr, at what weight do you switch".
    new RegExp(
      `\\b${MED}\\b.{0,60}\\bwie viel\\w* (?:[\\w']+ ){0,2}?(?:nimmt|nehme|nehmen|gibt|gebe|geben) (?:man|KIN|ich|er|sie)\\b`,
    ),
    new RegExp(near(MED, 'at what weight', 60)),
    // The most a day, a missed dose made up, a number of tablets weighed against one.
    new RegExp(`\\b(?:max|maximum|most) (?:[\\w']+ ){0,2}?${MED} (?:per|a|each|in a|in one) (?:day|dose|24 ?h\\w*)\\b`),
    new RegExp(
      `\\b(?:missed|forgot|skipped) (?:[\\w']+ ){0,3}?${MED}\\b.{0,60}\\b(?:take (?:two|2|both|double|an extra|it now|it later)|double (?:up|the dose))\\b`,
    ),
    new RegExp(
      `\\b(?:[2-9]|two|three|four) (?:[\\w']+ )?${MED}\\b.{0,25}\\b(?:ok|okay|safe|too (?:much|many)|or (?:should i )?(?:stick (?:with|to) |just )?(?:one|1))\\b`,
    ),
    new RegExp(
      `\\bhow (?:much|many) (?!.{0,60}\\b(?:cost|costs|price|priced)\\b)${NOT_COUNTED}(?:of )?(?:[\\w']+ ){0,4}?${MED}\\b(?! (?:are|is) (?:there|in)\\b)`,
    ),
    new RegExp(
      `\\b(?:cuant[oa]s?|quelle quantite|combien|wie ?viel\\w*)\\b(?! (?:vale|valen|cuesta|cuestan|coute|coutent|kostet|kosten)\\b) (?:[\\w']+ |d'|l'){0,4}?${MED}\\b`,
    ),
    // "How much children's Tylenol", "the most Calpol she can have", "max daily ibuprofen", "double my metformin",
    // "two codeine instead of one", "Zyrtec, can I take 2 in one day", "DayQuil and NyQuil, how many hours apart".
    new RegExp(
      `\\bhow much (?!(?:is|are|does|do|did) )(?:of )?(?:[\\w']+ ){0,4}?${MED}\\b(?!.{0,30}\\b(?:cost|costs|price)\\b)`,
    ),
    new RegExp(
      `\\bmost ${MED}\\b (?:[\\w']+ ){0,3}?(?:can|could|should|to give|allowed)\\b|\\b(?:max|maximum) (?:[\\w']+ ){0,2}?${MED}\\b|\\bdouble (?:up (?:on )?)?(?:my|his|her|the) (?:[\\w']+ )?${MED}\\b`,
    ),
    new RegExp(
      `\\b(?:take|have|give|use) (?:[2-9]|two|three|four) (?:[\\w']+ )?${MED} instead of (?:one|1)\\b|\\b${MED}\\b.{0,40}\\b(?:take|have|give) (?:[2-9]|two|three)\\b.{0,15}\\b(?:in (?:one|a) day|a day|per day|in 24)|\\b${MED}\\b.{0,60}\\bhow (?:many|long) (?:(?:hours|hrs|hr) )?apart\\b`,
    ),
    // Doses told as numbers or as "another one" ("take 1g paracetamol four times a day", "si j'en prends 3",
    // "je peux en reprendre un autre", "cuánto le doy", "son 4 o 5 inyecciones", "how many is too many").
    /\b(?:take|taking|have|give|giving|tomar|prendre|nehmen) (?:[\w']+ )?\d+(?:[.,]\d+)? ?(?:g|mg|mcg|ug|ml)\b/,
    /\bsi j'en (?:prends|prend) (?:\d+|deux|trois|quatre)\b|\bj'en ai pris (?:\d+|deux|trois)\b.{0,40}\b(?:reprendre|en prendre)\b|\b(?:je peux|puis-je) en reprendre\b/,
    /\bcuant[oa]s? (?:le|les|me|te) (?:doy|damos|puedo dar|tomo|puedo tomar)\b|\b\d+ (?:o|or|ou|oder) \d+ (?:inyecciones|vacunas|shots|jabs|injections|piqures|spritzen|impfungen|dosis|doses)\b/,
    /\bwie viele (?:einheiten|tropfen|hube|spruhstosse|ie)\b|\bmax(?:imal|imum)? (?:pro|per|a|al|par) (?:tag|day|dia|jour)\b/,
    new RegExp(`\\b(?:le doy|le puedo dar|puedo darle|le damos|le das) (?:una |un |la |el |media )?${MED}\\b`),
    new RegExp(`\\b\\d+ ?mg\\b.{0,50}\\bis (?:one|half|a whole one) (?:gonna|going to|too|enough)\\b`),
    new RegExp(
      near(
        MED,
        "(?:how (?:much|many)\\b.{0,30}\\bsafely (?:have|take|give)|how (?:much|many) (?:is|would be) (?:safe|too (?:much|many))|how many (?:[\\w']+ ){0,3}?is too many)",
        60,
      ),
    ),
  ],
};
