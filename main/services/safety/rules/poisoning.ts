// Poisoning red flags (en/es/fr/de): overdose, too many pills, swallowed bleach/poison/batteries,
// carbon monoxide, toxic ingestion.
import type { SafetyRuleSet } from './types';

const TOXIC =
  '(?:bleach|poison\\w*|batter(?:y|ies)|button batter\\w*|antifreeze|drain cleaner|detergent pods?|weed ?killer|pesticides?|rat poison|lighter fluid|paraffin|petrol|gasoline|methanol|ethylene glycol)';

export const poisoningRules: SafetyRuleSet = {
  kind: 'poisoning',
  patterns: [
    /\boverdos\w*|\bod'?d\b|\bod'?ed\b|\bod(?:ing)? on\b/,
    /\b(?:took|taken|take|taking|swallowed|ate|had) (?:too many|too much|a lot of|a whole (?:bottle|packet|box) of)\b/,
    /\btoo many (?:pills|tablets|capsules|meds|medications|sleeping pills)\b/,
    new RegExp(`\\b(?:swallow\\w*|drank|drink\\w*|ate|eaten|ingest\\w*)\\b.{0,30}\\b${TOXIC}`),
    /\bpoison(?:ing|ed|ings)?\b|\bpoison control\b/,
    /\bantifreeze\b|\bethylene glycol\b|\bcarbon monoxide\b/,
    /\btoxic (?:ingestion|dose|exposure)\b|\baccidental ingestion\b/,
    // Spanish.
    /\bsobredosis\b|\bdemasiad[ao]s (?:pastillas|pildoras|comprimidos|pastillas)\b|\benvenena\w*|\bintoxica\w*/,
    /\bmonoxido de carbono\b|\b(?:trago|bebio|se tomo)\b.{0,20}\b(?:lejia|veneno|pila\w*|pastillas)\b/,
    // French.
    /\bsurdos\w*|\btrop de (?:comprimes|medicaments|cachets|pilules)\b|\bempoisonn\w*|\bintoxiqu\w*/,
    /\bmonoxyde de carbone\b|\bavale\w*\b.{0,25}\b(?:javel|poison|piles?|produit menager|medicaments)\b/,
    // German (compounds matched as substrings).
    /uberdosis|vergift\w*|kohlenmonoxid|\bzu viele (?:tabletten|pillen)\b|\bverschluck\w*\b.{0,25}\b(?:batterie|knopfzelle|bleiche|gift)/,
  ],
};
