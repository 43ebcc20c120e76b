// What people tell about pills rather than name (en/es/fr/de): many taken at once ("took like 10 of my
// roommate's sleeping pills", "se tomó como diez pastillas", "the whole strip"), party drugs mixed or counted
// ("can u die from mixing molly and adderall", "cuántas tachas"), and pills that "would finish me". A count is a
// poisoning from five up: two paracetamol is a dose question.
import { alt, MED } from './lexicon';

// Five or more, in digits or words.
const MANY = alt(
  '(?:[5-9]|[1-9]\\d)',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'twelve',
  'fifteen',
  'twenty',
  'a dozen',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'doce',
  'quince',
  'veinte',
  'cinq',
  'sept',
  'huit',
  'neuf',
  'dix',
  'douze',
  'quinze',
  'vingt',
  'funf',
  'sechs',
  'sieben',
  'acht',
  'neun',
  'zehn',
  'zwolf',
  'zwanzig',
);
const ABOUT = alt(
  'like',
  'about',
  'around',
  'maybe',
  'como',
  'unos',
  'unas',
  'casi',
  'environ',
  'genre',
  'etwa',
  'ungefahr',
  'so',
);
const TOOK = alt(
  'took',
  'taken',
  'swallowed',
  'popped',
  'downed',
  'ate',
  'had',
  'me tome',
  'se tomo',
  'me trague',
  'se trago',
  'se comio',
  'me comi',
  'ai pris',
  'a pris',
  'ai avale',
  'a avale',
  'genommen',
  'geschluckt',
  'eingeworfen',
);
// Party drugs, by their street names too ("tachas", "molly", "clonas").
const PARTY = alt(
  'molly',
  'mdma',
  'ecstasy',
  'extasis',
  'xtc',
  'tachas?',
  'pingas?',
  'pastis',
  'clonas',
  'cocaine',
  'cocaina',
  'ketamine?',
  'ghb',
  'lsd',
  'acid tabs?',
  'shrooms',
  'weed gummies',
  'edibles',
);
export const pillCountPoisoning: readonly RegExp[] = [
  // "the whole strip of crocin", "toda la caja", "toute la plaquette".
  /\b(?:whole|entire|full) (?:strip|blister)\b|\btoda (?:la|su|mi) (?:tira|caja de pastillas)\b|\btoute (?:la|sa|ma|une) (?:plaquette|boite de (?:cachets|comprimes|medocs|somniferes|medicaments))\b/,
  /\b(?:se )?(?:tomo|bebio|trago) (?:un poco de |un trago de |un vaso de )?cloro\b/,
  new RegExp(
    `\\b${TOOK}\\b (?:${ABOUT} )?${MANY}\\b.{0,40}\\b(?:${PARTY}|pills|tablets|tabs|caps|pastillas|pildoras|cachets|comprimes|tabletten)\\b`,
  ),
  new RegExp(
    `\\b(?:mix\\w*|mezcl\\w*|melang\\w*|gemischt)\\b.{0,30}\\b${PARTY}\\b|\\b${PARTY}\\b.{0,30}\\b(?:mix\\w*|mezcl\\w*|together|juntos|ensemble|zusammen)\\b`,
  ),
];

export const pillCountPoisoningTagged: readonly RegExp[] = [
  new RegExp(
    `\\b${TOOK}\\b (?:(?:mi|my|mon|ma|su|sa|her|his) (?:KIN|CHILD) )?(?:${ABOUT} )?${MANY}\\b.{0,40}\\b${MED}\\b`,
  ),
  new RegExp(
    `\\b(?:hat|habe|hab|hatte) (?:[\\w']+ ){0,2}?(?:${ABOUT} )?${MANY} (?:[\\w']+ )?${MED} (?:[\\w']+ ){0,2}?(?:geschluckt|genommen|eingenommen|eingeworfen)\\b`,
  ),
  new RegExp(`\\b${TOOK}\\b.{0,20}\\bthe whole (?:packet|pack|bottle|box|tub) of (?:[\\w']+ ){0,2}?${MED}\\b`),
];

export const partyDrugDose: readonly RegExp[] = [
  new RegExp(`\\b(?:how (?:many|much)|cuant[oa]s?|combien|wie viele?)\\b.{0,30}\\b${PARTY}\\b`),
];

// Pills that would end the asker's life.
export const pillsToEndItTagged: readonly RegExp[] = [
  new RegExp(
    `\\b(?:how many|how much|cuant[oa]s|combien|wie viele?)\\b.{0,30}\\b${MED}\\b.{0,30}\\b(?:(?:would|will|to|it takes to) (?:kill|finish) (?:me|myself|you)|(?:would|will|to|it takes to) (?:end it|end things|not wake up|never wake up|sleep forever)|finish me|damit man nicht mehr aufwacht|para no despertar|pour ne plus se reveiller|acabar conmigo|me matar\\w*|en finir|me tuer|umbringen)\\b`,
  ),
];
