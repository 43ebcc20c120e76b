// Eating-disorder signs as relatives and teenagers describe them (en/es/fr/de), without naming a disorder:
// laxative tea, diuretics or water pills for weight or a flat stomach, purging told plainly ("bringing my tea back
// up", "se purga", "alles wieder rausgebracht"), pretending to have eaten, food moved around the plate or hidden,
// dinner "earned" by exercise, days under a few hundred calories, periods stopped while not eating.
import { near } from './lexicon';

const PURGATIVE =
  '(?:laxatives?|laxative teas?|diuretics?|water (?:pills?|tablets?)|lasix|furosemide|laxantes?|te laxante|diureticos?|pastillas para orinar|laxatifs?|the laxatif|diuretiques?|lasilix|\\w*abfuhr\\w*|\\w*entwasser\\w*|wassertabletten)';
const WEIGHT_GOAL =
  '(?:lose weight|losing weight|weight loss|drop (?:\\w+ ){0,2}(?:pounds?|lbs?|kilos?|kg|weight)|flat (?:stomach|tummy|belly)|(?:stomach|tummy|belly) flat|thin|thinner|skinny|slim|fit (?:in|into) (?:the|my|her|a) (?:dress|jeans|outfit)|bajar de peso|adelgazar|deshinchar\\w*|flaca|maigrir|mince|perdre du poids|abnehm\\w*|abzunehmen|zunimmt|zuzunehmen|zunehmen|dunn\\w*|schlank\\w*|bauch flach|aussehen wie ein model|photos?|fotos|pics|bloat\\w*|shooting|photoshoot)';

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
  // One apple a day; days without food, proudly or to lose weight; only water or coffee to drop kilos.
  /\bonly (?:ate|eat|eats|eating|had|have|has) (?:an?|one|half an?) (?:apple|banana|orange|rice cake|yogh?urt|cracker|carrot|salad)s?\b.{0,25}\b(?:a day|per day|today|all day|yesterday|daily)\b|\bsolo (?:come|como|comi|comio|comia) (?:una|un|media) (?:manzana|galleta|fruta|yogur)\b|\bne mange(?:ait)? (?:plus )?qu'une? (?:pomme|biscotte|yaourt|compote)\b|\b(?:isst|esse|ass) (?:[\w']+ ){0,5}?nur (?:einen|eine|ein|noch einen) (?:apfel|joghurt|zwieback|knackebrot)\b/,
  new RegExp(
    near(
      "(?:no he comido|no comi|no como|haven'?t eaten|have not eaten|not eaten|n'ai (?:rien|pas) mange|(?:nichts|nix) gegessen)\\b.{0,30}\\b(?:\\d+|two|three|four|dos|tres|cuatro|deux|trois|quatre|zwei|drei|vier) (?:days|dias|jours|tagen)",
      '(?:proud|orgullos\\w*|fiere?|stolz|bajar|adelgazar|lose|perder|maigrir|abnehm\\w*|skinny|flaca|thin|mince|dunn\\w*|on purpose|a proposito|expres|absichtlich)',
      50,
    ),
  ),
  /\bsolo (?:tomo|tomas|toma|tomar|bebo|bebes|bebe|beber) agua\b.{0,50}\b(?:bajar|adelgazar|perder)\b|\bonly (?:drink|drank|drinking|had|having) (?:black )?(?:water|coffee)\b.{0,50}\b(?:lose|drop|weight|kilos|pounds|lbs|skinny)\b|\bque de l'eau\b.{0,40}\b(?:maigrir|perdre)\b|\bnur (?:noch )?wasser\b.{0,40}\babnehm\w*/,
  // Chewing and spitting, food thrown away in secret, ribs showing.
  /\bmastic\w* y escup\w*|\bmach\w* (?:et|puis) (?:re)?crach\w*|\bkau\w* und (?:wieder )?ausspuck\w*|\bkau\w* (?:[\w']+ ){0,3}?und spuck\w* (?:[\w']+ ){0,2}?aus\b/,
  /\b(?:tira|tiraba|throws?|threw|throwing|jette|jetait|wirft|warf) (?:away |out )?(?:la |su |sa |her |his |their |the |das |ihr |sein )?(?:comida|food|lunch|dinner|meals?|nourriture|repas|essen)\b.{0,40}\b(?:cuando|when|en cachette|secret\w*|heimlich|wenn|sin que|without)\b/,
  /\bse le (?:notan|ven) (?:todas )?las costillas\b|\byou can see (?:all )?(?:her|his|their) ribs\b|\bon voit (?:toutes )?ses cotes\b|\bman sieht (?:ihre|seine|alle) rippen\b/,
  // Periods stopped while not eating.
  new RegExp(
    near(
      "(?:no le viene la regla|ya no le baja|(?:n'a |a )?plus ses regles|keine (?:periode|regel|tage) mehr|(?:lost|stopped getting|no longer gets) (?:her|my|their) periods?|periods? (?:stopped|have stopped))",
      "(?:no come\\w*|no comer|barely eat\\w*|not eating|doesn't eat|won't eat|hardly eat\\w*|mange (?:plus|rien|presque)|isst (?:kaum|nichts|nix|fast nichts)|vegana|huesos|mince|thin|skinny|weight|peso|poids|gewicht|dunn)",
      100,
    ),
  ),
  // Food hidden away after barely eating ("versteckt sie den Teller im Kühlschrank"), and refeeding by its name.
  /\b(?:versteckt|verstecken|hides?|hiding|hid|esconde|escondia|cache|cachait)\b (?:sie |er |elle |ella |el )?(?:[\w']+ ){0,1}?(?:den teller|das essen|ihr essen|sein essen|(?:her|his|their) (?:food|plate|dinner|lunch|meals?)|la comida|el plato|su comida|la nourriture|son assiette|sa nourriture|ses repas)\b/,
  /\b(?:realimentacion|renutrition|wiederauffutterung\w*)\b/,
];
