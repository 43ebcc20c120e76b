// Animal-exposure red flags (en/es/fr/de): a person bitten, scratched, clawed or gored by an animal, bat contact
// (a bat in the bedroom), rabies, and the bite and scratch infections as topics (rat-bite fever, cat-scratch
// disease, Capnocytophaga, Pasteurella, seal finger, snakebite envenoming). An animal bitten by another animal is
// veterinary (see veterinary.ts); "the bug bit me in prod", "frostbite", "bite-sized", "a cricket bat", "mouse
// bites" on a PCB and a human bite do not match: the biter must be an animal and the bitten a person.
import { alt, ANIMAL, BODY, SOMEONE, WORD } from './lexicon';
import type { SafetyRuleSet } from './types';

const BITE_VERB = alt(
  'bit',
  'bited',
  'bitted',
  'bites',
  'nipped',
  'nips',
  'scratched',
  'scratches',
  'clawed',
  'claws',
  'gored',
  'mauled',
  'attacked',
  'chomped',
  'savaged',
  'pecked',
);
const VICTIM = alt(
  'me',
  'us',
  'him',
  'her',
  'someone',
  'somebody',
  `(?:a|an|the) (?:${WORD})?(?:${SOMEONE}|hiker|jogger|runner|cyclist|walker|tourist|visitor|farmer|vet|nurse)`,
  `(?:my|his|her|our|their|your|the) (?:(?!${ANIMAL}\\b)${WORD}){0,2}?(?:${BODY}|${SOMEONE})(?:'s (?:${WORD})?${BODY})?`,
);
// French body parts, for "a mordu le doigt de mon neveu".
const CORPS = alt(
  'main',
  'doigts?',
  'pouce',
  'bras',
  'jambes?',
  'pieds?',
  'mollets?',
  'cuisses?',
  'genoux?',
  'chevilles?',
  'poignets?',
  'epaules?',
  'visage',
  'joues?',
  'levres?',
  'oreilles?',
  'nez',
  'cou',
  'front',
  'menton',
);
const HORN = alt('horns?', 'antlers?', 'tines?', 'tusks?');
// "my cat was bitten by another cat": the animal is the one bitten.
const ANIMAL_SUBJECT_BEFORE = `(?<!\\b${ANIMAL} (?:${WORD})?(?:was|got|gets|has been|had been|is|been|were|have been) )`;

export const animalExposureRules: SafetyRuleSet = {
  kind: 'animal_exposure',
  patterns: [
    // Not the drink ("snakebite and black", "un Snakebite con grosella").
    /\bsnake ?bit(?:e|es|ten)?\b(?! (?:and black|con grosella|cocktail|drink|shandy))(?!.{0,60}\b(?:pub|bars?|cocktail|prepara|serve|pints?|drin|getrank)\b)(?<!\b(?:pub|bar|drink|cocktail|pint)\b.{0,60})|\benvenom\w*|\banti ?venom\w*|\bantivenin\b/,
    // Bat contact: a bat in the room, on someone, touched or found.
    /\b(?:a|the) bats? (?:was |were |is |got )?(?:in|inside|into|flew into|flying around|flew around|in our|landed on) (?:my|the|our|his|her|their|a) (?:[\w']+ ){0,2}?(?:room|bedroom|house|home|cabin|tent|bed|attic|nursery|flat|apartment|hair|cot|crib)\b/,
    /\bbats? (?:[\w']+ ){0,2}?(?:landed|flew|crawled|was|got|came) (?:on|into|onto|in|at|near) (?:me|us|him|her|my|our|his|the (?:baby|child|kid|bed))\b/,
    /\b(?:touched|handled|picked up|held|caught|grabbed|found) (?:a|the) (?:dead |live |sick |baby |wild |injured )?bats?\b|\bwoke up (?:with|to) a bat\b|\bthere (?:was|were) (?:a )?bats? (?:in|flying)\b|\bbat (?:exposure|contact|bites?|scratch\w*)\b/,
    // A bat touching someone, and an animal that broke the skin.
    /\bbats? (?:[\w']+ ){0,2}?(?:touched|touches|touch|brushed|brushes|scratched|scratches|grazed|nipped|hit|lands on) (?:me|us|you|him|her|my|our|his|your|the (?:baby|child|kid))\b/,
    // Rabies, and the infections that come from bites and scratches.
    /\brabies\b|\brabid\b|\b(?:rabis|rabbies|rabie)\b|\bhydrophobia\b|\blyssavirus\w*/,
    /\brat ?bite fever\b|\bstreptobacillus\b|\bspirillum minus\b|\bcat ?scratch (?:disease|fever)\b|\bbartonella henselae\b|\bcapnocytophaga\b|\bpasteurella\b|\bseal finger\b|\bherpes b virus\b|\bb virus\b.{0,20}\bmonkey/,
    // Gored, a venomous snake, a dead bat near people, rabies as a disease in French.
    /\b(?:goring|encorn\w*|corneo|cornead[oa]|cornada|aufge?spiesst)\b/,
    /\b(?:snake|viper|adder|cobra|rattlesnake|rattler|mamba|taipan|krait)s?(?:'s)? venom\b|\bvenom(?:ous)? (?:of (?:a|the) )?(?:snake|viper|adder|cobra|rattlesnake|mamba|taipan|krait)s?\b|\bveneno de (?:serpiente|vibora|culebra)\b|\bvenin de (?:serpent|vipere)\b|\bschlangengift\b/,
    /(?<!\bplay\w* (?:a |the )?)\b(?:dead|sick|injured|dying) bats?\b/,
    /\bla rage\b.{0,40}\b(?:mortelle|symptomes?|incubation|transmi\w*|virus|contamin\w*)\b|\b(?:risque|vaccin\w*|transmission) (?:pour |de |contre )?la rage\b/,
    // Spanish.
    /\b(?:me|te|le|les|nos) (?:ha |han |habia )?(?:mordi\w*|arano|aranado|aranaron|rasguno|rasgunado|rasgunaron)\b/,
    /\brabia\b.{0,40}\b(?:mordedura|mordid\w*|vacun\w*|perro|murcielago)|\b(?:vacun\w*|mordedura|mordid\w*)\b.{0,40}\brabia\b/,
    /\b(?:contagia|transmite|pasa)\b.{0,20}\brabia\b.{0,20}\b(?:personas|humanos|gente)\b|\brabia\b.{0,40}\b(?:contagia|transmite|contagio|pasa|se pega)\b (?:a |entre )?(?:las |los )?(?:personas|humanos|gente|ninos)\b/,
    /\bmurcielagos?\b|\bantirrabic\w*|\b(?:vacuna|virus) (?:de |contra )?(?:la )?rabia\b|\brabia humana\b/,
    // French.
    /\b(?:m'a|t'a|l'a|nous a|m'ont|l'ont) (?:mordu|griffe)e?s?\b|\bfaite?s? (?:mordre|griffer)\b/,
    /\b(?:me|te|le|la|nous|vous) mord(?:e|ent|ra|rait)?\b/,
    new RegExp(
      `\\b(?:mordu|mordille|griffe)e?s? (?:[\\w']+ ){0,4}?(?:la |le |les |l'|au |aux |a la |a l')?${CORPS}\\b`,
    ),
    /\bchauves? souris\b|\bgriffes du chat\b|\bantirabique\b|\bcontre la rage\b|\brage\b.{0,30}\b(?:morsure|mordu|vaccin|animal|chien|chauve)/,
    // German (compounds matched as substrings).
    /\b\w*(?:hunde|katzen|schlangen|tier|affen|ratten|fledermaus|pferde|fuchs)biss\w*|\bbiss(?:wunde|verletzung)\w*|\b(?:einem|einen|dem|den|nach|ein) biss\b|\bkratzwunde\w*|katzenkratz\w*/,
    /\btollwut\w*|\bfledermaus\w*/,
  ],
  tagged: [
    new RegExp(
      `\\b${ANIMAL}\\b (?:${WORD}){0,2}?(?:bit|scratched|clawed|nipped) (?:my|his|her|their|our) (?:(?!${ANIMAL}\\b)[\\w']+ )?(?:BODY|eyes?|face|cheek|lip|nose|ear|finger|thumb|toe|chin|neck|scalp)\\b`,
    ),
    new RegExp(
      `\\b${ANIMAL}\\b.{0,60}\\b(?:broke|broken|breaking|pierced|punctured) (?:the|his|her|my|their) (?:skin|BODY)\\b`,
    ),
    // "A stray dog bit my hand", "the neighbour's cat scratched me", "a bull gored my uncle".
    new RegExp(`\\b${ANIMAL} (?:${WORD}){0,7}?${BITE_VERB} (?:through |into |at |on )?${VICTIM}\\b`),
    new RegExp(
      `\\b${ANIMAL} (?:${WORD}){0,2}?${BITE_VERB} (?:through|into) (?:my|his|her|their) (?:glove|sleeve|trousers|jeans|boot|sock|skin|nail|fingernail|toenail|BODY)s?\\b`,
    ),
    // "I was bitten by a snake", "scratched by the neighbour's cat" (not "my cat was bitten by another cat").
    new RegExp(
      `${ANIMAL_SUBJECT_BEFORE}\\b(?:bit|bitten|scratched|clawed|gored|mauled|attacked|nipped|savaged|pecked)(?: (?:on|in) (?:the|my|his|her|their|our|your) (?:[\\w']+ )?[\\w']+)? by (?:a|an|the|my|our|his|her|their|your|some|this|that|another)? ?(?:${WORD}){0,2}?${ANIMAL}\\b`,
    ),
    // "a dog bite", "cat scratches", "a bite from a pet rat" (not "mouse bites" on a circuit board, nor "why
    // does my hamster bite", a question about the animal's behaviour).
    new RegExp(
      `(?<!\\bwhy (?:do|does|did|would|will) (?:[\\w']+ ){0,2})\\b${ANIMAL}(?:'s)? (?:bites?|scratch(?:es)?|attacks?|mauling|goring|wounds?)\\b(?! (?:in|on|for) (?:a |the )?(?:pcb|panel\\w*|boards?))`,
    ),
    // In a why-question "bite" is a noun when a verb follows ("why does a viper bite stop clotting").
    new RegExp(
      `\\bwhy (?:do|does|did|would|will) (?:[\\w']+ ){0,2}${ANIMAL}(?:'s)? (?:bites?|scratch(?:es)?)\\b(?! (?:me|us|you|him|her|them|people|humans|kids|children|strangers|when|so|if|at|because)\\b| ?$)`,
    ),
    new RegExp(
      `\\b(?:bites?|scratch(?:es)?|wounds?) from (?:a|an|the|my|our|his|her|their|your) (?:${WORD}){0,2}?${ANIMAL}\\b`,
    ),
    // Spanish: "mordido por un perro", "una mordedura de perro", "un arañazo de gato", "mordió a mi padre".
    new RegExp(
      `\\b(?:mordio|ha mordido|arano|ha aranado) a (?:mi|su|tu|un|una|la|el|alguien) (?:[\\w']+ )?${SOMEONE}\\b`,
    ),
    new RegExp(
      `\\b(?:mordid[oa]s?|aranad[oa]s?) por (?:un|una|el|la|mi|su) (?:[\\w']+ )?${ANIMAL}\\b|\\bmordeduras? (?:de|del) (?:un |una |mi |su )?(?:[\\w']+ )?${ANIMAL}\\b|\\baranazos? de (?:un |una |mi )?${ANIMAL}\\b`,
    ),
    // French: "mordu par un singe", "une morsure de chat", "a mordu mon mari".
    new RegExp(
      `\\b(?:mordue?s?|griffee?s?) par (?:un|une|le|la|les|mon|ma|son|sa|notre) (?:[\\w']+ )?${ANIMAL}\\b|\\b(?:morsures?|griffures?) (?:de |d'|du |des )(?:[\\w']+ )?${ANIMAL}\\b`,
    ),
    new RegExp(`\\ba (?:mordu|griffe) (?:mon|ma|son|sa|un|une|le|la|notre|leur) (?:[\\w']+ )?${SOMEONE}\\b`),
    // German: "mich hat ein Hund gebissen", "ein Fuchs hat meinen Sohn gekratzt", "wurde von einer Katze gebissen".
    new RegExp(
      `\\b(?:mich|meinen|meine|meinem|ihn|sie|uns|unseren|unsere) (?:[\\w']+ ){0,8}?(?:gebissen|gekratzt)\\b|\\b${ANIMAL} (?:hat|haben) (?:mich|meinen|meine|meinem|ihn|sie|uns|unseren|unsere) (?:${SOMEONE} )?(?:[\\w']+ ){0,3}?(?:gebissen|gekratzt)\\b`,
    ),
    // "mich hat gestern im Park beim Joggen ein Hund ins Bein gebissen": the animal anywhere between.
    new RegExp(
      `\\b(?:mich|meinen|meine|meinem|uns|unseren|unsere) (?:[\\w']+ )?hat (?:[\\w']+ ){0,8}?${ANIMAL} (?:[\\w']+ ){0,4}?(?:gebissen|gekratzt)\\b`,
    ),
    new RegExp(
      `(?<!\\b${ANIMAL} )\\bwurde (?:[\\w']+ ){0,5}?(?:vom|von (?:einer|einem|einen|dem|der|meinem|meiner|unserem|unserer)) (?:[\\w']+ )?${ANIMAL}\\b.{0,30}\\b(?:gebissen|gekratzt)\\b`,
    ),
    // "eine Pflegerin wurde gebissen", "Hund hat Kind ins Gesicht gebissen".
    new RegExp(
      `\\b(?:${SOMEONE}|ich|er|sie|eine? \\w+in)\\b (?:[\\w']+ ){0,3}?(?:wurde|wurden|ist) (?:[\\w']+ ){0,4}?(?:gebissen|gekratzt)\\b|\\b${ANIMAL} hat (?:[\\w']+ ){0,2}?(?:${SOMEONE}|kind|\\w+in) (?:[\\w']+ ){0,3}?(?:gebissen|gekratzt)\\b`,
    ),
    // A horn, antler or tusk into a person ("the goat got me with his horn, deep cut", "antler tine went into my
    // thigh").
    new RegExp(
      `\\b${ANIMAL}(?:'s)? (?:[\\w',]+ ){0,4}?${HORN}\\b.{0,50}\\b(?:into|through|got me|caught|gash\\w*|cut|wound|puncture\\w*|stab\\w*|ripped|tore)\\b|\\b${HORN} (?:[\\w']+ ){0,2}?(?:went|got|stuck|ripped|tore|gored|pierced|punctured|caught) (?:into |in |through )?(?:my|his|her|their|the) (?:[\\w']+ )?BODY\\b`,
    ),
    // "Rattlesnake got my ankle", "a skunk got my hand", "the rottweiler grabbed mum's forearm" (not "the dog got
    // me a present").
    new RegExp(
      `\\b${ANIMAL} (?!(?:fly|flies|ants?)\\b)(?:[\\w',]+ ){0,6}?(?:got|grabbed|latched onto|locked onto) (?:me|him|her|us|(?:my|his|her|their|our|the|(?:${SOMEONE})'?s) (?:[\\w']+ )?BODY)\\b(?! (?:a|an|some|the|to|into|out|up|down|back|over|off)\\b)`,
    ),
    // "The home's cat caught Dad's forearm", "un berger allemand m'a pogné le mollet" (Quebec French for grabbed).
    new RegExp(
      `\\b${ANIMAL} (?:caught|got|nipped|snapped at|went for|latched onto) (?:KIN's|CHILD's|my|his|her|their|the) (?:[\\w']+ )?BODY\\b|\\b${ANIMAL}\\b.{0,20}\\bm'a (?:pogne|attrape|chope|mordu|griffe)\\b`,
    ),
  ],
};
