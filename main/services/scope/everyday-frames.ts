// Plain questions about one's own body carry no technical term: "why do my fingers go wrinkly", "I'm always
// cold", "my hair is falling out", "how much water should I drink". These frames find them from word
// combinations (a person's own body part or state, a body word with what happens to it) in en/es/fr/de.
import { isAnimalAt } from './animals';
import { FIELD_WORDS } from './competing-domain';
import { BODY, NOT_BODY_AFTER, NOT_STATE_AFTER, PERSON_WORDS, POSSESSIVES, SELF, STATES } from './lexicon/people';
import type { Token } from './normalize';
import type { TermMatch } from './term-matcher';
import { wordSet } from './lexicon/word-set';

const words = wordSet;

/** How far a possessive reaches: "my lower back", "my son's left knee". */
const OWN_BODY_REACH = 3;
/** How far a pronoun reaches: "I get calf cramps", "am I always cold", "j'ai toujours les pieds froids". */
const PRONOUN_REACH = 4;
/** Body words that are as often adverbs or figures ("push back", "head of", "on the other hand", "foot the bill"). */
const FIGURATIVE_BODY = words(`back head hand hands foot face arm arms chest stomach body weight memory vision hearing
  mood sleep breath period periods cycle blood pulse heartbeat`);
/** How far apart the two words of a topic pair may be: "hair in the shower … falling out". */
const PAIR_REACH = 5;
const FRAME_WEIGHT = 1;
const NOT_EATING_WEIGHT = 0.6;

interface TopicPair {
  /** Shown in the reason: "everyday health: hair and scalp". */
  topic: string;
  first: ReadonlySet<string>;
  second: ReadonlySet<string>;
  /** A word that must also be in the question ("water" for drinking enough). */
  also?: ReadonlySet<string>;
  /** What a person does (eating, training), not body words a machine or a plant shares. */
  conduct?: boolean;
  /** How far apart the two words may be, when not PAIR_REACH ("cold hands", "legs heavy"; "ate … expired"). */
  reach?: number;
}

/** Eating little or hiding it; with food or weight it is an eating behaviour. */
const RESTRICTING = words(`
purge purging purged vomit vomiting throw throwing starve starving starved fast fasting skip skipping skipped
hide hides hiding spit spitting chew chewing laxatives vomitar vomito purgar ayunar ayuno esconde escondo
escondiendo vomir jeuner cacher cache spucken spucke hungern fasten erbrechen versteckt
`);
const FOOD_OR_WEIGHT = words(`
meal meals food eating eat eaten ate dinner lunch breakfast weight thin skinny fat calories kg kilos pounds lbs
binge comida comer comiendo peso adelgazar delgada delgado repas manger nourriture poids maigrir mince essen
gewicht abnehmen zunehmen zuzunehmen kalorien dunn
`);
const EAT = words(`eat eating eaten comer come manger mange essen esse`);
const NOT = words(`not t without stop stopped no never sin sans nicht ohne kein keine less nothing`);

/** How a body part feels, said without "my" or "I" ("always cold hands", "lower back stiff mornings"). */
const FEELS = words(`cold hot heavy stiff sore numb tingling itchy dry oily cracked swollen puffy weak shaky
  achy aching burning throbbing twitching`);
/** Body words that are rarely anything else; "back", "head", "hand" and the like are too often figures. */
const PLAIN_BODY = new Set([...BODY].filter((word) => !FIGURATIVE_BODY.has(word)));

/** Whether something is good or bad for a person: "is coffee bad", "ist Kaffee ungesund", "too much". */
const JUDGEMENT = words(`bad harmful unhealthy healthy ungesund gesund schlecht schadlich malo mala mauvais sante
  salud dangerous peligroso dangereux gefahrlich too-much zu-viel demasiado trop`);

const TOPIC_PAIRS: readonly TopicPair[] = [
  { topic: 'how the body feels', first: PLAIN_BODY, second: FEELS, reach: 2 },
  {
    topic: 'hair and scalp',
    first: words(`hair haare cheveux pelo cabello`),
    second: words(`loss lose losing lost falling fall falls thinning shedding greasy oily itchy dandruff grey gray
      greying bald balding brittle breakage lice scalp cae caida tombent chute perte ausfall fallen fettig`),
  },
  {
    topic: 'nails',
    first: words(`nails nail fingernails toenails ongles nagel nagel`),
    second: words(`brittle stronger weak yellow fungus fungal biting ridges ingrown peeling splitting cassants`),
  },
  {
    topic: 'skin',
    first: words(`skin face lips piel cara labios peau visage levres haut gesicht lippen`),
    second: words(`dry oily itchy red redness rash spots acne peeling flaky sensitive burn sunburn breakout breakouts
      pale yellow cracking cracked chapped swollen puffy bumps pimples wrinkly seca grasa granos seche grasse
      boutons rougeurs pele pelent desquame trocken fettig pickel rot schuppig rissig rissige sprode aufgesprungen`),
  },
  {
    topic: 'sleep',
    first: words(`sleep sleeping slept asleep nap naps bedtime schlaf schlafen einschlafen dormir duermo sueno sommeil
      mittagsschlaf siesta sieste
      dors wache aufwachen aufwache
      despierto despertarme reveille reveiller`),
    second: words(`hours horas heures stunden enough much need needs brauche trouble fall stay wake waking lack quality
      better night nights noche nuit nacht nachts noches nuits bedtime routine mal poco peu wenig mejor mieux besser`),
  },
  {
    topic: 'drinking enough',
    first: words(`drink drinking drank beber bebo boire bois trinken trinke`),
    second:
      words(`enough much litres liters glasses cups daily day suficiente bastante cuanta dia assez combien jour genug
      viel tag taglich`),
    also: words(`water agua eau wasser fluids liquids`),
  },
  {
    topic: 'periods',
    first: words(`period periods regla regle regles periode cycle menstruation`),
    second: words(`late missed heavy heavier painful irregular cramps blood bloated spotting stopped twice early pms
      pregnant tampon pads retrasa retrase retraso retrasada abundante dolorosa irregular retard douloureuses
      abondantes irregulieres unregelmassig ausgeblieben schmerzhaft`),
  },
  {
    topic: 'exercise',
    first: words(`stretching stretch stretches warm-up warmup cool-down diet dieta regime diat eat eating meal meals
      nutrition protein drink drinking hydrate`),
    second: words(`run running runner workout workouts exercise gym training sport sports marathon maraton race ride
      cycling correr athlete athletes muscle muscles flexible flexibility mobility posture stiff stiffness`),
    conduct: true,
  },
  {
    topic: 'tired after meals',
    first: words(`tired sleepy drowsy mude schlapp cansado cansada fatigue fatiguee`),
    second: words(`eating meal meals lunch dinner essen mittagessen comer comida almuerzo manger repas dejeuner`),
  },
  {
    topic: 'fitness',
    first: words(`fit fitter fitness workout workouts steps cardio`),
    second: words(`day daily healthy enough faster schneller again shape`),
    conduct: true,
  },
  {
    topic: 'eating and food safety',
    first: words(`eat ate eaten eating comer comi comido comimos manger mange mangee essen gegessen food fridge
      refrigerator leftovers nevera frigo kuhlschrank drink drinking tap-water beber boire trinken`),
    second: words(`bad unhealthy healthy ungesund gesund malo mauvais schlecht unsafe safe harmful toxic mould mouldy
      moldy mold moho mohoso moisi moisie schimmel schimmelig schimmeliges raw undercooked expired reheated spoiled rotten leftovers caducado caducada perime perimee abgelaufen gefahrlich
      dangereux peligroso dangerous`),
    conduct: true,
    // "I ate yoghurt that was two weeks expired".
    reach: 7,
  },
  {
    topic: 'coffee, alcohol, tobacco and food',
    first: words(`coffee coffees caffeine kaffee koffein cafe cafeina cafeine espresso energy-drink energy-drinks
      red-bull alcohol alcool alkohol cigarette cigarettes cigarrillo cigarrillos zigarette zigaretten smoking
      vaping vape eggs egg huevos oeufs eier sugar azucar sucre zucker milk lait leche milch tea microwave
      microwaves micro-ondes microondas mikrowelle`),
    second: new Set([...JUDGEMENT, 'sleep', 'awake', 'stomach', 'dormir', 'schlafen', 'sommeil']),
    conduct: true,
  },
  {
    topic: 'screens and sleep',
    first: words(`screen screens phone phones smartphone blue-light ecran ecrans pantalla pantallas movil celular
      handy bildschirm tablet telephone telefono portable`),
    second: words(`sleep sleeping dormir schlafen schlaf einschlafen sommeil insomnia`),
    also: words(`bad harmful malo mauvais schlecht before antes avant vor bedtime soir empechent awake affect affects
      damage dangerous peligroso dangereux gefahrlich`),
    conduct: true,
  },
  {
    topic: 'sun',
    first: words(`sun sunlight sunbathing sol soleil sonne sonnenlicht sonnenbaden`),
    second:
      words(`sunscreen sonnencreme creme crema schadlich gesund healthy bueno buena bon vitamin vitamina vitamine harmful bad malo mauvais schlecht skin too-much
      piel peau haut protect protection exposure`),
  },
  {
    topic: 'cuts and wounds',
    first: words(`cut cuts wound wounds graze scrape herida heridas corte plaie plaies blessure coupure wunde
      schnittwunde schurfwunde`),
    second: words(`infected infection pus heal healing heals scab stitches infectada infectado infeccion curar cura
      cicatriza cicatrizar infectee infecte cicatrise cicatriser cicatrisation entzundet eitert heilt heilen`),
  },
  {
    topic: 'a child growing up',
    first: words(`year-old year-olds month-old month-olds toddler toddlers baby babies newborn newborns infant infants
      bebe bebes nourrisson kleinkind saugling`),
    second: words(`talk talking talks speak speaking words walk walking walks crawl crawling potty teething milestone
      milestones hablar habla caminar gatear parler parle marcher marche sprechen spricht laufen krabbeln grow
      growing picky fussy`),
  },
  {
    topic: 'calories',
    first: words(`calories calorie kcal kalorien calorias`),
    second: words(`eat eating day daily burn burned burn lose gain bulk need needs in essen comer manger`),
    conduct: true,
  },
  {
    topic: 'growth and height',
    first: words(`son daughter kid kids child children boy boys girl girls teen teenager year-old toddler hijo hija nino
      nina ninos fils fille enfant enfants sohn tochter kind kinder`),
    second: words(`growth taller shorter height crece crecer crecimiento altura grandit grandir
      croissance taille wachst wachsen wachstum grosse`),
  },
  {
    topic: 'posture',
    first: words(`sitting sit standing crossed-legs posture slouching sentado sentarse assis debout sitzen`),
    second: words(`bad harmful unhealthy circulation back spine malo mauvais schlecht ungesund`),
    conduct: true,
  },
  {
    topic: 'stings and bites',
    first: words(`wasp wasps bee bees hornet hornets jellyfish tick ticks mosquito mosquitoes guepe abeille
      frelon meduse tique moustique avispa abeja medusa garrapata mosquito wespe biene hornisse qualle
      zecke mucke`),
    second: words(`stung sting stings stinging bit bitten bite bites pique piquee piqure pico picado picada picadura
      gestochen stich gebissen biss mordu mordio`),
  },
  { topic: 'eating', first: RESTRICTING, second: FOOD_OR_WEIGHT, conduct: true },
  {
    topic: 'body weight',
    first: words(`lose losing lost gain gaining gained drop put bajar perder adelgazar perdre prendre maigrir abnehmen
      zunehmen`),
    second: words(`weight kilos kg pounds lbs stone belly peso barriga tripa poids ventre gewicht bauch bauchfett`),
    conduct: true,
  },
];

const wordAt = (tokens: readonly Token[], index: number): string => tokens[index]?.word ?? '';

/** Whether a word list holds the word at index, or the phrase of two or three words it starts ("energy-drinks"). */
function holds(list: ReadonlySet<string>, tokens: readonly Token[], index: number): boolean {
  const word = wordAt(tokens, index);
  const two = `${word}-${wordAt(tokens, index + 1)}`;
  return list.has(word) || list.has(two) || list.has(`${two}-${wordAt(tokens, index + 2)}`);
}

function frame(topic: string, shown: string, weight = FRAME_WEIGHT, everyday = true): TermMatch {
  return { key: `everyday: ${topic}`, shown, kind: `everyday health: ${topic}`, weight, length: 0, everyday };
}

/**
 * "my legs", "I'm always cold", "me sangran las encías", "j'ai les pieds froids": a person's own body or how it
 * feels. After a pronoun the body word may be a few words on; a word that is often an adverb or a figure ("back",
 * "head", "hand") counts only right after a possessive ("my back", "my lower back").
 */
function ownBody(tokens: readonly Token[]): TermMatch | undefined {
  for (const [index, token] of tokens.entries()) {
    const possessive = POSSESSIVES.has(token.word);
    if (!possessive && !SELF.has(token.word)) continue;
    const reach = possessive ? OWN_BODY_REACH : PRONOUN_REACH;
    for (let at = index + 1; at <= index + reach && at < tokens.length; at++) {
      const word = wordAt(tokens, at);
      // "my bonsai … bleeding", "my laptop is tired": the possessive is the field's thing, not a body.
      if (isAnimalAt(tokens, at) || FIELD_WORDS.has(word)) break;
      if (PERSON_WORDS.has(word)) continue;
      const next = wordAt(tokens, at + 1);
      const close = possessive && at - index <= 2;
      const body = BODY.has(word) && !NOT_BODY_AFTER.has(next) && (close || !FIGURATIVE_BODY.has(word));
      const state = STATES.has(word) && !NOT_STATE_AFTER.has(next);
      if (body || state) return frame('own body', `${token.original} … ${tokens[at]?.original}`);
    }
  }
  return undefined;
}

/** "haven't eaten", "sans manger", "eat even less": the index of an eating word said with a negation. */
function notEatingAt(tokens: readonly Token[]): number | undefined {
  for (const [index, token] of tokens.entries()) {
    if (!EAT.has(token.word)) continue;
    const around = [index - 3, index - 2, index - 1, index + 1, index + 2].map((at) => wordAt(tokens, at));
    if (around.some((word) => NOT.has(word))) return index;
  }
  return undefined;
}

/** Whether the token at index opens the pair: "throw" only as "throw up". */
function opens(pair: TopicPair, tokens: readonly Token[], index: number, notEating: number | undefined): boolean {
  const word = wordAt(tokens, index);
  if (pair.first !== RESTRICTING) return holds(pair.first, tokens, index);
  if (index === notEating) return true;
  if (word === 'throw' || word === 'throwing') return wordAt(tokens, index + 1) === 'up';
  return pair.first.has(word);
}

function pairs(tokens: readonly Token[], notEating: number | undefined): TermMatch[] {
  const found: TermMatch[] = [];
  const present = new Set(tokens.map((token) => token.word));
  for (const pair of TOPIC_PAIRS) {
    if (pair.also && ![...pair.also].some((word) => present.has(word))) continue;
    const reach = pair.reach ?? PAIR_REACH;
    const hit = tokens.findIndex((_, index) => {
      if (!opens(pair, tokens, index, notEating)) return false;
      for (let at = Math.max(0, index - reach); at <= index + reach && at < tokens.length; at++) {
        if (at !== index && holds(pair.second, tokens, at)) return true;
      }
      return false;
    });
    if (hit >= 0) found.push(frame(pair.topic, tokens[hit]?.original ?? '', FRAME_WEIGHT, pair.conduct !== true));
  }
  return found;
}

/** Everyday-health evidence in a question's tokens. */
export function everydayEvidence(tokens: readonly Token[]): TermMatch[] {
  const found: TermMatch[] = [];
  const own = ownBody(tokens);
  if (own) found.push(own);
  const notEating = notEatingAt(tokens);
  found.push(...pairs(tokens, notEating));
  // Not eating, and hiding or skipping it ("hide from my parents that I stopped eating"): an eating behaviour.
  const hidden = notEating !== undefined && tokens.some((token) => RESTRICTING.has(token.word));
  if (hidden && !found.some((match) => match.key === 'everyday: eating')) {
    found.push(frame('eating', tokens[notEating]?.original ?? '', FRAME_WEIGHT, false));
  }
  // Not eating is a hint on its own ("so I don't have to eat, is that bad?").
  if (notEating !== undefined && !found.some((match) => match.key === 'everyday: eating')) {
    found.push(frame('not eating', tokens[notEating]?.original ?? '', NOT_EATING_WEIGHT, false));
  }
  return found;
}
