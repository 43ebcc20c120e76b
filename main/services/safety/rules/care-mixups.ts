// Medicines given to the wrong person or given twice, as carers and relatives tell it (en/es/fr/de): "gave Mrs B's
// evening tablets to Mrs K by mistake", "der falschen Frau Meier die Tropfen gegeben", "die Augentropfen vom
// Nachbarn bekommen", a dose given by one shift and again by the next, a dosette box emptied in one go, a pet's
// wormer taken by a person. A repeated dose is a poisoning; someone else's medicine is its own notice.
import { alt, ANIMAL, MED } from './lexicon';

const BY_MISTAKE = alt(
  'by mistake',
  'by accident',
  'accidentally',
  'in error',
  'mixed up',
  'por error',
  'por equivocacion',
  'por confusion',
  'sin querer',
  'se equivoc\\w*',
  'par erreur',
  'par megarde',
  'par inadvertance',
  'aus versehen',
  'versehentlich',
  'verwechselt',
);
const GIVEN = alt(
  'gave',
  'given',
  'giving',
  'got',
  'had',
  'took',
  'taken',
  'bekommen',
  'gegeben',
  'genommen',
  'gespritzt',
  'verabreicht',
  'dio',
  'dimos',
  'dieron',
  'le di',
  'tomo',
  'se tomo',
  'donne',
  'a eu',
  'a recu',
  'a pris',
);
const AGAIN = alt(
  'twice',
  'double',
  'two doses',
  'again',
  'a second time',
  'dos veces',
  'doble',
  'otra vez',
  'de nuevo',
  'deux fois',
  'en double',
  'encore une fois',
  'zweimal',
  'zwei mal',
  'doppelt',
  'nochmal',
  'noch einmal',
);
// "Twice a day" is a schedule, not a mistake.
const NOT_A_SCHEDULE =
  '(?! (?:a|per|each|every|al|por|par|pro|am|im|in the|the) ?(?:day|days|daily|week|night|dia|semana|jour|semaine|tag|woche|taglich))';
const SOMEONE_ELSE = alt(
  "wrong (?:[\\w']+ )?(?:KIN|resident|patient|person|lady|man|room|bed)",
  "falsche[nm]? (?:[\\w']+ )?(?:KIN|bewohner\\w*|patient\\w*|zimmer)",
  '(?:residente|paciente|persona|senora|senor) equivocad[oa]',
  'mauvais(?:e)? (?:resident\\w*|patient\\w*|personne|chambre|dame|monsieur)',
);

export const careMixupPoisoningTagged: readonly RegExp[] = [
  // "Insulin heute zweimal bekommen", "took double her warfarin", "dos veces la pastilla del corazón".
  new RegExp(`\\b${MED}\\b (?:[\\w']+ ){0,3}?${AGAIN}\\b${NOT_A_SCHEDULE} (?:[\\w']+ )?${GIVEN}\\b`),
  new RegExp(`\\b${GIVEN} (?:[\\w']+ ){0,3}?${AGAIN}\\b${NOT_A_SCHEDULE} (?:[\\w']+ ){0,3}?${MED}\\b`),
  // One shift gave it and the next gave it again.
  new RegExp(
    `\\b(?:gave|given|had) (?:[\\w']+ ){0,3}?${MED}\\b.{0,60}\\b(?:gave|given) (?:it|them|her|him) (?:again|a second time|as well)\\b`,
  ),
  // A dosette box emptied in one go.
  /\b(?:emptied|vaciado|vacio|a vide|leer ?gemacht|geleert)\b.{0,30}\b(?:dosette|pill (?:organi[sz]er|box)|pastillero|pilulier|tablettenbox|wochendosierer|dispenser)\b|\b(?:dosette|pill (?:organi[sz]er|box)|pastillero|pilulier|tablettenbox|wochendosierer)\b.{0,40}\b(?:all gone|emptied|empty|vacio|vide|leer)\b/,
  // Half a bottle of a medicine, or the lot.
  new RegExp(
    `\\b(?:half (?:a|the) (?:bottle|FOOD)|media botella|la moitie (?:du|de la) (?:flacon|bouteille)|halbe flasche)\\b (?:of |de |du |von )?(?:[\\w']+ ){0,2}?${MED}\\b`,
  ),
  /\b(?:took|take|taking|takes|swallowed|had) the lot\b|\btout prendre d'un coup\b|\b(?:take|taking|took) them all (?:at once|together)\b|\btomar(?:me|se)?las todas (?:juntas|de golpe|de una)\b|\balle auf einmal (?:nehmen|schlucken|genommen|geschluckt)\b/,
];

export const careMixupOthersMedicineTagged: readonly RegExp[] = [
  // "gave Mrs B's evening tablets to Mrs K by mistake".
  new RegExp(
    `\\b${GIVEN}\\b (?:[\\w']+ ){0,4}?${MED} (?:to|a|al|an) (?:the |la |el |der |dem )?(?:[\\w']+ )?KIN\\b.{0,30}\\b${BY_MISTAKE}\\b|\\b${BY_MISTAKE}\\b.{0,40}\\b${MED}\\b (?:[\\w']+ )?(?:vom|von|of|de|del|du) (?:[\\w']+ ){0,2}?KIN`,
  ),
  new RegExp(`\\b${SOMEONE_ELSE}\\b.{0,40}\\b${MED}\\b|\\b${MED}\\b.{0,40}\\b${SOMEONE_ELSE}\\b`),
  // A pet's medicine given to or taken by a person ("le vermifuge du chien", "el antiparasitario del perro").
  new RegExp(
    `\\b(?:KIN|CHILD|i|je|yo|ich)\\b.{0,40}\\b${MED} (?:du|de la|del|de mi|of the|vom|von der) ${ANIMAL}\\b|\\b${ANIMAL}(?:'s)? ${MED}\\b.{0,30}\\b(?:in (?:his|her|my) (?:FOOD|tea|coffee|drink)|instead of (?:his|her|my) own)\\b`,
  ),
  // Leftovers or a friend's supply ("l'antibio qui reste à mon chum", "mon pote me vend sa ritaline").
  new RegExp(
    `\\b${MED}\\b (?:[\\w']+ ){0,2}?(?:qui reste|qui restent|restant) (?:a|de) (?:mon|ma|mes|notre) KIN|\\breste\\w* (?:des |du |de la )?${MED}\\b.{0,20}\\b(?:a|de) (?:mon|ma|mes) KIN\\b|\\bKIN (?:me |m'a )?(?:vend|vendu|file|refile|passe|donne)\\w* (?:sa|son|ses) ${MED}\\b|\\b(?:prendre|utiliser) (?:la|le|les) (?:sienne|sien|siennes|siens)\\b`,
  ),
  new RegExp(`\\b${MED} (?:de|du|des) (?:notre|nos|votre|leur) KIN\\b|\\bvon KIN(?:s|'s)? ${MED}\\b`),
];
