// Eating-disorder red flags (en/es/fr/de): making oneself vomit, starving, laxatives/diuretics/diet pills for
// weight, hiding not eating, bingeing then compensating, pro-ana, and the disorders as textbook topics
// (anorexia, bulimia, refeeding syndrome). Vomiting from illness ("threw up with a stomach bug"), ordinary
// diets and fasting, laxatives for constipation and "purge the cache" do not match: purging needs a sign of
// intent (on purpose, after every meal, to lose weight, "how do I…"), and weight-loss drugs need a misuse word.
import { germanEatingDisorderPatterns } from './eating-disorder-german';
import { eatingDisorderSignPatterns } from './eating-disorder-signs';
import { alt, near, WORD } from './lexicon';
import type { SafetyRuleSet } from './types';

const SELF = alt('myself', 'yourself', 'herself', 'himself', 'themselves', 'oneself', 'ourselves');
const VOMIT = alt(
  'throw up',
  'throwing up',
  'throws up',
  'vomit',
  'vomits',
  'vomiting',
  'puke',
  'puking',
  'purge',
  'purging',
  'be sick',
  'being sick',
);
const MEAL = alt(
  'meals?',
  'eating',
  'dinner',
  'lunch',
  'breakfast',
  'supper',
  'food',
  'snacks?',
  'a binge',
  'binges?',
  'bingeing',
  'binging',
  'i eat',
  'she eats',
  'he eats',
  'a big meal',
);
const WEIGHT_GOAL = alt(
  `(?:lose|losing|lost|drop|dropping|shed|shift|get rid of) (?:${WORD}){0,3}?(?:weight|kg|kilos?|pounds|lbs|stone|fat|\\d+ ?(?:kg|kilos?|lbs?|pounds|stones?))`,
  'weight ?loss',
  'flat(?:ten)? (?:my |her |his )?(?:stomach|belly|tummy)',
  'how much (?:weight|kg|kilos?|pounds|lbs) (?:can|could|would|will|do) (?:i|you|she|he|one) (?:lose|drop)',
  'water weight',
  'weigh ?in',
  'make weight',
  `(?:stay|be|get|look|keep) (?:${WORD})?(?:thin|skinny|slim|thinner|skinnier|slimmer)`,
  'skinny',
  'thinspo\\w*',
  'calories',
  `flush (?:out )?(?:${WORD}){0,2}?(?:meal|food|calories|binge)`,
  'not gain',
  '(?:too|so) fat',
  'feels? fat',
  "(?:thinks?|says?|said) (?:that )?(?:she's|he's|i'm|she is|he is|i am) (?:so |too )?fat",
  "(?:don't|do not|won't|not) (?:gain|get fat|put on weight|put weight on)",
  'gaining weight',
  `(?:get rid of|undo|cancel out|compensate for|make up for|flush out) (?:what (?:i|she|he|they|you) (?:ate|eat|had)|(?:a |the |my |that |this )?(?:binge|meal|food|calories|dinner|lunch|pizza|cake))`,
  '(?:get|be|go|stay|weigh|weighing) (?:down to|under|below|less than) \\d+',
  '(?:get|getting|go|going) down to \\d+',
);
// Not eating, or getting rid of food: with a weight goal nearby it is an eating-disorder behaviour.
const RESTRICT = alt(
  'not eating',
  "haven't eaten",
  'without eating',
  'without food',
  'stop(?:ped)? eating',
  'skip(?:ping|ped)? (?:meals|breakfast|lunch|dinner|food)',
  'starv\\w*',
  'eat(?:ing)? (?:nothing|very little|barely anything)',
  'barely eat\\w*',
  'eats? (?:almost|practically|basically|next to|virtually) nothing',
  'only drink\\w*',
  'fast(?:ing)? (?:for )?(?:\\d+|a few|several|two|three|five|seven|ten) days',
  "(?:don't|do not|not|stop) eat(?:ing)? (?:anything )?for (?:a|\\d+|two|three|several) (?:days?|weeks?)",
  'eat\\w* only',
  'sweat\\w* (?:off|out)',
  "(?:hasn't|hasnt|has not|haven't|havent|have not) eaten (?:properly|much|anything|normally|in (?:days|weeks))",
  'cut\\w* (?:her |his |my )?portions?',
  'portions? (?:down )?to (?:almost )?nothing',
  'drink\\w* (?:only|nothing but)',
  'stops? eating',
  'stops? drinking(?! (?:alcohol|beer|wine|soda|coke|pop|booze|sugary|juice|coffee|milk|spirits))',
  'spit\\w* (?:into|in) (?:a )?(?:bottle|cup)',
  'dehydrat\\w*',
  'sauna suit',
  'cut out (?:all )?(?:food|foods|food groups|meals|eating)',
  'skip(?:ping)? (?:meals|eating) for (?:a|\\d+|two|three|several|many) (?:days?|weeks?)',
  'only eat\\w*',
  'spit\\w* (?:out )?(?:my |the |her |his )?food',
  'vomit\\w*',
  'throw(?:ing)? up',
  'purg\\w*',
  "fasting for (?:[\\w']+ )?days",
);
// Agents misused to control weight. Weight-loss drugs prescribed for it (semaglutide…) are not on the list.
const AGENT = alt(
  'laxatives?',
  'diuretics?',
  'water pills?',
  'water tablets?',
  'enemas?',
  'ipecac',
  'senna',
  'bisacodyl',
  'dulcolax',
  'senokot',
  'thyroid (?:pills?|tablets?|meds|medication|hormones?)',
  'levothyroxine',
  'diet pills?',
  'slimming (?:pills?|tablets?)',
  'appetite suppressants?',
  'fat burners?',
  'colon cleanses?',
);
// "How do I / ways to / tips for" + vomiting (not "how to stop vomiting").
const HOW = alt(
  'how (?:do|can|could|should|would) (?:i|you|we|she|one)',
  'how to',
  'ways? to',
  '(?:best|quickest|fastest|easiest|quietest|safest) way to',
  'tips? (?:to|for|on)',
  'tricks? (?:to|for)',
  'help me',
  'want to',
  'trying to',
);
// A vomiting verb with an object is something else: "throw up a landing page", "purge the cache".
const NO_OBJECT =
  '(?! (?:a|an|the|my|your|our|old|all|this|that|these|those|some|every|stale|unused|it|ich|du|den|die|das)\\b)';
const NOT_STOPPING = "(?:(?!stop|prevent|avoid|treat|ease|reduce|calm|settle|quit|not|don't)[\\w']+ ){0,2}";

export const eatingDisorderRules: SafetyRuleSet = {
  kind: 'eating_disorder',
  patterns: [
    // Lying about weight or eating; a carer told a meal was eaten elsewhere; "fine, just never hungry".
    /\b(?:lie|lying|lied|lies) (?:to (?:[\w']+ ){1,3})?about (?:my|her|his|their|how much (?:i|she|he)) (?:weight|eating|food|meals|calories|bmi)\b/,
    /\b(?:says?|said|dice|dit) (?:que )?(?:she|he|they|ya|qu'(?:elle|il) a deja) (?:already |ya )?(?:ate|eaten|has eaten|comio|ha comido|mange)\b.{0,60}\b(?:not true|lying|no es verdad|miente|mentira|thin|skinny|delgad[oa]|maigre|pas vrai)\b/,
    /\b(?:i'm|im|i am) (?:fine|ok|okay),? (?:i'm |im |i am )?just (?:not|never) hungry\b|\bjust not hungry ever\b/,
    // Someone's diabetes or thyroid medicine used to lose weight.
    /\b(?:use|using|take|taking|took|inject\w*) (?:[\w']+ ){0,3}?(?:diabetes|insulin|thyroid|adhd|ozempic|wegovy|mounjaro) (?:meds|medication|medicine|pills|tablets|injections?|pens?|shots?)\b.{0,20}\b(?:to )?(?:lose|losing|drop) (?:weight|kilos|pounds)\b/,
    // The disorders by name, as topics too. "anorexia" listed with nausea/weight loss is the symptom.
    /(?<!(?:nausea|vomiting|malaise|fatigue|fever|weight loss|cachexia) (?:and )?)\banorexi(?:a|c|cs|e|que|ques)\b(?! (?:and|or) (?:nausea|weight loss|vomiting|fatigue|malaise|cachexia))/,
    /\bbul[ei]mi\w*|\banorex(?:ia|ic|ya|a)\b|\banerexi\w*|\beating disorders?\b|\bdisordered eating\b|\bbinge eating\b|\bdiabulimi\w*|\borthorexi\w*|\barfid\b/,
    /\bpro ?(?:ana|mia)\b|\bthinspo\w*|\bthinspiration\b|\bmeanspo\b|\bbonespo\b/,
    /\brefeeding\b|\brussell'?s sign\b|\bscoff questionnaire\b/,
    // A very low BMI with amenorrhoea, bradycardia, restriction or a sport that prizes thinness.
    new RegExp(
      near(
        'bmi (?:of |is |was )?(?:1[0-7]|[5-9])(?: \\d)?',
        '(?:period\\w*|amenorrh\\w*|bradycard\\w*|lanugo|restrict\\w*|dancer|gymnast|model|exercis\\w*|runner|jockey)',
        80,
      ),
    ),
    // A BMI of 15 or less in an adult (a child's BMI runs lower and is read on centiles).
    /^(?!.*\b(?:\d+ ?(?:year|yr)s? old|yo|toddler|child|kid|baby|infant|months? old|percentile|centile|boy|girl)\b).*\bbmi (?:of |is |was |at |around |about )?(?:1[0-5]|[5-9])(?: \d)?\b/,
    // A case described, not named: lanugo or knuckle calluses with low weight, amenorrhoea or vomiting.
    new RegExp(
      near(
        '(?:lanugo|parotid (?:swelling|enlargement|hypertrophy)|dental erosion|enamel erosion)',
        '(?:bmi|amenorrh\\w*|bradycard\\w*|weight loss|vomit\\w*|binge\\w*|underweight|restrict\\w*)',
        80,
      ),
    ),
    // Making oneself vomit.
    new RegExp(`\\bmak(?:e|es|ing) ${SELF} (?:${WORD})?(?:throw up|vomit|puke|sick|be sick|gag)\\b`),
    new RegExp(`\\bforc(?:e|es|ed|ing) ${SELF} to (?:vomit|throw up|puke|be sick)\\b`),
    /\b(?:self induced|self inflicted|deliberate|intentional|forced) (?:vomiting|emesis|purging)\b/,
    /\b(?:fingers?|toothbrush|spoon) down (?:my|her|his|their|your|the) throat\b/,
    new RegExp(
      near(
        VOMIT,
        alt(
          'on purpose',
          'deliberately',
          'intentionally',
          'to lose weight',
          'to stay (?:thin|skinny|slim)',
          "so (?:i|she|he|they|you) (?:don't|doesn't|won't|do not|does not) (?:gain|get fat|put on)",
        ),
        30,
      ),
    ),
    new RegExp(`\\b${HOW} (?:make ${SELF} )?${NOT_STOPPING}${VOMIT}\\b${NO_OBJECT}`),
    new RegExp(`\\b${VOMIT} (?:${WORD}){0,2}?after (?:every|each|all|most) (?:of )?(?:my |her |his )?${MEAL}`),
    new RegExp(`\\b${VOMIT} (?:straight |right )?after ${MEAL} (?:every|each) (?:day|night|time)`),
    new RegExp(`\\b(?:purg\\w*|laxatives?) after ${MEAL}|\\b(?:vomit\\w*|throw\\w* up|sick) after (?:a )?bing\\w*`),
    new RegExp(near(RESTRICT, WEIGHT_GOAL, 60)),
    /\b(?:disappear\w*|goes|going|runs|rushes|excuses? (?:herself|himself|myself)) (?:straight |right |off )?(?:to the (?:bathroom|toilet|loo) )?after (?:every |each )?(?:meals?|eating|dinner|lunch|breakfast)\b/,
    /\bknuckles? (?:[\w']+ ){0,2}?(?:scars?|scarred|calluse[sd]?|sores?|grazed)\b|\bcalluse[sd]? on (?:her|his|my|their|the) knuckles\b/,
    /\bfemale athlete triad\b|\brelative energy deficiency\b|\bred s\b/,
    /\b(?:bathroom|toilet|loo) (?:[\w']+ ){0,3}after (?:every|each|all|most) (?:of )?(?:her |his |my )?(?:meals?|eating|dinner|lunch)/,
    // "purge" as behaviour, not a cache, a queue, a radiator or a political purge.
    /(?<!\b(?:great|stalin's|political|the|a|party|military|army|ethnic|cache|cdn|data|log|queue) )\bpurg(?:e|es|ed|ing)\b(?! (?:the|a|an|my|your|our|his|her|their|old|all|this|that|these|those|some|every|stale|unused|it|ich|du|den|die|das|cache|caches|css|logs?|queues?|data|database|db|history|memory|command)\b)/,
    // Hiding vomiting or not eating.
    new RegExp(
      `\\bhid(?:e|es|ing|den)\\b.{0,40}\\b(?:${RESTRICT}|(?:that|how little) (?:i'm|i am|she's|he's|i|she|he) (?:eat|barely)|(?:her|his|my|the) food|food in|weight loss|eating disorder)`,
    ),
    /\b(?:says?|said|pretends?|pretending|lies?|lying|tells? (?:us|me|them)) (?:that )?(?:she|he|they|i)? ?(?:has |have |had |'s |'ve )?(?:already )?(?:ate|eaten)\b/,
    /\binto thinking (?:i|she|he|they)(?:'ve|'s| have| has)? (?:already )?(?:ate|eaten)\b/,
    /\b(?:won't|doesn't|refuses to|refusing to|will not|never) eat (?:with us|in front of|around (?:others|people|us|anyone)|at (?:the )?(?:table|school))/,
    /\bcount\w* every calorie\b/,
    // Starving, not eating for weight, very low intake.
    new RegExp(`\\b(?:starv\\w*|punish\\w*|depriv\\w*) ${SELF}\\b`),
    /\bsecretly starving\b/,
    /\b(?:go|gone|going|went|goes) (?:[\w']+ ){0,2}days? without (?:eating|food)\b/,
    /\b(?:haven't|hasn't|have not|has not|didn't|did not) eat(?:en)? (?:anything )?(?:in|for) (?:[\w']+ ){0,2}days\b/,
    /\bwithout eating\b.{0,20}\b(?:on purpose|to lose|to drop)/,
    /\bstop eating (?:completely|altogether|entirely|for good|for (?:[\w']+ )?(?:days|weeks))\b/,
    /\b(?:under|below|less than|only|just|survive on|surviving on|live on|living on|existing on|eat|eating) \d{2,3} (?:calories|kcal|cals)\b/,
    // A period lost to dieting, teeth worn by vomiting, a very low weight that still feels fat, weight loss at any cost.
    new RegExp(
      near(
        '(?:(?:lost|lose|losing|stopped getting|no longer get\\w*|missed|no) (?:my |her |your |their )?periods?|periods? (?:have |has )?(?:stopped|disappeared|gone|vanished))',
        '(?:diet\\w*|not eating|eating (?:too )?little|weight loss|restrict\\w*|starv\\w*|calories|underweight)',
        40,
      ),
    ),
    new RegExp(
      near("(?:teeth|tooth|enamel) (?:[\\w']+ )?(?:erod\\w*|erosion|damage\\w*|rott\\w*|decay\\w*)", VOMIT, 40),
    ),
    new RegExp(
      near(
        '(?:pesa|peso|weighs?|wiegt|wiege|pese) (?:only |just |solo |apenas |nur |seulement )?(?:2\\d|3\\d|4[0-2]) ?(?:kg|kilos?)',
        '(?:fat|gord[ao]s?|gros(?:se)?|dick|fett)',
        50,
      ),
    ),
    new RegExp(
      near(
        WEIGHT_GOAL,
        "(?:don't|do not) care (?:if|how|whether) (?:it's |its |it is )?(?:unhealthy|dangerous|bad|safe)|whatever it takes|at any cost",
        60,
      ),
    ),
    /\bso (?:that )?(?:i|she|he|they|you) (?:don't|doesn't|won't|do not|does not) (?:have to |need to )?(?:eat|feel hungry)\b/,
    /\b(?:stop|stopping) feeling hungry\b|\bignore (?:my |the )?hunger\b|\bsuppress (?:my |her |his )?(?:hunger|appetite)\b.{0,30}\b(?:thin|weight|calories|kg)/,
    /\beat (?:even |much )?less\b.{0,40}\b(?:fat|thin|kg|skinny)\b|\b(?:still|always) (?:feel|look|think i'm|think i am) (?:so )?fat\b/,
    /\bfeel (?:so |really )?(?:disgusting|guilty|ashamed|fat) (?:[\w']+ ){0,2}after (?:eating|meals?|i eat|every meal)\b/,
    /\b(?:exercis\w*|work(?:ing)? out|run\w*|train\w*) (?:[\w']+ ){0,2}hours? (?:a|per|every) day (?:and|but) (?:only )?eat/,
    /\b(?:only|just) (?:eat|ate|eating) (?:one|an|a single|half an?) (?:[\w']+ )?(?:a|per) day\b/,
    new RegExp(
      `(?<!intermittent )\\b(?:fast|fasting|water fast|juice fast)\\b.{0,60}\\b(?:really thin|so thin|skinny|underweight)\\b|\\b(?:already|still|very|severely) underweight\\b.{0,40}\\b(?:fast\\w*|diet\\w*|eat less|lose)`,
    ),
    /\bwant to (?:get|be|look) (?:really |very |super |so |even )?(?:thin|skinny|thinner|skinnier)\b/,
    // Lay descriptions: eating almost nothing, stopping oneself eating, fasting to make up for eating, feeling
    // fat at a low weight, suppressing hunger to skip meals.
    /\beats? (?:almost|practically|basically|next to|virtually) nothing\b|\bstop (?:myself|herself|himself) (?:from )?eating\b|\bstop eating (?:anything|at all)\b/,
    /\b(?:fast|fasting|starve|starving|don't eat|skip meals)\b.{0,30}\b(?:every time|whenever|each time|after) (?:i|she|he|they) (?:overeat|binge|eat too much|pig out|have a big meal|cheat)\b/,
    /\b(?:feel|feels|look|looks|am|is) (?:so |too |really )?(?:fat|huge|enormous|massive|gross|chubby|big)\b.{0,30}\b(?:even though|although|but|despite)\b.{0,30}\b(?:bmi|underweight|thin|skinny|\d+ ?(?:kg|lbs?|pounds))/,
    /\bsuppress (?:my |her |his )?(?:hunger|appetite)\b.{0,40}\b(?:skip|not eat|stop eating|go without|fast)\w*/,
    // Checking and fearing: weighing oneself many times a day, counting calories obsessively, fear of getting fat,
    // fasting when already very light.
    /\bportions? (?:down )?to (?:almost |next to )?nothing\b/,
    // Fear of gaining, one meal every few days and very few calories, in es/fr/de.
    /\bmiedo (?:a |de )?engordar\b|\bpeur de grossir\b|\bangst (?:davor )?(?:dick|fett) zu werden\b|\bangst vor (?:dem )?zunehmen\b/,
    /\b(?:un seul|qu'un) repas (?:tous les|par) (?:deux|trois|\d+) jours\b|\buna comida cada (?:dos|tres|\d+) dias\b|\beine mahlzeit alle (?:zwei|drei|\d+) tage\b/,
    /\b(?:[1-7]\d{2}|[5-9]\d) (?:kalorien|kcal|calorias|calories) (?:am|pro|al|par|por) (?:tag|dia|jour)\b/,
    // Very few calories a day (not burning them), restriction with hours of exercise.
    /(?<!\bburn\w* (?:[\w']+ )?)\b(?:[1-7]\d{2}|[5-9]\d) (?:calories|kcal|cals) (?:a|per|each) day\b|\b(?:only )?allow (?:myself|herself|himself) (?:[\w']+ ){0,2}\d+ (?:calories|kcal|cals)\b/,
    new RegExp(
      near(
        '(?:only eats?|barely eats?|eats? (?:almost )?nothing|hardly eats?)',
        "(?:runs?|running|exercis\\w*|gym|works? out|working out|trains?|training) (?:[\\w']+ ){0,3}?(?:\\d+ ?(?:km|miles|hours?)|hours?) (?:a|per|every) day",
        60,
      ),
    ),
    /\b(?:one|a single) meal (?:every|a) (?:\d+|two|three|four|five|few|other) days?\b|\beat\w* (?:once|one meal) every (?:\d+|two|three|few) days\b|\brefus\w* (?:all|any|most) (?:food|foods|meals)\b/,
    /\b(?:sweat\w*|spit\w*|dehydrat\w*)\b.{0,30}\b(?:off )?\d+ ?(?:kg|kilos?|lbs?|pounds) in (?:a|one|\d+) (?:day|days|hours?)\b/,
    new RegExp(
      near(
        'brush\\w* (?:her|his|my|their) teeth (?:right )?after (?:every|each|all) (?:meal|meals|eating)',
        '(?:weight|thin|skinny|kg|kilos)',
        80,
      ),
    ),
    /\b(?:erbrech\w*|kotz\w*|ubergeb\w*)\b.{0,30}\bohne dass (?:es )?(?:jemand|keiner|niemand|sie|er) (?:es )?(?:merkt|bemerkt|mitbekommt)\b/,
    /\bweigh\w* (?:myself|herself|himself|themselves) (?:\d+|two|three|four|five|six|ten|several|many|multiple) times a day\b|\b(?:counts?|counting) calories (?:obsessively|compulsively|all the time)\b|\bobsess\w* (?:about|over|with) calories\b/,
    /\b(?:scared|afraid|terrified|frightened|fear|phobia) (?:of )?(?:getting|becoming|being|to get) fat\b|\b(?:terrified|phobia|panic\w*|intense fear|obsessive fear) (?:of |about )?(?:gaining|putting on) (?:any )?weight\b/,
    /\b(?:fast\w*|starv\w*|diet\w*|eat(?:ing)? less|lose|skip\w*)\b.{0,40}\balready (?:only )?(?:[2-4]\d ?(?:kg|kilos?)|[6-9]\d ?(?:lbs?|pounds)|underweight|(?:so |very |really )?(?:thin|skinny))\b/,
    // Not a series to binge ("Grey's Anatomy, ok for a 12 year old to binge?").
    /(?<!\b(?:anatomy|series|show|shows|netflix|season|seasons|episodes?|tv|anime|drama|md|sitcom)\b.{0,60})\bbing(?:e|es|ed|ing)\b(?! (?:watch|drink|read|play|listen|worthy|session))(?!.{0,40}\b(?:series|show|season|netflix|episodes?|seasons)\b)(?:.{0,40}\b(?:then|and then|and|after|before)\b.{0,20}\b(?:fast\w*|purg\w*|vomit\w*|throw up|starv\w*|laxatives?|skip\w*|restrict\w*|compensat\w*|make up for))?/,
    // Chewing and spitting.
    /\bchew\w* (?:[\w']+ ){0,4}(?:and|then) spit\w*/,
    // Laxatives, diuretics, diet pills… for weight.
    new RegExp(
      near(
        AGENT,
        alt(
          WEIGHT_GOAL,
          `after (?:every |each |a |my |a big |big )?(?:meal|eating|binge)`,
          '(?:stop|stopping|quit) eating',
          'not (?:to )?eat',
          'skip meals',
        ),
        40,
      ),
    ),
    /\b(?:laxative|diuretic|diet pill) (?:misuse|abuse|overuse)\b|\b(?:misuse|abuse|overuse) of (?:laxatives|diuretics|diet pills)\b/,
    new RegExp(
      `\\b(?:skip\\w*|omit\\w*|withhold\\w*|restrict\\w*|cut\\w* back on|stop\\w*) (?:${WORD})?insulin\\b.{0,30}\\b(?:weight|thin)\\b`,
    ),
    // Spanish.
    /\bprovoc\w* (?:el )?vomito\b|\bhacerme vomitar\b|\bme hago vomitar\b|\bvomitar (?:despues de|tras) (?:comer|cenar|las comidas)\b/,
    /\b(?:dejar|dejo|deja|dejado) de comer (?:para|sin que)\b|\bsin comer (?:[\w']+ ){0,2}(?:para )?(?:adelgazar|bajar de peso|perder peso|perder \d+)\b/,
    new RegExp(
      near(
        '(?:sin comer|dejar de comer|no comer|ayun\\w*|vomit\\w*|solo (?:me )?(?:como|tomo|comer)|como solo|no como nada)',
        '(?:adelgaz\\w*|bajar de peso|perder peso|perder \\d+|kilos|delgad\\w*|flac\\w*|engord\\w*|subir de peso)',
        50,
      ),
    ),
    /\bvomit\w* (?:a escondidas|en secreto|a proposito|despues de cada comida)\b/,
    /\besconde (?:la |su )?comida\b|\bno come delante\b|\bmasticar y escupir\b/,
    /\btrastornos? (?:de la )?(?:conducta )?alimentari\w*|\bpastillas para adelgazar\b/,
    new RegExp(
      near('(?:laxantes?|diureticos?)', '(?:adelgaz\\w*|bajar de peso|perder peso|kilos|delgad\\w*|engord\\w*)', 40),
    ),
    /\b(?:me salto|saltarme|salto|se salta|saltarse) (?:las |todas las |casi todas las )?comidas\b/,
    // French.
    /\b(?:me|se|te) (?:fai\w* |faire )vomir\b|\bvomir (?:apres (?:chaque|les|le|mes) (?:repas|diner|dejeuner)|discretement)\b/,
    /\bjours sans manger\b/,
    new RegExp(
      near(
        "(?:(?:me|se|te) priv\\w* de (?:manger|nourriture)|sans manger|ne (?:plus|pas) manger|arreter de manger|jeun\\w*|vomi\\w*|ne mange (?:qu'|que )|mange seulement|ne mange rien)",
        '(?:maigrir|perdre (?:du )?poids|perdre \\d+|kilos|minc\\w*|grossir|prendre du poids)',
        50,
      ),
    ),
    /\bcache (?:sa|la|de la|leur) nourriture\b|\bne mange (?:presque )?(?:plus|rien)\b|\bvomi\w* (?:en secret|en cachette|discretement|expres)\b|\bmange (?:presque|quasiment|pratiquement) rien\b|\bmastiquer et recracher\b|\bmach\w* (?:[\w']+ ){0,3}?(?:et|puis) (?:je |le |la |les )?recrach\w*/,
    /\bboulimi\w*|\btroubles? (?:du comportement|des conduites) alimentaires?\b|\bhyperphagie\b|\brenutrition\b/,
    new RegExp(
      near(
        '(?:laxati\\w*|diuretiques?|coupe faim|tisanes? (?:drainante|minceur|detox))',
        '(?:maigrir|perdre (?:du )?(?:poids|\\d+)|kilos|minc\\w*)',
        40,
      ),
    ),
    ...germanEatingDisorderPatterns,
    // Weight-loss injections or pills taken without a prescription of one's own, or by a teenager for an event.
    /\b(?:ozempic|wegovy|mounjaro|zepbound|saxenda|semaglutide|tirzepatide|liraglutide|phentermine|clenbuterol|glp ?1)\b.{0,50}\b(?:off|from) (?:a|my) (?:friend|mate|mom|mum|sister|brother|cousin|aunt|coworker|roommate|gym)\b|(?!.*\b(?:doctor|gp|prescribed|endocrinolog\w*|physician)\b)\b(?:got|bought|buy|ordered|order|get)\b.{0,15}\b(?:ozempic|wegovy|mounjaro|semaglutide|tirzepatide|clenbuterol|phentermine)\b.{0,40}\b(?:without (?:a )?prescription|online|off|before (?:prom|summer|the wedding|my wedding|the dance|holiday))\b/,
    // Exercise to undo eating: running or working out for hours after every meal, to burn off what was eaten.
    /\b(?:runs?|running|ran|exercis\w*|work(?:s|ing|ed)? out|train\w*|gym)\b.{0,25}\b(?:for hours|for \d+ hours|hours|for miles|miles|until (?:exhausted|i|she|he|they) (?:collapse|faint|can't)\w*)\b.{0,20}\bafter (?:every|each|all|any) (?:meal|bite|snack|time (?:i|he|she|they) eats?)|\bto burn off (?:every|each) (?:calorie|bite|meal|snack)\b/,
    // Fixation on clean eating or calories with weight lost; self-disgust after eating anything.
    /\bobsess\w* (?:with|over|about) (?:clean eating|eating clean|calories|counting calories|calorie counting|(?:her|his|my|their) weight|being (?:thin|skinny)|losing weight)\b|\b(?:disgust\w* (?:with|by|of) myself|disgusting|hate myself|ashamed of myself)\b.{0,25}\bafter (?:eating|i eat|every meal|meals|each meal|any food)\b/,
    // Skipping or hiding meals so that no one notices.
    /\b(?:skip|skipping|skipped|hide|hiding|hid|avoid\w*|get out of|not eating|throw\w* away)\b (?:(?:my|all|the|his|her|their|every) )?(?:meals?|food|lunch|dinner|breakfast|eating)\b.{0,30}\b(?:without (?:anyone|anybody|my (?:parents|mom|mum|dad|family)|them|people) (?:noticing|knowing|finding out|seeing)|so (?:no one|nobody|my parents|they) (?:notices?|knows?|finds? out|won't notice))\b/,
    // A target BMI below 18.
    /\bbmi\b.{0,10}\b(?:under|below|down to|to|of) (?:1[0-7]|[5-9])\b(?=.{0,40}\b(?:fast|quick\w*|goal|want|get|reach|how)\b)|\b(?:get|reach|drop|bring)\b.{0,20}\bbmi (?:under|below|down to|to) (?:1[0-7]|[5-9])\b/,
    // Skipping meals to lose weight (en/es/fr/de).
    /\b(?:skip\w*|saut\w*|salt\w*|lass\w*)\b.{0,20}\b(?:meals|repas|comidas|mahlzeiten)\b.{0,25}\b(?:lose weight|to be (?:thin|skinny)|maigrir|perdre du poids|adelgazar|bajar de peso|no engordar|abzunehmen|abnehmen|dunn)\b|\bmahlzeiten ausfallen\b.{0,20}\b(?:abzunehmen|abnehmen)\b/,
    // Tenth round, by concept. A child calling herself fat at meals; a big loss in days; only water or coffee all
    // day; purging hidden; a very low target weight; weighing oneself many times a day; hunger silenced to lose
    // weight; fear of gaining; laxatives after every meal (es/fr/de).
    /\b(?:says|thinks|calls herself|calls himself|keeps saying|said|cries that) (?:she's|he's|she is|he is|i'm|i am|they're) (?:too |so |really )?(?:fat|huge|gross|disgusting)\b.{0,40}\b(?:cries|crying|won't eat|refuses|dinner|lunch|breakfast|meals?|eat\w*)\b/,
    /\b(?:lose|drop|cut|shed|losing|dropping)\b (?:(?:1\d|[2-9]\d|ten|fifteen|twenty|thirty) (?:pounds|lbs)|(?:[5-9]|\d\d|five|six|seven|eight|nine|ten|fifteen|twenty) (?:kg|kilos?|kilograms))\b.{0,10}\b(?:in|within) (?:a|one|1|two|2|three|3|four|4|five|5|six|6|seven|7|ten|10) (?:days?|weeks?)\b/,
    /\bonly (?:drinks?|drank|has|have|had|eats?|ate) (?:water|black coffee|diet (?:coke|soda)|green tea|tea|coffee|an apple|one apple|lettuce|celery|ice|gum) (?:and|or) (?:water|black coffee|diet (?:coke|soda)|green tea|tea|coffee|an apple|lettuce|celery|ice|gum)\b.{0,30}\b(?:all day|a day|per day|every day|for days|each day|all week)\b/,
    /\b(?:not get caught|without getting caught|hide|hiding|secretly|in secret|quietly|without (?:anyone|my parents|them) (?:hearing|knowing))\b.{0,20}\b(?:throw\w* up|vomit\w*|purg\w*|puk\w*)\b|\b(?:throw\w* up|vomit\w*|purg\w*)\b.{0,20}\b(?:without (?:anyone|anybody|my parents|them) (?:hearing|knowing|noticing)|not get caught|in secret|secretly)\b/,
    /\b(?:llegar a|bajar a|get down to|reach|get to|descendre a|atteindre|runter auf|erreichen)\s(?:(?:3\d|4[0-4]) ?(?:kilos|kg|kilogramos)|(?:[7-9]\d) ?(?:lbs|pounds))\b(?!.{0,20}\b(?:deadlift|bench|squat|lift\w*|press|curl|row|clean|snatch|dumbbells?|barbell)\b)/,
    /\b(?:weigh\w* (?:myself|herself|himself|themselves)|se pes\w*|me pes\w*|se pesa|me peso|wiegt sich|wiege mich)\b.{0,20}\b(?:\d+|several|many|multiple|plusieurs|varias|muchas|mehrmals|un monton de|five|ten|twenty|cinq|dix|vingt|cinco|diez|veinte|funf|zehn|zwanzig)\b.{0,12}\b(?:a day|per day|daily|par jour|al dia|am tag|taglich|times|fois|veces|mal)\b/,
    /\b(?:stop|ignore|kill|arreter|couper|ignorer|quitar|eliminar|unterdrucken|ignorieren)\b.{0,20}\b(?:hunger|hungry|faim|hambre|apetito|appetit|hungergefuhl)\b.{0,30}\b(?:lose weight|to be (?:thin|skinny)|maigrir|perdre du poids|adelgazar|bajar de peso|abnehmen|abzunehmen|eat less|manger moins|comer menos|weniger essen)\b/,
    /\bangst\b.{0,10}\bzuzunehmen\b|\bmiedo a (?:subir de peso|ganar peso)\b|\bpeur de prendre du poids\b|\b(?:abfuhrmittel|laxantes|laxatifs|entwasserungs\w*|diureticos|diuretiques)\b.{0,30}\b(?:nach (?:jedem|dem) essen|nach jeder mahlzeit|despues de (?:cada|comer|las comidas)|apres (?:chaque|les|mes) repas)\b/,
    // Eleventh round, by concept: seeing fat while too thin, getting rid of a secret binge, cutting foods out with
    // hair loss or no periods, living on water to lose weight, killing appetite to skip meals, not eating for
    // weight, fingers down the throat, one apple a day, counting everything eaten, starving to be thinner, food
    // hidden (en/es/fr/de).
    /\b(?:too thin|too skinny|underweight|skin and bones|bones (?:are )?showing)\b.{0,40}\b(?:still|but)\b.{0,20}\b(?:sees?|feels?|looks?|am|is|thinks? (?:she|he|i)(?:'s|'m| is| am)?)\b.{0,10}\b(?:fat|huge|big|chubby)\b|\b(?:binge\w*|a whole|the whole|in secret|secretly)\b.{0,80}\bget rid of (?:it|it all|what i ate|the food|the calories|everything)\b/,
    /\b(?:cut out|stopped eating|won't eat|refuses to eat|eats? no|quit eating|dropped)\b.{0,40}\b(?:hair (?:is )?falling out|periods? (?:has |have )?stopped|lost her period|lanugo|bones showing)\b/,
    /\b(?:survive|live|last|go) on (?:just |only )?(?:water|coffee|tea|juice|air)\b.{0,30}\b(?:lose weight|to be thin|skinny|weight)\b|\bhow long can (?:you|i|a person) (?:go|survive|last) without (?:food|eating)\b.{0,30}\b(?:lose weight|weight|skinny|thin)\b/,
    /\b(?:curb|suppress|kill|stop|trick)\b.{0,20}\b(?:appetite|hunger)\b.{0,30}\b(?:skip|so i (?:can|don't have to) (?:skip|not eat)|not eat|without eating)\b/,
    /^(?!.*\b(?:baby|toddler|infant|newborn|kitten|puppy|dog|cat)\b).*?(?:\b(?:won't eat|refuses to eat|stopped eating|barely eats|hardly eats|not eating)\b.{0,50}\b(?:drop weight|lose weight|make weight|losing weight|calories)\b|\b(?:drop weight|lose weight|make weight)\b.{0,50}\b(?:won't eat|refuses to eat|stopped eating|barely eats|hardly eats)\b)/,
    /\b(?:deje|dejo|dejar|ha dejado) de comer\b.{0,20}\b(?:bajar de peso|adelgazar|perder peso|no engordar)\b|\b(?:stopped|stop|quit) eating\b.{0,20}\b(?:to lose weight|to be (?:thin|skinny)|lose weight)\b|\b(?:arrete|arreter|cesse) de manger\b.{0,20}\bmaigrir\b|\bhunger(?:e|t|n|te)\b.{0,30}\b(?:dunner|abzunehmen|abnehmen|schlank)\b/,
    /\b(?:fingers?|dedos|doigts|finger) (?:down|in|into|en|dans|in den) (?:my |her |his |the |la |sa |ma |seinen |ihren |meinen )?(?:throat|garganta|gorge|hals)\b(?!.{0,30}\b(?:baby|choking|atragant\w*|etouff\w*)\b)/,
    /\bne (?:mange|mangeait) (?:qu'une|qu'un|que) (?:pomme|yaourt|fruit|biscuit|salade|repas)\b.{0,10}\b(?:par jour|de la journee)\b|\b(?:only|just) (?:eat|eats|ate|have|has) (?:an|one|a|half an?) (?:apple|yogurt|rice cake|banana|salad|cracker|piece of fruit)s? (?:a|per|each) day\b(?! as (?:a )?snack| for (?:fiber|fibre|health|my gut))|\bsolo (?:como|come) una (?:manzana|fruta|galleta) al dia\b|\b(?:esse|isst) nur (?:einen|eine) (?:apfel|joghurt|banane) am tag\b/,
    /\b(?:compte|counts?|counting|cuenta|zahlt)\b.{0,15}\b(?:tout ce qu'(?:elle|il|je) mange|everything (?:she|he|i) eats?|todo lo que (?:come|como)|alles was (?:sie|er|ich) (?:isst|esse))\b(?=.{0,60}\b(?:sport|exercis\w*|runs?|gym|panic\w*|cries|won't eat|weigh\w*|hours|heures|horas|stunden)\b)|\bversteck\w* (?:ihr|sein|mein) essen\b|\bcache (?:sa|son|ma) nourriture\b/,
    ...eatingDisorderSignPatterns,
  ],
};
