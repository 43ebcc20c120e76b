// Poisonings by what was picked and eaten (en/es/fr/de): wild mushrooms or berries, named or told ("nos comimos
// unos hongos del potrero pensando que eran champiñones", "Schwammerl gesammelt, einer war evtl. ein
// Knollenblätterpilz"), and garden plants once someone ate or chewed them.
import { alt, CHILD, near } from './lexicon';

// Wild mushrooms and plants that poison, by kind and by the way they were found.
const TOXIC_PLANT = alt(
  'amanitas?(?: muscaria| phalloides)?',
  'death caps?',
  'destroying angels?',
  'knollenblatterpilz\\w*',
  'tollkirsche\\w*',
  'belladonn\\w*',
  'deadly nightshade',
  'hemlock',
  'cicuta',
  'amanite\\w*',
);
// Garden plants that are only a poisoning once eaten ("pruning the oleander" is not).
const GARDEN_POISON = alt(
  'foxglove',
  'digitalis',
  'oleander',
  'yew',
  'eibe\\w*',
  'datura',
  'estramonio',
  'stechapfel',
  'lily of the valley',
  'maiglockchen',
  'muguet',
  'laburnum',
  'goldregen',
);
const WILD_FOOD = alt(
  'mushrooms?',
  'shrooms',
  'toadstools?',
  'berries',
  'hongos',
  'setas',
  'champinones',
  'bayas',
  'moras silvestres',
  'champignons',
  'baies',
  'pilze?n?',
  'schwammerl\\w*',
  'beeren',
);
const FOUND = alt(
  'wild',
  'foraged',
  'picked',
  'found',
  'growing',
  'from the (?:woods|forest|garden|trail|field|yard|park)',
  'on the (?:trail|hike|walk)',
  'que encontramos',
  'que encontre',
  'del (?:campo|monte|bosque|pinar|potrero|jardin)',
  'silvestres',
  'cueillis?',
  'ramasse\\w*',
  'sauvages?',
  'de la foret',
  'gesammelt',
  'gepfluckt',
  'im wald',
  'wilde',
);
const ATE = alt(
  'ate',
  'eaten',
  'eat',
  'tasted',
  'comimos',
  'comio',
  'comi',
  'se comio',
  'probo',
  'mange\\w*',
  'gegessen',
  'probiert',
);
// Mistaken for something edible ("I thought were lingonberries", "pensando que eran champiñones").
const MISTAKEN = alt(
  'thought (?:they )?were',
  'thinking (?:they were|it was)',
  'pensando que eran',
  'creyendo que eran',
  'en pensant que',
  'dachten? (?:es|das) (?:waren|ware|sind)',
);

export const foragedPoisoning: readonly RegExp[] = [
  new RegExp(`\\b${TOXIC_PLANT}\\b`),
  new RegExp(
    `\\b${ATE}\\b.{0,50}\\b${WILD_FOOD}\\b.{0,40}\\b(?:${FOUND}|${MISTAKEN})|\\b${WILD_FOOD}\\b.{0,30}\\b${FOUND}\\b.{0,60}\\b${ATE}\\b|\\b${ATE}\\b.{0,40}\\b${FOUND}\\b.{0,10}\\b${WILD_FOOD}\\b`,
  ),
  new RegExp(
    near(
      GARDEN_POISON,
      alt(ATE, 'swallowed', 'chewed', 'se trago', 'mastico', 'avale', 'mache', 'geschluckt', 'gekaut'),
      50,
    ),
  ),
];

export const foragedPoisoningTagged: readonly RegExp[] = [
  new RegExp(`\\b${CHILD}\\b.{0,50}\\b${GARDEN_POISON}\\b|\\b${GARDEN_POISON}\\b.{0,50}\\b${CHILD}\\b`),
];
