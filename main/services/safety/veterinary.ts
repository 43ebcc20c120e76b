// Veterinary questions: the animal is the patient ("my dog ate my ibuprofen", "a snake bit my dog", "mg/kg of
// meloxicam for a dog", "can a vaccinated dog get rabies?"). The notices are for a person's safety, so these get
// none of the medical ones, unless a person is hurt or exposed too ("my dog bit my son", "I took my dog's
// tramadol"). Crisis and harm-to-others notices are never dropped.
import { alt, ANIMAL, BODY, near, SOMEONE, WORD } from './rules/lexicon';

const PET = alt(
  'dogs?',
  'pupp(?:y|ies)',
  'cats?',
  'kittens?',
  'horses?',
  'pon(?:y|ies)',
  'foals?',
  'rabbits?',
  'hamsters?',
  'guinea pigs?',
  'ferrets?',
  'parrots?',
  'budgies?',
  'birds?',
  'cows?',
  'calf',
  'calves',
  'cattle',
  'sheep',
  'lambs?',
  'goats?',
  'pigs?',
  'chickens?',
  'hens?',
  'tortoises?',
  'turtles?',
  'fish',
  'goldfish',
  'lizards?',
  'geckos?',
  'gerbils?',
  'chinchillas?',
  'alpacas?',
  'llamas?',
  'donkeys?',
  'pets?',
  'animals?',
  // Breeds and farm words that name the patient.
  'labradors?',
  'retrievers?',
  'terriers?',
  'spaniels?',
  'collies?',
  'poodles?',
  'husk(?:y|ies)',
  'beagles?',
  'bulldogs?',
  'dachshunds?',
  'chihuahuas?',
  'alsatians?',
  'german shepherds?',
  'pugs?',
  'greyhounds?',
  'whippets?',
  'pit ?bulls?',
  'rottweilers?',
  'dobermanns?',
  'mares?',
  'stallions?',
  'geldings?',
  'colts?',
  'fill(?:y|ies)',
  'heifers?',
  'ewes?',
  'sows?',
  'piglets?',
  'livestock',
  'herd',
  'flock',
);
const PET_ES = alt(
  'perr(?:it)?[oa]s?',
  'gat(?:it)?[oa]s?',
  'cachorr[oa]s?',
  'caballos?',
  'yeguas?',
  'burr[oa]s?',
  'cerd[oa]s?',
  'conejos?',
  'mascotas?',
  'vacas?',
  'ovejas?',
  'cabras?',
);
const PET_FR = alt(
  'chiens?',
  'chiots?',
  'chats?',
  'chatons?',
  'chevaux',
  'cheval',
  'lapins?',
  'vaches?',
  'moutons?',
  'animal',
);
const PET_DE = alt(
  '\\w*hund(?:e|es|en)?',
  'hunde\\w*',
  'welpen?',
  'katzen?',
  'kater',
  'pferd\\w*',
  'kaninchen',
  'kuh',
  'schafe?',
  'ziegen?',
  'haustier\\w*',
);

const WORMER = alt('vermifug\\w*', 'wormer', 'dewormer', 'deworming', 'entwurmung\\w*', 'wurmkur', 'desparasita\\w*');

const OWNER = '(?:my|our|your|his|her|the|a|an|this|their|that)';

/** Text where an animal is the patient. */
const VET_PATTERNS: readonly RegExp[] = [
  new RegExp(
    `\\b${OWNER} (?:${WORD}){0,3}?${PET} (?:was|is|has|had|have|got|gets|ate|eaten|swallowed|drank|licked|chewed|keeps|kept|seems|won't|isn't|hasn't|can't|stopped|started|needs?|takes|taking|is taking|limps|vomit\\w*|threw|been|still|get|getting|may|might|should)\\b`,
  ),
  new RegExp(
    `\\b(?:can|do|does|will|would|should|why do|how do) (?:${WORD})?${PET} (?:get|catch|carry|have|need|suffer|eat|take)\\b`,
  ),
  new RegExp(
    `\\b(?:give|gave|giving|dose|dosing|feed|treat|treating|deworm|worm|vaccinate|vaccinating) (?:${OWNER} )?(?:${WORD}){0,3}?${PET}\\b`,
  ),
  new RegExp(
    `\\b(?:for|to|in|on) (?:${OWNER} )?(?:\\d+ ?(?:kg|lb|lbs|pound) |\\d+ ?(?:weeks?|months?|years?) old )?(?:${WORD})?${PET}\\b(?! (?:owners?|lovers?|bites?|scratch\\w*))`,
  ),
  new RegExp(
    `\\b(?:bit|bitten|scratched|attacked|clawed|stung|kicked) (?:${OWNER}|another|other) (?:${WORD})?${PET}\\b`,
  ),
  // Wormers are given to animals; a person who took one says so ("I took the dog's dewormer").
  new RegExp(`${near(WORMER, alt(PET, PET_FR, PET_DE, PET_ES), 40)}\\b`),
  new RegExp(
    `\\b(?:vacunar|vacuna|vacunan|desparasitar|dar|darle|doy|le doy|le puedo dar|le di) (?:de la rabia |contra la rabia )?(?:a|al) (?:mi |mis |un |una |el |la |los |las |nuestr[oa]s? )?(?:[\\w']+ )?${PET_ES}\\b`,
  ),
  new RegExp(`\\bfur (?:unseren|unsere|unser|meinen|meine|mein|den|die|das|einen|eine|ein) (?:[\\w']+ )?${PET_DE}\\b`),
  /\bvets?\b|\bveterinar\w*/,
  new RegExp(
    `\\b(?:mi|nuestro|nuestra|el|la|un|una) ${PET_ES} (?:no come|tiene|esta|ha|se comio|comio|se trago|trago|vomita|mordio a otro|puede|tomo|se tomo|bebio|lamio)`,
  ),
  new RegExp(`\\ba (?:mi|nuestro|nuestra|el|la|un|una) ${PET_ES} le (?:dieron|di|dimos|dio|han dado|pusieron|puse)\\b`),
  new RegExp(
    `\\b(?:mon|ma|notre|le|la|un|une) ${PET_FR} (?:a |est |boite|ne mange|vomit|tousse)|\\ba griffe (?:mon|ma|notre) ${PET_FR}\\b`,
  ),
  new RegExp(
    `\\b(?:mein|meine|unser|unsere|der|die|das) ${PET_DE} (?:[\\w']+ ){0,2}?(?:hat|ist|wurde|frisst|hustet|humpelt)\\b`,
  ),
];

/** A person hurt, exposed or taking something: then the question is about a person, whatever else it says. */
const PERSON_PATTERNS: readonly RegExp[] = [
  /\b(?:i|we|he|she) (?:was|were|got|have been|had been|'ve been|am|'m) (?:[\w']+ )?(?:bitten|scratched|clawed|gored|mauled|attacked)\b/,
  /\b(?:i|we) (?:[\w']+ )?(?:took|take|taken|swallowed|ate|used|have been taking|been taking|accidentally)\b/,
  // A question opening on the wound, the asker implied: "Bitten by a pet ferret, is rabies a risk?"
  /^(?:just |got |was |been |just got )?(?:bitten|scratched|clawed|nipped|gored|mauled)\b/,
  /\b(?:people|person|someone|somebody|humans?)\b(?! (?:antibiotics?|medicines?|drugs?|medications?|food|paracetamol|ibuprofen|tablets|pills))/,
  /\b(?:me|myself)\b.{0,30}\b(?:bit|bitten|scratch\w*|took|swallow\w*)\b/,
  // A bat in someone's room or on them is a person's exposure, whatever else the question is about ("best lens for
  // birds, and a bat flew into my bedroom").
  /\bbats? (?:[\w']+ ){0,2}?(?:flew|landed|crawled|was|got|came) (?:in|into|onto|on|inside) (?:my|our|the|his|her) (?:[\w']+ )?(?:room|bedroom|house|tent|cabin|bed|hair|nursery|cot|crib)\b/,
  // "took 2 of the dog's dewormer tablets myself": the asker, unnamed.
  /\bme (?:tome|trague|comi|he tomado)\b|\bj'ai (?:pris|avale)\b|\bich habe? (?:[\w']+ ){0,3}?(?:genommen|geschluckt)\b|^(?:accidentally |just )?(?:took|swallowed|ate|have taken)\b|\b(?:took|swallowed|ate)\b.{0,50}\bmyself\b/,
  /\b(?:bit|bitten|scratched|clawed) (?:through|into) (?:my|his|her|our|their) (?:[\w']+ )?(?:skin|nail|fingernail|toenail|glove|sleeve|finger|thumb|hand)s?\b/,
  /\b(?:mi|mon|ma|mein|meine) (?:hij[oa]|fils|fille|sohn|tochter|kind|enfant|padre|madre|pere|mere)\b/,
  // People see a doctor; animals see a vet.
  /\b(?:doctor|gp|a e|a and e|emergency room|hospital|urgent care|pharmacist|physician|medecin|arzt|arztin)\b/,
];

/** The same, on the text with word classes replaced by tokens. */
const VET_TAGGED: readonly RegExp[] = [
  new RegExp(`\\b${ANIMAL} (?:was|got|has been|had been) (?:bitten|scratched|attacked|mauled)\\b`),
];
const PERSON_TAGGED: readonly RegExp[] = [
  new RegExp(
    `\\b(?:bit|bitten|scratched|clawed|nipped|gored|mauled|attacked) (?:me|us|him|her|(?:my|his|her|our|their) (?:(?!${ANIMAL}\\b)${WORD}){0,2}?(?:${BODY}|${SOMEONE}))\\b(?!(?:'s|s'|s)? ${ANIMAL}\\b)`,
  ),
  // "the vet tech got bitten by a dog" (not "my dog got bitten by a fox").
  new RegExp(`(?<!\\b${ANIMAL} )\\b(?:got|was|were|been) (?:bitten|scratched|clawed|gored|mauled) by\\b`),
  // "nephew drank some of the horse dewormer": a person swallowed it.
  /\b(?:KIN|CHILD)\w*\b.{0,40}\b(?:drank|swallowed|ate|took|licked|chewed|a pris|a avale|a bu|se tomo|se trago|geschluckt|genommen)\b/,
  // "le estoy dando al nene el antiparasitario del perro": a person is given it.
  /\b(?:dando|dar|darle|dio|di|doy|le doy|donne|donner|geben|gebe|gegeben) (?:a |al |a la |au |a mon |a ma )?(?:mi |su |la |el |meinem |meiner )?(?:CHILD|KIN)\b/,
  // "the neighbours cat" is the neighbours' animal, not a person.
  new RegExp(`\\b(?:my|our|his|her|a|the) (?:${WORD})?${SOMEONE}\\b(?!(?:'s|s'|s)? ${ANIMAL}\\b)`),
];

/** Whether the animal is the patient: `normalized` from normalize.ts, `tagged` from word-classes.ts. */
export function isVeterinary(normalized: string, tagged: string): boolean {
  const animalPatient =
    VET_PATTERNS.some((pattern) => pattern.test(normalized)) || VET_TAGGED.some((pattern) => pattern.test(tagged));
  if (!animalPatient) return false;
  return (
    !PERSON_PATTERNS.some((pattern) => pattern.test(normalized)) &&
    !PERSON_TAGGED.some((pattern) => pattern.test(tagged))
  );
}
