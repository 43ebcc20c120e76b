// Eating-disorder signs as relatives and teenagers describe them (en/es/fr/de), without naming a disorder:
// laxative tea, diuretics or water pills for weight or a flat stomach, purging told plainly ("bringing my tea back
// up", "se purga", "alles wieder rausgebracht"), pretending to have eaten, food moved around the plate or hidden,
// dinner "earned" by exercise, days under a few hundred calories, periods stopped while not eating.
import { near } from './lexicon';

const PURGATIVE =
  '(?:laxatives?|laxative teas?|diuretics?|water (?:pills?|tablets?)|lasix|furosemide|laxantes?|te laxante|diureticos?|pastillas para orinar|laxatifs?|the laxatif|diuretiques?|lasilix|\\w*abfuhr\\w*|\\w*entwasser\\w*|wassertabletten)';
const WEIGHT_GOAL =
  '(?:lose weight|losing weight|weight loss|drop (?:\\w+ ){0,2}(?:pounds?|lbs?|kilos?|kg|weight)|flat (?:stomach|tummy|belly)|(?:stomach|tummy|belly) flat|thin|thinner|skinny|slim|fit (?:in|into) (?:the|my|her|a) (?:dress|jeans|outfit)|bajar de peso|adelgazar|deshinchar\\w*|flaca|maigrir|mince|perdre du poids|abnehm\\w*|abzunehmen|zunimmt|zuzunehmen|zunehmen|dunn\\w*|schlank\\w*|bauch flach|aussehen wie ein model|photos?|fotos|shooting|photoshoot)';

export const eatingDisorderSignPatterns: readonly RegExp[] = [
  new RegExp(near(PURGATIVE, WEIGHT_GOAL, 80)),
  // Purging told plainly.
  /\bse purga\b(?! (?:un|una|el|la|los|las|del)\b)|\bvomitos? autoinducid\w*|\bautoinduc\w* (?:el |los )?vomit\w*|\bvomissements? provoques?\b|\b(?:alles|es) wieder rausgebracht\b|\bbring(?:ing|s)? (?:my|her|his|their|the|it|food|dinner|tea|lunch|meals?) (?:[\w']+ )?back up\b.{0,60}\b(?:weight|fat|thin|calories)\b/,
  // Pretending to have eaten; food moved around the plate, cut up small, or hidden.
  /\b(?:says|said|claims|tells (?:us|me|everyone)|pretends?|dice|dijo|dit|pretend|sagt|behauptet) (?:[\w']+ ){0,3}?(?:she|he|they|she'd|he'd|que|qu'(?:il|elle)|sie|er)? ?(?:has |had |already |ya |a deja |hatte? |hat )*(?:already (?:ate|eaten)|eaten already|ya comio|deja mange|schon gegessen)\b/,
  /\b(?:mov\w*|push\w*) (?:[\w']+ ){0,3}?(?:around|about) (?:on )?(?:the|her|his|my|their) plate\b|\bcuts? (?:[\w']+ ){0,2}?food into (?:tiny|little|small) pieces\b|\b(?:hid\w*|hiding|versteckt|esconde|cache) (?:[\w']+ ){0,2}?(?:food|essen|comida|nourriture)\b/,
  // Exercise to "earn" a meal, and days under a few hundred calories.
  /\bearn\w*'? (?:my |her |his |their )?(?:dinner|food|meals?|lunch|breakfast|supper)\b/,
  /\b(?:unter|under|below|less than|moins de|menos de) [1-9]\d{2} ?(?:kcal|calories|cals?|kalorien|calorias)\b/,
  /\brestrict\w* (?:myself |herself |himself )?to (?:a|an|one|1|[1-9]\d{2}) (?:[\w']+ ){0,2}?(?:a day|per day|calories|kcal)\b/,
  /\bskip\w* (?:meals|dinner|lunch|breakfast) on purpose\b/,
  // Periods stopped while not eating.
  new RegExp(
    near(
      "(?:no le viene la regla|ya no le baja|(?:n'a |a )?plus ses regles|keine (?:periode|regel|tage) mehr|(?:lost|stopped getting|no longer gets) (?:her|my|their) periods?|periods? (?:stopped|have stopped))",
      "(?:no come\\w*|no comer|barely eat\\w*|not eating|doesn't eat|won't eat|hardly eat\\w*|mange (?:plus|rien|presque)|isst (?:kaum|nichts|nix|fast nichts)|vegana|huesos|mince|thin|skinny|weight|peso|poids|gewicht|dunn)",
      100,
    ),
  ),
];
