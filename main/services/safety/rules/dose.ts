// Dose questions (en/es/fr/de): doses, dosing, how much/many mg, mg/kg, maximum daily dose, how often.
// Idioms are excluded: "a dose of reality", "a strong dose of coffee". "overdose" is poisoning, not dose.
import type { SafetyRuleSet } from './types';

// "dose of <X>" where X is plainly not a drug.
const IDIOM =
  '(?:reality|coffee|humou?r|luck|fun|sunshine|inspiration|motivation|nostalgia|optimism|pessimism|scepticism|skepticism|realism|common sense|laughter|patience|honesty|truth|drama|fresh air|good news)';

const UNIT = '(?:mg|mcg|micrograms?|milligrams?|grams?|g|ml|units?|iu|tablets?|pills?|capsules?|puffs?|drops?)';

export const doseRules: SafetyRuleSet = {
  kind: 'dose',
  patterns: [
    new RegExp(`\\bdos(?:e|es|ed|ing|age|ages)\\b(?! of (?:\\w+ )?${IDIOM}\\b)`),
    new RegExp(`\\bhow (?:much|many) ${UNIT}\\b`),
    /\bhow much\b.{0,40}\b(?:take|taken|give|given|prescribe|administer|use)\b/,
    /\bhow (?:often|frequently)\b.{0,40}\b(?:take|taken|give|given|dosed|administered|used)\b/,
    /\b(?:mg|mcg|ml|g|units?) ?(?:\/|per|por|par|pro) ?kg\b/,
    /\b(?:maximum|max|daily|starting|loading|maintenance) (?:daily )?(?:dose|dosage|amount)\b/,
    // Spanish.
    /(?<!sobre)\bdosis\b|\bposologia\b|\bdosificacion\b|\bcuant[oa]s? (?:mg|miligramos|comprimidos|pastillas)\b/,
    // French ("dose"/"dosage" are shared with English above).
    /\bposologie\b|\bcombien de (?:mg|milligrammes|comprimes|cachets)\b/,
    // German: "Dosis" inside compounds ("Tageshöchstdosis") but not "Überdosis".
    /(?<!uber|sobre)dosis|dosierung|\bwie viel\w* (?:mg|milligramm|tabletten)\b/,
  ],
};
