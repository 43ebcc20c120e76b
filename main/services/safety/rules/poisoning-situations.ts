// Poisonings told as what happened rather than named (en/es/fr/de): a fuel-burning heater, boiler or engine
// indoors with headaches or sickness (carbon monoxide), a CO alarm going off, crop spraying followed by symptoms,
// a dose taken twice by mistake, a household product (household-products.ts) or a whole bottle of medicine
// swallowed, drink on top of sedatives. People rarely say "poisoning" when it happens to them.
import { householdProductPoisoning } from './household-products';
import { alt, CHILD, MED, near } from './lexicon';

// Symptoms of a poisoning as people put them, in the four languages ("a headache" of a chore is not one).
const SYMPTOM = alt(
  '(?<!\\b(?:a|an|such a|what a|real|total|big|massive|huge|giving me|gives me|give me|given me|causing|caused|cause) )(?:headaches?|head ?aches?)',
  '(?:pounding|splitting|bad) heads?',
  'dizzy',
  'dizziness',
  'woozy',
  'light ?headed',
  'drowsy',
  'nause\\w*',
  '(?:feel|feels|feeling|felt|was|were|are|is) (?:really |very |so )?(?:sick|ill|rough)(?! of\\b)',
  'vomit\\w*',
  'puk\\w*',
  'throwing up',
  'threw up',
  'spewing',
  'passed out',
  'fainted',
  'short of breath',
  'dolor de cabeza',
  'duele (?:mucho )?la cabeza',
  'adormilad[oa]s?',
  "(?:can'?t|cannot|won'?t|wont) wake (?:\\w+ ){0,2}?up",
  'no (?:se )?despierta',
  'mare\\w*',
  'vomit\\w*',
  'nauseas?',
  'mal a la tete',
  'maux de tete',
  'vertiges?',
  'envie de vomir',
  'vomi\\w*',
  'somnolente?s?',
  'nausee\\w*',
  'kopfschmerz\\w*',
  'kopfweh',
  'schwindel\\w*',
  'ubel\\w*',
  'erbroch\\w*',
  'kotz\\w*',
  'benommen',
);

// Pesticide poisoning shows as twitching, drooling and sweating too.
const CHOLINERGIC = alt(
  SYMPTOM,
  'twitch\\w*',
  'drool\\w*',
  'sweat\\w*',
  'blurry',
  'temblando',
  'babeando',
  'zittern\\w*',
);

// Heaters, boilers and stoves burn fuel indoors by design.
const INDOOR_BURNER = alt(
  'space heaters?',
  '(?:gas|paraffin|kerosene|propane|oil) (?:heaters?|fires?|stoves?)',
  'boilers?',
  'furnaces?',
  'wood ?(?:stoves?|burners?)',
  'log burners?',
  'calentador(?:es)? (?:de gas|a gas)',
  'estufas? (?:de gas|de lena|de carbon|a gas)',
  'braseros?',
  'calderas?',
  'chauffage (?:au|a) (?:gaz|petrole|bois)',
  'poeles? (?:a|au) (?:bois|gaz|petrole|charbon)',
  'chaudieres?',
  'gastherme',
  'gasheizung',
  'heizstrahler',
  'gasofen',
  'holzofen',
  'kohleofen',
);
// Engines and grills are only a danger inside.
const ENGINE = alt(
  'generators?',
  'barbecues?',
  'barbie',
  'bbq',
  'charcoal',
  'grills?',
  '(?:car|engine|motor|truck|ute)(?: was| is| left)? (?:running|idling|on)',
  'voiture qui tournait',
  'gaskocher',
  'campingkocher',
  '(?:gas|camp|camping) stoves?',
  'hornillos?',
  'fogatas?',
  'hogueras?',
  'campfires?',
  'rechauds?',
  'moteur (?:allume|en marche)',
  'generador(?:es)?',
  'groupe electrogene',
  'motor (?:an|lief|laufen)',
);
const INSIDE = alt(
  'garage',
  'tent',
  'cabin',
  'caravan',
  'camper',
  'shed',
  'basement',
  'cellar',
  'bedroom',
  'inside',
  'indoors',
  'in the house',
  'cochera',
  'tienda de campana',
  'sotano',
  'adentro',
  'dentro',
  'cabana',
  'cave',
  'tente',
  'chambre',
  "a l'interieur",
  'garage',
  'zelt',
  'keller',
  'wohnwagen',
  'drinnen',
);
const CO_ALARM =
  '\\b(?:co|carbon monoxide) (?:alarm|detector|monitor)s?\\b|\\b(?:co|kohlenmonoxid)[ -]?(?:melder|warnmelder)\\b|\\b(?:detecteur|alarme) (?:de )?(?:co|monoxyde)\\b|\\b(?:detector|alarma) de (?:co|monoxido)\\b';

// Crop spraying and pesticides, then symptoms.
const PESTICIDE = alt(
  'pesticides?',
  'insecticides?',
  'herbicides?',
  'organophosph\\w*',
  'sheep dip',
  'glyphosate',
  'paraquat',
  'roundup',
  'fumigat\\w*',
  'crop ?dust\\w*',
  'sprayed (?:the )?(?:[\\w]+ )?(?:trees|rows|fields?|crops?|orchards?|vines|vineyards?|greenhouse)',
  'fumigaron',
  'fumigando',
  'plaguicidas?',
  'producto de las plagas',
  'agroquimicos?',
  'produits? phyto\\w*',
  'pflanzenschutz\\w*',
  'spritzmittel',
  'insektizid\\w*',
);

// A dose repeated by mistake.
const TWICE = alt(
  'twice',
  'two times',
  'a second time',
  'dos veces',
  'otra vez',
  'deux fois',
  'doppelt',
  'zweimal',
  'zwei mal',
);

// Drink on top of sedatives and opioids.
const DRINK = alt(
  'pints?',
  'beers?',
  'tins',
  'cans',
  'shots',
  'drinks',
  'bottles? of wine',
  'vodka',
  'wodka',
  'whisk(?:e)?y',
  'copas',
  'verres',
);
const SEDATIVE = alt(
  'sleeping (?:pills?|tablets?)',
  'co-?codamol',
  'codeine',
  'tramadol',
  'oxy(?:codone|contin|s)?',
  'benzos?',
  'diazepam',
  'valium',
  'xanax',
  'zopiclone',
  'tilidin',
  'opioids?',
  'methadone',
  'fentanyl',
  'gabapentin',
  'pregabalin',
  'somniferes?',
  'schlaftabletten',
  'pastillas para dormir',
);

export const poisoningSituationPatterns: readonly RegExp[] = [
  new RegExp(near(INDOOR_BURNER, SYMPTOM, 120)),
  new RegExp(`${near(ENGINE, INSIDE, 60)}.{0,120}\\b${SYMPTOM}\\b`),
  new RegExp(`\\b${INSIDE}\\b.{0,60}${near(ENGINE, SYMPTOM, 80)}`),
  new RegExp(
    `(?:${CO_ALARM}).{0,80}\\b(?:went off|going off|goes off|keeps? (?:going off|beeping)|beep\\w*|sounded|salta|sono|sonne|a sonne|piept|hat gepiept|schlagt an|${SYMPTOM})\\b`,
  ),
  new RegExp(near(PESTICIDE, CHOLINERGIC, 120)),
  ...householdProductPoisoning,
  /\b(?:two|three|four|2|3|4) (?:[\w]+ )?(?:patches|pills|tablets|doses|injections|puffs) instead of (?:one|1)\b|\bnot knowing (?:i'?d|i had|she'?d|he'?d|we'?d|they'?d) already (?:given|had|taken)\b|\bwochendosis\b.{0,40}\b(?:an einem tag|auf einmal)\b|\ba pris deux fois (?:son|sa|ses|leur) \w+/,
  new RegExp(
    `\\b${DRINK}\\b.{0,40}\\b(?:on top of|with|while on|after|and|mixed with|gemischt mit|und|avec|con|y)\\b.{0,20}\\b${SEDATIVE}\\b|\\b${SEDATIVE}\\b.{0,30}\\b(?:and|und|et|y|with)\\b.{0,20}\\b${DRINK}\\b.{0,30}\\b(?:gemischt|mixed|together|melange)\\b`,
  ),
  // Drinks counted, then someone who cannot be woken.
  /\b(?:\d+|eight|ten|twelve|fifteen|twenty) (?:shots|drinks|beers|pints|cans)\b.{0,60}\b(?:passed out|won'?t wake|hard to wake|can'?t wake|cannot wake|couldn'?t wake|unconscious|unresponsive|not responding)\b/,
  /\btake (?:the lot|everything in the (?:med(?:icine)? cabinet|medicine cupboard|bathroom cabinet))\b/,
  // Textbook names of a poisoning by a medicine or product.
  /\bintoxikation\w*|\b(?:battery|batteries|magnets?|caustic|corrosive|iron|salicylate|aspirin|paracetamol|acetaminophen|digoxin|lithium|theophylline|caffeine|nicotine|alcohol|ethanol) (?:ingestion|toxicity|overdose)\b|\b(?:myosis|miosis|pinpoint pupils|pupilas puntiformes|pupilles? (?:en tete d'epingle|punctiformes?)|stecknadelkopf\w*)\b|\b(?:take|takes|took|taking) to (?:od|overdose)\b|\bto od\b|\b(?:apap|opioid|opiate|salicylate|tca|benzo|heroin|fentanyl) od\b/,
];

export const poisoningSituationTagged: readonly RegExp[] = [
  // A child found a relative's tablets and ate some ("mi nieta encontró las pastillas de mi esposa… se comió dos",
  // "die Enkelin hat zwei von Opas Blutdrucktabletten erwischt").
  new RegExp(
    `\\bCHILD\\b.{0,20}\\b(?:encontro|found|a trouve|got into|hat (?:[\\w']+ ){0,2}?gefunden)\\b.{0,50}\\b${MED}\\b.{0,60}\\b(?:se comio|se tomo|se trago|ate|swallowed|chewed|had|a mange|a avale|a pris|gegessen|geschluckt)\\b`,
  ),
  new RegExp(
    `\\bCHILD\\b.{0,20}\\bhat (?:[\\w']+ ){0,3}?(?:von )?KIN(?:s|'s)? ${MED}\\b.{0,20}\\b(?:erwischt|genommen|gegessen|geschluckt|verschluckt)\\b`,
  ),
  // A household product in someone's drink to make them ill.
  /\b(?:household|cleaning) (?:stuff|products?|chemicals?|items?)\b.{0,20}\bin (?:a |an |his |her |their )?(?:latte|FOOD)\b/,
  // A child had someone else's tablets ("grandad's warfarin, my 3 year old might have had one", "se comió unas
  // gomitas de vitaminas de mi mamá"), or was given one ("a donné à mon fils un de ses cachets pour dormir").
  new RegExp(
    `\\bCHILD\\b.{0,60}\\b(?:had|swallowed|ate|chewed|took|got into|se comio|se tomo|se trago|a mange|a avale|a pris|gegessen|geschluckt|genommen)\\b.{0,40}\\b${MED}\\b (?:[\\w']+ ){0,2}?(?:de|del|du|des|von|vom) (?:mi |mis |su |sus |mon |ma |mes |son |sa |ses |meiner |meines |la |el )?KIN`,
  ),
  new RegExp(
    `\\bKIN(?:'s|s') (?:[\\w']+ ){0,2}?${MED}\\b.{0,40}\\bCHILD\\b.{0,30}\\b(?:might have|may have|could have|had|swallowed|ate|chewed|took|got)\\b`,
  ),
  new RegExp(
    `\\b(?:gave|given|a donne|le dio|dio|hat) (?:a |à )?(?:mon |ma |my |mi |su |son |sa |meinem |meiner )?(?:[\\w']+ )?CHILD (?:[\\w']+ ){0,3}?(?:one of (?:her|his) |un de ses |une de ses |una de sus |uno de sus |her |his |ses |sus )(?:[\\w']+ )?${MED}\\b`,
  ),
  // A bottle of medicine emptied by a child ("fer en gouttes pour bébé, il a vidé le flacon").
  new RegExp(
    `\\b(?:${MED}|CHILD)\\b.{0,60}\\b(?:a vide|emptied|drank|vacio|se tomo|leergetrunken|ausgetrunken) (?:le |la |el |the |die |das |den |a |une |todo el |toda la )?(?:whole |entire |tout le )?(?:flacon|bottle|frasco|botella|bote|flasche|flaschchen)\\b`,
  ),
  // "How many mg of iron is dangerous for a child".
  new RegExp(
    `\\bhow (?:much|many) (?:mg |grams |g |of )?(?:[\\w']+ ){0,2}?(?:${MED}|iron|caffeine)\\b.{0,40}\\b(?:is|are|would be|becomes?) (?:dangerous|toxic|poisonous|deadly)\\b`,
  ),
  // A medicine taken twice by mistake ("injected my evening insulin twice by mistake", "Schlaftablette doppelt
  // genommen").
  new RegExp(
    `\\b${MED}\\b.{0,40}\\b${TWICE}\\b.{0,30}\\b(?:by mistake|by accident|accidentally|forgot|por error|sin querer|se olvido|par erreur|oublie|aus versehen|versehentlich|vergessen)\\b|\\b${MED}\\b.{0,40}\\b(?:doppelt|zweimal) (?:genommen|gegeben|gespritzt|eingenommen)\\b|\\b(?:doble dosis|double dos(?:e|ed)|doppelte dosis) (?:de |of |von )?(?:[\\w']+ )?${MED}\\b`,
  ),
  // A whole or half pack of a medicine.
  new RegExp(
    `\\b(?:full|entire) (?:packet|pack|bottle|box|strip|blister) of (?:[\\w']+ ){0,2}?${MED}\\b|\\b(?:todo un|un) (?:frasco|bote|blister)(?: entero)? de (?:[\\w']+ )?${MED}\\b|\\bmedia botella de (?:jarabe|${MED})\\b|\\b(?:tout|toute) (?:un|une|le|la) (?:tube|flacon|boite|plaquette) (?:de |d')(?:[\\w']+ )?${MED}\\b|\\b(?:eine|die) ganze (?:packung|flasche|schachtel) (?:[\\w']+ )?${MED}\\b`,
  ),
  // A child got into tablets ("the baby found grandpa's pill organizer and chewed something").
  new RegExp(
    `\\b${CHILD}\\b.{0,60}\\b(?:${MED} (?:organi[sz]er|box|case|dispenser)|pillbox|purse|handbag|bolsa|bolso|sac a main|handtasche)\\b.{0,60}\\b(?:chewed|ate|swallowed|empty|missing|se comio|se trago|faltan|a mange|avale|manquent|gegessen|geschluckt|fehlen)\\b`,
  ),
];
