// Emergency red flags (en/es/fr/de): heart attack, stroke signs, severe bleeding, anaphylaxis,
// airway/breathing, unconsciousness, long seizures. Patterns run on normalised text.
import { SOMEONE } from './lexicon';
import { emergencyToldPlainly } from './told-plainly';
import type { SafetyRuleSet } from './types';

const CANT = "(?:can't|cant|cannot|can not|couldn't|unable to|struggling to|hard to)";

export const emergencyRules: SafetyRuleSet = {
  kind: 'emergency',
  patterns: [
    // Chest pain and heart attack — "chest" alone is not enough ("chest of drawers", "chest day").
    /\bchest (?:pains?|pressure|tightness|tight|discomfort|heaviness)\b/,
    /\b(?:pain|pressure|tightness|heaviness) in (?:my|his|her|their|the|your) chest\b/,
    /\bcrushing chest\b/,
    /(?<!\b(?:market|markets|economy|stock|stocks|shares|bitcoin|crypto|server|wall street)\b (?:[\w']+ ){0,2})\b(?:heart attacks?|he?art at?tac?k\w*)\b(?! (?:burgers?|grill|sandwich(?:es)?|on a plate|fries|pizza|special|dessert|snack))|\bmyocardial infarction\b|\bcardiac arrest\b|\bn?stemis?\b|\bacute coronary syndrome\b|\bst (?:segment )?elevation\b/,
    // "MI" the English abbreviation ("an inferior MI", "post-MI"), not Spanish "mi" or "MI5".
    /\b(?:an|inferior|anterior|posterior|lateral|septal|acute|previous|prior|old|silent|recent|post|type \d) mis?\b(?! (?:casa|madre|padre|hijo|hija|novio|novia|amigo|amiga|perro|gato)\b)/,
    /\bchest (?:feels|is|felt|was) (?:so |really |very )?(?:crushed|crushing|tight|heavy|squeezed|squeezing|like (?:an elephant|a weight))\b|\bleft arm\b.{0,20}\b(?:hurts?|pain\w*|aches?|aching|numb\w*|tingl\w*|heavy)\b/,
    // Stroke, but not physiology's "stroke volume", "heat stroke" or "a stroke of luck".
    // Nor stroking an animal or one's hair ("tried to stroke it", "stroke the cat").
    /(?<!\b(?:heat|sun|brush|back|breast|pen|key|master|swimming|butterfly|freestyle|side|crawl|paddle|paddling|rowing|oar|piston|golf|putting|tennis|forehand|backhand|finishing|power|two|four|glide|swim|brush) )\bstrokes?\b(?! (?:volume|work|index|of (?:[\w']+ )?(?:luck|genius|midnight|inspiration|brilliance|fortune|fate)|rate|count|length|technique|timing|drills?|order|orders|mechanics|efficiency|breathing|engine))(?! (?:it|them|(?:the|my|a|your|his|her) (?:dog|cat|kitten|puppy|horse|rabbit|pet|fur|hair|beard|ego))\b)/,
    /\btransient isch?a?emic attack\b/,
    /\b(?:face|facial|mouth)\b.{0,25}\bdroop|\bdroop\w*\b.{0,25}\b(?:face|mouth|one side)\b/,
    /\b(?:arms?|legs?|face|side)\b (?:weakness|numbness)\b|\b(?:weak|numb)\w* (?:arms?|legs?|face)\b/,
    /\b(?:weak|weakness|numb|numbness|paraly[sz]\w*)\b.{0,30}\bone side\b|\bone side\b.{0,30}\b(?:weak|numb)\w*/,
    /\bslurr(?:ed|ing)\b/,
    new RegExp(`\\b(?:suddenly )?${CANT} (?:speak|talk) (?:properly|clearly)?`),
    /\b(?:sudden|acute)\w*\b.{0,30}\b(?:weakness|numbness|paralysis|aphasia|hemipar\w*|loss of speech|facial droop)\b|\b(?:right|left) sided (?:weakness|numbness|paralysis|hemipar\w*)\b/,
    /\bsudden\w*\b.{0,30}\bheadache|\bworst headache\b|\bthunderclap headache\b/,
    /\bsudden\w* (?:loss of vision|vision loss|blindness)\b|\bsuddenly (?:can't see|blind)\b/,
    // Severe bleeding — a bare "bleeding" is not ("bleeding edge", "bleeding air").
    /\b(?:severe|heavy|uncontrolled|uncontrollable|massive|profuse|major|life threatening|arterial|serious)\w* (?:bleeding|bleed|blood loss)\b/,
    /\bbleeding\b.{0,25}\b(?:won't|will not|doesn't|does not|can't|cannot|not) stop/,
    /\b(?:won't|will not|doesn't|does not|can't|cannot|isn't|is not) stop(?:ping)? bleeding\b|\bblood (?:that |which )?(?:won't|will not|doesn't|does not|isn't|is not) stop/,
    /\bbleeding (?:heavily|profusely|badly|a lot)\b|\b(?:vomiting|coughing up) blood\b/,
    // haemorrhage, hemorrhage, hémorragie, hemorragia — not a company "haemorrhaging money".
    /\bha?emorr?h?ag(?:e|es|ed|ing|ic|ia|ias|ie|ies|ique|iques|ico|ica)?\b(?! (?:money|cash|jobs|users|customers|clients|talent|subscribers|votes|voters|members|staff|players|fans|points|market share)\b)/,
    /\b(?:can't|cannot|can not|couldn't|unable to) (?:lift|raise|move|feel) (?:his|her|my|their|one|the|your) (?:left |right )?(?:arm|leg|hand|side)\b|\bspeech (?:is|was|went|became|sounds?) (?:\w+ )?(?:weird|slurred|strange|garbled|off|funny|jumbled|muddled)\b/,
    // Lay words: blue lips, a baby not breathing, a head injury with confusion or vomiting, a fit that won't stop.
    /\b(?:isn't|isnt|is not|wasn't|was not|aren't|not|stops|keeps stopping) breathing\b(?! (?:exercises?|techniques?|through (?:his|her|my) nose))|\blips? (?:are |is |turned |turning |going |look |looks )?(?:blue|grey|gray|purple)\b/,
    /\b(?:hit|banged|bumped|knocked|fell on) (?:(?:his|her|my|their|the back of (?:his|her|my)) )?head\b.{0,60}\b(?:confus\w*|vomit\w*|throw(?:ing|s)? up|drows\w*|sleepy|unconscious|knocked out|seizure|fit|won't wake|slurr\w*)/,
    /\b(?:seizures?|fits?|convulsions?|convulsing|crise d'epilepsie|crise convulsive|convulsion\w*|crisis epileptica|ataque epileptico|krampfanfall|epileptische\w* anfall|anfall)\b.{0,40}\b(?:won't stop|isn't stopping|not stopping|hasn't stopped|has not stopped|keeps going|ne s'arrete pas|ne s'arrete plus|no para|no se detiene|hort nicht auf|horte nicht auf)\b/,
    /\b(?:coughing|coughs|coughed|cough|spitting|spits|throwing) up blood\b|\b(?:crach\w*|vomi\w*) du sang\b|\b(?:tose|escupe|vomita) sangre\b|\b(?:hustet|spuckt|erbricht|bricht) blut\b|\bblut (?:husten|spucken|erbrechen)\b/,
    // Going limp or blue, blood spurting, a fit timed in minutes, trouble breathing, black stools with dizziness.
    /\b(?:went|goes|gone|going|turned|turning) (?:all )?(?:limp|floppy)\b|(?<!\b(?:screen|sky|water|light|led|lights|sea|pool|display|pc|laptop|computer)\b (?:just )?)\b(?:went|turned|turning|going) (?:blue|grey|gray)\b/,
    /\bblood (?:everywhere|spurting|pumping|gushing|pouring)\b|\b(?:spurting|pumping|gushing|pouring) (?:out )?blood\b|\b(?:cut|wound|gash)\b.{0,40}\b(?:spurting|pumping|gushing|pouring)\b/,
    /\b(?:fitting|seizing|convulsing|krampft|convulsiona|convulse)\b.{0,40}\b(?:\d+|five|ten|several|cinco|diez|cinq|dix|funf|zehn) (?:minutes|mins?|minuten|minutos)\b|\bkrampf\w* seit\b/,
    /\b(?:trouble|problems?|struggling|hard time|labou?red) breathing\b|\bbreathing (?:is )?(?:difficult|laboured|labored|very hard)\b/,
    /\b(?:black|tarry) (?:tarry )?(?:stools?|poo|poop)\b.{0,30}\b(?:dizzy|faint|weak|pale|lightheaded)/,
    // Chest that hurts, a child sucking in under the ribs, gasping or odd breathing, a fall and not moving, a stab
    // wound with much blood, not catching one's breath.
    /\bchest (?:hurts|is hurting|hurting|aches|is aching)\b|\bsucking in (?:under|between|below) (?:the|his|her|their) ribs\b|\b(?:chest|rib|intercostal|subcostal) (?:recession|retraction)s?\b|\btracheal tug\b|\bnostrils? flaring\b/,
    /\bgasping for (?:air|breath)\b|\bbreathing (?:is |sounds |seems |looks )?(?:weird|strange|funny|odd|noisy|irregular|shallow|rattly|gurgling)\b/,
    /\b(?:seizure|fit|collapsed|fainted|fell|fall)\b.{0,40}\b(?:still )?(?:not awake|hasn't woken|has not woken|hasn't come round|not come round|not waking)\b/,
    /\b(?:fell|fallen|collapsed|crashed|hit by|found)\b.{0,40}\b(?:isn't|is not|not|wasn't|stopped|won't stop) (?:moving|responding|breathing)\b/,
    /\b(?:stabbed|stab wounds?|shot|gunshot\w*|gash\w*|glass)\b.{0,40}\b(?:lots of|a lot of|so much|loads of|pints of|pool of) blood\b(?! (?:tests?|work|sugar|pressure|donors?|cells|type|samples?))/,
    new RegExp(`\\b${CANT} catch (?:my|his|her|their|your) breath\\b`),
    /\b(?:face|mouth|smile)\b.{0,15}\b(?:lopsided|crooked|uneven|droopy|twisted)\b|\b(?:arm|leg|hand)\b (?:is|went|feels|has gone|became|suddenly) (?:suddenly |all )?(?:weak|numb|limp|dead|heavy)\b/,
    /\bcrushing (?:pain|pressure|feeling|ache)\b.{0,20}\bchest\b|\bpain in (?:my |his |her |the |their )?chest\b/,
    /\b(?:blood (?:when|after) (?:i|he|she|they) (?:throw up|vomit|puke|cough))\b|\b(?:throw(?:ing)? up|puking|purging) blood\b/,
    /\b(?:words|speech|talking)\b (?:are |is |came out |come out |sound |sounds )?(?:garbled|slurred|jumbled|muddled|nonsense)\b|\bsudden(?:ly)? (?:very )?confus\w*/,
    /\b(?:face|mouth|smile)\b.{0,15}\b(?:dropped|sagg\w*|fallen|slipped)\b.{0,15}\b(?:one side|on one side|left|right)\b/,
    // Anaphylaxis and airway.
    /\banaphyla\w*|\banafila\w*/,
    // A lip or tongue swollen after biting or cutting it is an injury, not anaphylaxis.
    /(?<!\b(?:bit|bitten|burnt|burned|cut|split|pierced) (?:my|her|his|their|your) )\b(?:throat|tongue|lips?)\b.{0,25}\b(?:swell\w*|swollen|closing|tight)\b|\bswell\w*\b.{0,15}\b(?:throat|tongue)\b/,
    new RegExp(
      `\\b${CANT} breathe?\\b|\\bnot breathing\\b|\\bstopped breathing\\b|\\bdifficulty breathing\\b|\\bshortness of breath\\b`,
    ),
    // Not machines, gardens or teams "choking".
    /(?<!\b(?:fan|engine|laptop|pc|computer|server|car|motor|pipeline|network|website|site|app|garden|plants?|weeds?|team|market|economy|traffic|cpu|gpu|printer|drain|sink) (?:is |was |keeps |kept |are |were )?)\bchok(?:ing|ed)\b(?! (?:up|under pressure|in the (?:final|game|match|clutch|end)|at the (?:end|line|finish)|on (?:dust|data|traffic|the load))\b)/,
    // Not a device that "won't wake up", a wish not to wake up (crisis), or a market that "collapsed".
    /(?<!\b(?:knock|knocking|knocked|render|rendering|make|making)\b (?:[\w']+ ){0,2})\bunconscious\b|\bunresponsive\b|\bpassed out\b|(?<!\b(?:laptop|computer|pc|mac|macbook|phone|iphone|tablet|ipad|screen|monitor|display|device|kindle|printer|tv|console|server|it)\b.{0,40})\bwon't wake up\b|(?<!\b(?:about|of|wish|want|dream|imagine|imagining)\b )\bnot waking up\b/,
    /(?<!\b(?:stocks?|shares?|markets?|economy|currency|prices?|bitcoin|crypto|company|startup|business|bank|deal|talks|negotiations|government|coalition|regime|empire|bridge|building|roof|tent|tower|wall|ceiling|dam|scaffolding|structure|star|bubble|souffle|cake|sandcastle|server|network|system|project|league|team|plan|wave function|sales|demand|support|ratings)\b (?:(?:has|had|have|just|completely|totally|suddenly|then|all) ){0,2})\bcollapsed\b(?! (?:sections?|view|state|rows?|menu|panel|list|tree|nodes?|wave))/,
    /\bseizures?\b.{0,40}\b(?:minutes|won't stop|not stopping|lasting|keeps?|long)\b|\bstatus epilepticus\b/,
    // Spanish.
    /\bdolor\w* (?:[\w']+ ){0,2}(?:en el|del|de) pecho\b|\bdolor (?:toracico|precordial)\b|\bopresion (?:en el )?pecho\b/,
    /(?<!\b(?:partido|final|juego|carrera|remontada|pelicula|serie|examen)\b (?:(?:fue|es|era|de|un|una) ){1,3})\binfarto\b|\bataque (?:al|de) corazon\b|\bparo cardiaco\b/,
    /\bictus\b|\bderrame cerebral\b|\baccidente cerebrovascular\b/,
    /\bcara (?:caida|torcida|paralizada)\b|\b(?:torcid[oa]|torcido) la (?:cara|boca)\b|\bno (?:puede|puedo) (?:hablar|mover|levantar) (?:el|la|su|mi) (?:brazo|pierna|lado|mitad)\b|\bno (?:puede|puedo) hablar\b|\bboca torcida\b|\bhabla arrastrada\b|\barrastra las palabras\b/,
    /\bdebilidad\b.{0,30}\b(?:brazo|pierna|un lado)\b/,
    /\b(?:sangrado|hemorragia)\w* (?:grave|abundante|masiv\w*|intens\w*|que no para)\b/,
    /\bno (?:puedo|puede) respirar\b|\bno respira\b|\bme duele (?:mucho |muchisimo )?el pecho\b|\b(?:me|le) falta el aire\b|\bsangra\w* (?:mucho|muchisimo|sin parar)\b|\bno para de sangrar\b|\bno (?:se )?despierta\b|\bdesmay\w*\b.{0,30}\bno (?:reacciona|responde)\b|\bse (?:me |le )?hincha\w* la (?:lengua|garganta)\b|\bse esta ahogando\b|\batragant\w*/,
    /(?<!\bdejar\w* )\binconsciente\b|\bpeor dolor de cabeza\b|\bdolor de cabeza (?:subito|repentino)\b/,
    // French.
    /\bdouleur\w* (?:thoracique\w*|dans la poitrine|a la poitrine)\b|\boppression thoracique\b/,
    /\bcrise cardiaque\b|\binfarctus\b|\barret cardiaque\b/,
    /\bavc\b|\baccident vasculaire cerebral\b/,
    /\bvisage (?:affaisse|paralyse|tombant)\b|\bbouche (?:deviee|tordue|de travers)\b|\b(?:visage|bouche) (?:qui )?tomb\w*|\bne (?:parle|peut) plus (?:parler )?(?:normalement|correctement)\b|\bne respire (?:presque |quasiment )?(?:plus|pas)\b|\bmal (?:a|dans) la poitrine\b|\bparalysie\w* (?:du visage|faciale|d'un bras|d'une jambe|d'un cote)\b|\b(?:evanoui|effondre|malaise)\w*\b.{0,40}\bne (?:repond|reagit|se reveille) (?:pas|plus)\b|\b(?:ne peut|ne peux|n'arrive) (?:pas|plus) (?:a )?(?:lever|bouger) (?:le|son|mon|sa|la) (?:bras|jambe)\b|\bparole (?:pateuse|trouble)\b/,
    /\bfaiblesse\b.{0,20}\b(?:bras|jambe|d'un cote)\b/,
    /\bsaignement\w* (?:grave|abondant|important|massif)\w*|\bsaigne\w* (?:beaucoup|abondamment|enormement|sans arret|a flots)\b/,
    /\b(?:n'arrive pas a|n'arrive plus a|ne peux pas|ne peut pas|ne peux plus|ne peut plus) respirer\b|\bs'etouffe\b|\betouffement\b/,
    /(?<!\b(?:dejar|rendre|laisser)\w* )\binconscient\w*|\bmal de tete (?:soudain|brutal)\b|\bpire mal de tete\b/,
    // German (compounds matched as substrings).
    /brustschmerz|\bschmerz\w* in der brust\b|\bengegefuhl in der brust\b|\bbrustenge\b|\bdruck auf der brust\b/,
    /herzinfarkt(?! ?(?:finale|spiel|krimi|thriller|match))|herzstillstand|schlaganfall|hirninfarkt/,
    /\bhangende\w* (?:mundwinkel|gesicht)|\bverwaschene\w* sprache\b|\bhalbseitig\w* (?:lahmung|schwache|taubheit)/,
    /\b(?:starke|schwere|unstillbare)\w* blutung|\bblutung\w* (?:[\w']+ ){0,2}(?:hort|horte) nicht auf\b|\bhort nicht auf zu bluten\b|\batmet (?:nicht|kaum)\b|\bspricht (?:undeutlich|verwaschen|lallend)\b|\b(?:gesicht|mundwinkel) hangt\b|\bblau angelaufen\b|\bkann (?:plotzlich )?(?:nicht mehr|kaum noch) sprechen\b|\b(?:umgekippt|zusammengebrochen|ohnmachtig)\b.{0,30}\breagiert (?:nicht|kaum)\b|\breagiert nicht mehr\b|\blahmung\w* (?:im|in der|des|am) (?:gesicht|arm|bein)|\bgesichtslahmung|\bplotzlich\w* .{0,20}lahmung|\blippen (?:sind |werden )?blau\b|\b(?:arm|bein) nicht (?:mehr )?(?:heben|bewegen)\b|\bblutet (?:stark|sehr)\b/,
    /\banaphylaktisch\w*|\b(?:kann|kriege|bekomme) (?:keine|kaum) luft\b|\bkann nicht atmen\b|\batemnot\b|\berstick\w*/,
    /\bbewusstlos\w*(?! (?:zu )?mach)|\bstarkste\w* kopfschmerz|\bplotzlich\w* .{0,20}kopfschmerz/,
    ...emergencyToldPlainly,
  ],
  tagged: [
    // A person who won't respond or be woken (not an app that "isn't responding", nor "won't respond to my texts").
    new RegExp(
      `\\b(?:he|she|they|${SOMEONE}) (?:just )?(?:won't|will not|isn't|is not|wasn't|can't|cannot) (?:respond(?:ing)?|be woken|be roused|come round)\\b(?! to\\b)`,
    ),
  ],
};
