// Emergency red flags (en/es/fr/de): heart attack, stroke signs, severe bleeding, anaphylaxis,
// airway/breathing, unconsciousness, long seizures. Patterns run on normalised text.
import type { SafetyRuleSet } from './types';

const CANT = "(?:can't|cant|cannot|can not|couldn't|unable to|struggling to|hard to)";

export const emergencyRules: SafetyRuleSet = {
  kind: 'emergency',
  patterns: [
    // Chest pain and heart attack — "chest" alone is not enough ("chest of drawers", "chest day").
    /\bchest (?:pains?|pressure|tightness|tight|discomfort|heaviness)\b/,
    /\b(?:pain|pressure|tightness|heaviness) in (?:my|his|her|their|the|your) chest\b/,
    /\bcrushing chest\b/,
    /\bheart attacks?\b|\bmyocardial infarction\b|\bcardiac arrest\b/,
    // Stroke, but not physiology's "stroke volume", "heat stroke" or "a stroke of luck".
    /(?<!\b(?:heat|sun|brush|back|breast|pen|key|master|swimming) )\bstrokes?\b(?! (?:volume|work|index|of (?:luck|genius|midnight)))/,
    /\btransient isch?a?emic attack\b/,
    /\b(?:face|facial|mouth)\b.{0,25}\bdroop|\bdroop\w*\b.{0,25}\b(?:face|mouth|one side)\b/,
    /\b(?:arms?|legs?|face|side)\b (?:weakness|numbness)\b|\b(?:weak|numb)\w* (?:arms?|legs?|face)\b/,
    /\b(?:weak|weakness|numb|numbness|paraly[sz]\w*)\b.{0,30}\bone side\b|\bone side\b.{0,30}\b(?:weak|numb)\w*/,
    /\bslurr(?:ed|ing)\b/,
    new RegExp(`\\b(?:suddenly )?${CANT} (?:speak|talk) (?:properly|clearly)?`),
    /\bsudden\w*\b.{0,30}\bheadache|\bworst headache\b|\bthunderclap headache\b/,
    /\bsudden\w* (?:loss of vision|vision loss|blindness)\b|\bsuddenly (?:can't see|blind)\b/,
    // Severe bleeding — a bare "bleeding" is not ("bleeding edge", "bleeding air").
    /\b(?:severe|heavy|uncontrolled|uncontrollable|massive|profuse|major|life threatening|arterial|serious)\w* (?:bleeding|bleed|blood loss)\b/,
    /\bbleeding\b.{0,25}\b(?:won't|will not|doesn't|does not|can't|cannot|not) stop/,
    /\bbleeding (?:heavily|profusely|badly|a lot)\b|\b(?:vomiting|coughing up) blood\b/,
    /\bha?emorr?h?ag\w*/, // haemorrhage, hemorrhage, hémorragie, hemorragia
    // Anaphylaxis and airway.
    /\banaphyla\w*|\banafila\w*/,
    /\b(?:throat|tongue|lips?)\b.{0,25}\b(?:swell\w*|swollen|closing|tight)\b|\bswell\w*\b.{0,15}\b(?:throat|tongue)\b/,
    new RegExp(
      `\\b${CANT} breathe?\\b|\\bnot breathing\\b|\\bstopped breathing\\b|\\bdifficulty breathing\\b|\\bshortness of breath\\b`,
    ),
    /\bchok(?:ing|ed)\b/,
    /\bunconscious\b|\bunresponsive\b|\bpassed out\b|\bwon't wake up\b|\bnot waking up\b|\bcollapsed\b/,
    /\bseizures?\b.{0,40}\b(?:minutes|won't stop|not stopping|lasting|keeps?|long)\b|\bstatus epilepticus\b/,
    // Spanish.
    /\bdolor\w* (?:en el|del|de) pecho\b|\bdolor (?:toracico|precordial)\b|\bopresion (?:en el )?pecho\b/,
    /\binfarto\b|\bataque (?:al|de) corazon\b|\bparo cardiaco\b/,
    /\bictus\b|\bderrame cerebral\b|\baccidente cerebrovascular\b/,
    /\bcara (?:caida|torcida|paralizada)\b|\bboca torcida\b|\bhabla arrastrada\b|\barrastra las palabras\b/,
    /\bdebilidad\b.{0,30}\b(?:brazo|pierna|un lado)\b/,
    /\b(?:sangrado|hemorragia)\w* (?:grave|abundante|masiv\w*|intens\w*|que no para)\b/,
    /\bno (?:puedo|puede) respirar\b|\bse (?:me |le )?hincha\w* la (?:lengua|garganta)\b|\bse esta ahogando\b|\batragant\w*/,
    /\binconsciente\b|\bpeor dolor de cabeza\b|\bdolor de cabeza (?:subito|repentino)\b/,
    // French.
    /\bdouleur\w* (?:thoracique\w*|dans la poitrine|a la poitrine)\b|\boppression thoracique\b/,
    /\bcrise cardiaque\b|\binfarctus\b|\barret cardiaque\b/,
    /\bavc\b|\baccident vasculaire cerebral\b/,
    /\bvisage (?:affaisse|paralyse|tombant)\b|\bbouche (?:deviee|tordue)\b|\bparole (?:pateuse|trouble)\b/,
    /\bfaiblesse\b.{0,20}\b(?:bras|jambe|d'un cote)\b/,
    /\bsaignement\w* (?:grave|abondant|important|massif)\w*|\bsaigne\w* (?:beaucoup|abondamment)\b/,
    /\b(?:n'arrive pas a|n'arrive plus a|ne peux pas|ne peut pas|ne peux plus|ne peut plus) respirer\b|\bs'etouffe\b|\betouffement\b/,
    /\binconscient\w*|\bmal de tete (?:soudain|brutal)\b|\bpire mal de tete\b/,
    // German (compounds matched as substrings).
    /brustschmerz|\bschmerz\w* in der brust\b|\bengegefuhl in der brust\b|\bbrustenge\b|\bdruck auf der brust\b/,
    /herzinfarkt|herzstillstand|schlaganfall|hirninfarkt/,
    /\bhangende\w* (?:mundwinkel|gesicht)|\bverwaschene\w* sprache\b|\bhalbseitig\w* (?:lahmung|schwache|taubheit)/,
    /\b(?:starke|schwere|unstillbare)\w* blutung|\bblutet (?:stark|sehr)\b/,
    /\banaphylaktisch\w*|\b(?:kann|kriege|bekomme) (?:keine|kaum) luft\b|\bkann nicht atmen\b|\batemnot\b|\berstick\w*/,
    /\bbewusstlos\w*|\bstarkste\w* kopfschmerz|\bplotzlich\w* .{0,20}kopfschmerz/,
  ],
};
