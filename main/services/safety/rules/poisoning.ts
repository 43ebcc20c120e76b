// Poisoning red flags (en/es/fr/de): overdose, too many pills, swallowed bleach/poison/batteries/cleaning
// products, carbon monoxide, lethal amounts, a young child into someone's tablets. "Poison ivy", "poison pill
// defence" and "DNS cache poisoning" are not poisoning.
import { alt, CHILD, FIGURATIVE_NOUN, FOOD, MED, near, PERSON, PERSON_POSS } from './lexicon';
import { careMixupPoisoningTagged } from './care-mixups';
import { foragedPoisoning, foragedPoisoningTagged } from './foraged';
import { pillCountPoisoning, pillCountPoisoningTagged, pillsToEndItTagged } from './pill-counts';
import { poisoningSituationPatterns, poisoningSituationTagged } from './poisoning-situations';
import type { SafetyRuleSet } from './types';

const TOXIC =
  '(?:bleach|poison\\w*|batter(?:y|ies)|button batter\\w*|antifreeze|drain cleaner|detergent pods?|weed ?killer|pesticides?|rat poison|lighter fluid|paraffin|petrol|gasoline|methanol|ethylene glycol|(?:window|oven|toilet|glass|floor|bathroom|kitchen) cleaner|cleaning (?:products?|fluid|spray|liquid)|disinfectant|dishwasher (?:tablets?|pods?)|laundry (?:pods?|capsules?|detergent)|washing up liquid|washing powder|perfume|mouthwash|nail polish remover|hand saniti[sz]er|essential oils?|e liquid|vape (?:juice|liquid)|white spirit|turpentine|lamp oil|caustic soda|lye|silica gel|mothballs?|iron (?:tablets?|pills?))';
// Other fields' poisoning: "poison ivy", "poison pill defence", "DNS cache poisoning", "poisoning the well".
// Games and bands too ("poison-type Pokémon", "the band Poison").
const NOT_POISON =
  '(?! (?:ivy|oak|sumac|pill|pills|dart|frog|pen|arrow|the well|chalice|pawn|type|types|pokemon|move|moves|damage|status|resistance|ability|spell|cloud|band)\\b)(?! (?:the |those |these |some |my |our )?(?:slugs?|snails?|rats?|mice|ants?|pests?|weeds?|moles?|wasps?|cockroach\\w*|roach\\w*|termites?|pigeons?|squirrels?|gophers?|rodents?|insects?|bugs?|flies|mosquito\\w*|vermin)\\b)';
const NOT_POISON_BEFORE =
  '(?<!\\b(?:cache|dns|arp|data|dataset|model|training|seo|search|route|routing|bgp|label|cookie|session|band|group|song|album|singer|rapper|game) )';
// "an overdose of nostalgia", "overdose of cuteness", "une overdose de bons sentiments": tastes and feelings,
// and FIGURATIVE_NOUN (lexicon.ts): abstract nouns, moods and tastes in en/es/fr/de.
const IDIOM = `(?:reality|humou?r|luck|fun|sunshine|inspiration|motivation|nostalgia|optimism|cuteness|cheese|cheesiness|irony|drama|love|romance|feels|emotion|emotions|information|info|memes|content|news|hype|nerdiness|pink|glitter|cringe|kitsch|synths?|guitars?|bass|autotune|cliches?|sentiments?|sugar|schmaltz|melodrama|pathos|violence|action|cgi|special effects|explosions|jokes|puns|hashtags|ads|adverts|emojis|realite|humilite|naivete|${FIGURATIVE_NOUN})`;
// "That film was an overdose of…", "esa película fue una sobredosis de…": a work described, not a person.
const MEDIA_WAS =
  '(?<!\\b(?:film|movie|album|song|show|series|book|novel|episode|season|play|musical|video|sequel|trailer|playlist|concert|podcast|blog|article|post|thread|ad|advert|pelicula|cancion|serie|libro|disco|chanson|livre|roman|lied|buch|musik) (?:\\w+ )?(?:was|is|are|were|felt like|feels like|fue|es|era|est|etait|ist|war) (?:\\w+ ){0,3})';
// Household products a child or an adult may swallow.
const PRODUCT =
  '(?:(?:dishwasher|washing|washing up|laundry|dish|cleaning|toilet|oven|drain|floor|window|bathroom|kitchen)\\s?(?:liquid|tablets?|pods?|capsules?|powder|detergent|cleaner|fluid|spray|gel|soap)|detergent|bleach|perfume|cologne|aftershave|mouthwash|nail polish(?: remover)?|hand saniti[sz]er|e ?liquid|vape (?:juice|liquid)|nicotine|cigarettes?|essential oils?|lamp oil|paraffin|kerosene|lighter fluid|antifreeze|weed ?killer|fertili[sz]er|pesticides?|slug pellets|rat poison|mothballs?|batter(?:y|ies)|magnets?|glue|paint|shampoo|body wash|fabric softener)';

export const poisoningRules: SafetyRuleSet = {
  kind: 'poisoning',
  patterns: [
    // Poisonous plants eaten or chewed, wild mushrooms eaten; poisonous enough to hurt someone.
    new RegExp(
      near(
        '(?:yew|eibe|foxglove|fingerhut|oleander|adelfa|laurier rose|laburnum|goldregen|tollkirsche|monkshood|aconit\\w*|eisenhut|lily of the valley|maiglockchen|muguet|castor beans?|rizinus\\w*|tejo|dieffenbachia|daffodil bulbs?)',
        '(?:ate|eaten|eat|eating|chewed|chewing|nibbled|swallowed|geknabbert|gegessen|gekaut|verschluckt|comio|se comio|mordisqueo|mange|a mange|machouille|croque)',
        40,
      ),
    ),
    /\b(?:wild|foraged|picked|unknown|lawn|garden) (?:mushrooms?|toadstools?|fungi)\b.{0,40}\b(?:ate|eaten|eating|cooked|for dinner|vomit\w*|sick)\b|\b(?:ate|eaten|picked and ate) (?:some |a few )?(?:wild|foraged|unknown) (?:mushrooms?|toadstools?|berries)\b|\bpilze\b.{0,30}\bgesammelt\b.{0,40}\b(?:gegessen|erbrochen|ubel)|\bchampignons (?:cueillis|sauvages)\b.{0,40}\b(?:mange|vomi)|\bsetas (?:silvestres|del campo|recogidas)\b.{0,40}\b(?:comi\w*|vomit\w*)/,
    /\b(?:poisonous|toxic|lethal|deadly) enough to (?:hurt|kill|harm|make (?:someone|somebody|him|her|them) (?:sick|ill))\b/,
    /\b(?:dosis|menge)\b.{0,60}\btodlich\b|\btodliche (?:dosis|menge)\b|\b(?:tomarme|tomar|me tomo|me tome|me voy a tomar)\b.{0,20}\b(?:todas las pastillas|todo el bote|toda la caja|todos los comprimidos)\b/,
    new RegExp(`${MEDIA_WAS}\\boverdos(?:e|es|ed|ing|ages?)?\\b(?! (?:of|on|de|d') ?(?:\\w+ )?${IDIOM}\\b)`),
    /\bod'?d\b|\bod'?ed\b|\bod(?:ing)? on\b|\ban od\b|\bacetaminophen od\b|\bparacetamol od\b/,
    /\b(?:took|taken|take|taking|swallowed|ate|had|give|gave|giving|given) (?:[\w']+ ){0,3}?(?:too many|too much|a lot of|a whole (?:bottle|packet|box|strip|pack) of)\b(?! (?:chocolates?|cookies|biscuits|cereal|pizza|doughnuts|donuts|candy|sweets|crisps|chips|cakes?|wine|beer|cheese|crackers|popcorn|ice cream|oreos|juice|soda|milk|coffee|tea|food|snacks)\b)(?! (?:blood|time|photos?|pictures|notes|damage|steps|courses|classes|tests?|risks?|breaks?|effort|work|hits|money|space|water|sleep|exercise|stress|pressure|flak|heat|care)\b)/,
    /\btoo many (?:pills|tablets|capsules|meds|medications|sleeping pills)\b/,
    new RegExp(
      `\\b(?:swallow\\w*|drank|ate|eaten|ingest\\w*|chewed|chewing|bit into|licked|sucked|got into)\\b.{0,30}\\b${PRODUCT}\\b`,
    ),
    /\bpoison control\b/,
    /\bantifreeze\b|\bethylene glycol\b|\bcarbon monoxide\b/,
    /\btoxic (?:ingestion|dose|exposure)\b|\baccidental ingestion\b/,
    // Lethal amounts and killing with a substance.
    /\b(?:lethal|fatal|deadly|toxic) (?:amount|dose|quantity|level)\b/,
    /\bhow (?:much|many)\b.{0,40}\b(?:(?:would|does) it take to|would) (?:kill|be lethal|be fatal|die)\b|\benough (?:[\w']+ ){0,2}to kill\b/,
    /\bhow (?:much|many)\b.{0,40}\b(?:is|are|would be|can be|becomes?) (?:a )?(?:lethal|fatal|deadly|toxic|poisonous)\b/,
    // Taking a whole supply at once, or asking how many it takes not to wake up.
    /\btake (?:all|every one|the whole bottle|the whole box|the whole pack) (?:of )?(?:my |the |his |her )?(?:pills|tablets|meds|medication|painkillers|sleeping pills|antidepressants)\b|\bhow (?:much|many)\b.{0,50}\b(?:would|does|will) it take (?:for me |for him |for her )?to (?:not wake up|never wake up|not wake|die)\b/,
    /\bmix\w* (?:[\w']+ )?bleach (?:and|with) (?:[\w']+ )?(?:ammonia|vinegar|acid|toilet cleaner)\b|\bchlorine gas\b|\b(?:breathed|inhaled|breathing) (?:in )?(?:toxic |chemical )?fumes\b/,
    new RegExp(near(alt('chemicals?', 'substance', 'toxins?', 'poison\\w*'), alt('undetectable', 'untraceable'), 40)),
    new RegExp(
      `\\b${TOXIC}\\b.{0,50}\\b(?:make|making|get|getting) (?:someone|somebody|him|her|them|a person) (?:really |very |so |seriously )?(?:sick|ill)\\b`,
    ),
    /\btook (?:something|some (?:pills|drugs|stuff)|a pill|pills|drugs)\b.{0,40}\b(?:won't wake|unconscious|unresponsive|passed out|not breathing|fitting|seizing)/,
    /\b(?:take|taking|took|swallow\w*) (?:all of |all |the whole |my whole |my entire |every )(?:my |the |his |her )?(?:[\w']+ )?(?:pills|tablets|meds|medication|prescription|bottle|box|packet|supply|stash)\b.{0,20}\b(?:at once|in one go|together)\b/,
    // Wild food that kills: "which mushrooms would kill an adult".
    /\b(?:mushrooms?|toadstools?|berries|plants?|seeds|leaves|flowers?|herbs?|fungi)\b.{0,30}\b(?:would|could|will|can) kill\b/,
    // Misspelt, and a case report's ingestion: "ingested 40 tablets", "an empty pill bottle".
    /\b(?:overdoze\w*|over dos(?:e|ed|ing)|posion\w*|poisen\w*|poisin(?:g|ed)|od'ing)\b/,
    /\b(?:took|take|taking|taken|ingest\w*|swallow\w*|ate|eaten) (?:about |around |over |up to |nearly |almost )?(?:[1-9]\d+|a dozen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\w*) (?:[\w']+ ){0,2}?(?:tablets|pills|capsules|caps)\b|\bempty (?:pill|tablet|medicine|pill box) (?:bottle|packets?|pack|blister\w*|box)\b/,
    /\bcuant[oa]s?\b.{0,40}\b(?:es |son |seria )?(?:mortal|letal|toxic[oa])\b|\b(?:quelle (?:dose|quantite)|combien)\b.{0,40}\b(?:mortel\w*|letal\w*|toxique)\b|\bwie viel\w*\b.{0,40}\b(?:todlich|toxisch|giftig|lebensgefahrlich)\b/,
    new RegExp(
      `\\b(?:so|so that|until) (?:he|she|they) (?:never wakes?|won't wake|doesn't wake|will never wake|does not wake)\\b`,
    ),
    // Spanish.
    new RegExp(
      `${MEDIA_WAS}\\bsobredosis\\b(?! de (?:\\w+ )?${IDIOM}\\b)|\\bdemasiad[ao]s (?:pastillas|pildoras|comprimidos)\\b|\\bintoxica\\w*`,
    ),
    /\bmonoxido de carbono\b|\b(?:trago|bebio|se tomo|se trago|se comio|comio)\b.{0,25}\b(?:lejia|veneno|pila\w*|todas las pastillas|un bote|una caja|un blister|un punado|muchas pastillas)\b/,
    /\bcuant[oa]s? .{0,40}\bpara matar\b|\bquelle quantite .{0,40}\bpour tuer\b|\bwie viel\w* .{0,50}\b(?:toten|umzubringen|umbringen)\b/,
    /\bpara que no (?:se )?despierte\b/,
    // French.
    /\bsurdos\w*|\btrop de (?:comprimes|medicaments|cachets|pilules)\b|\bintoxiqu\w*/,
    /\bmonoxyde de carbone\b|\bavale\w*\b.{0,25}\b(?:javel|poison|piles?|produit menager|parfum|dissolvant|lessive|liquide vaisselle|white spirit|toute la boite|tous (?:les|ses|mes) (?:comprimes|cachets|medicaments)|une boite)\b/,
    /\bne se (?:reveille|reveillera) (?:plus|jamais)\b/,
    // German (compounds matched as substrings).
    /\b(?:spulmittel|waschmittel|\w*reiniger|putzmittel|bleiche|batterie\w*|knopfzelle\w*|lampenol|duftol|nagellack\w*|desinfektionsmittel|entkalker|geschirrspul\w*|weichspuler)\b.{0,50}\b(?:getrunken|geschluckt|verschluckt|gegessen|trinkt|geleckt)\b/,
    new RegExp(`uberdosis(?! (?:an |von )?${IDIOM}\\b)`),
    /kohlenmonoxid|\bzu viele (?:tabletten|pillen)\b|\bverschluck\w*\b.{0,25}\b(?:batterie|knopfzelle|bleiche|gift)/,
    /\b\w+gift\b|\b(?:das|ein|welches|welche|kein|mit|als) gift\b|\bnicht mehr aufwacht\b/,
    ...poisoningSituationPatterns,
    ...pillCountPoisoning,
    ...foragedPoisoning,
  ],
  // Poison as a word: a story's poisoning is not one (see ../fiction.ts).
  outsideFiction: [
    // Swallowing a toxic product, unless a character in a story does ("why did Romeo drink the poison").
    // Not "ate lunch at the petrol station".
    new RegExp(
      `\\b(?:swallow\\w*|drank|drink\\w*|ate|eaten|ingest\\w*|chewed|licked)\\b(?:(?! at (?:the|a)\\b).){0,30}\\b${TOXIC}`,
    ),
    // "The poison of social media": poison as a figure for something abstract.
    new RegExp(
      `${NOT_POISON_BEFORE}\\bpoison(?:ing|ed|ings|s)?\\b${NOT_POISON}(?! of (?:the )?(?:social media|internet|politics|hatred|hate|gossip|jealousy|envy|resentment|propaganda|${FIGURATIVE_NOUN})\\b)`,
    ),
    /\benvenena\w*|\bvenenos?\b|\bempoisonn\w*|vergift\w*/,
    /\b(?:hemlock|cicuta|cigue|schierling|nightshade|belladonna|death cap|arsenic|arsenico|cyanide|cianuro|cyanure|zyankali|strychnine|ricin|polonium|thallium)\b/,
  ],
  tagged: [
    new RegExp(
      `\\b(?:took|taken|swallowed|ate|ingested) (?:about |around |over |nearly |almost )?(?:[1-9]\\d+|twenty|thirty|forty|fifty|sixty) (?:of )?(?:[\\w']+ )?${MED}`,
    ),
    // A double dose by mistake: "accidentally took my pills twice".
    new RegExp(
      `\\b(?:took|taken|take|gave|given|give) (?:[\\w']+ ){0,2}?${MED} (?:twice|two times|double)\\b|\\baccidentally (?:took|taken|gave|given|double dosed|doubled)\\b.{0,30}\\b(?:twice|double|two doses|an extra dose)\\b`,
    ),
    // "How much paracetamol is too much?" (but not "how much water is too much").
    /\bhow (?:much|many) (?:of )?(?:[\w']+ ){0,3}?MED\b.{0,20}\b(?:is|are|would be) (?:a )?too (?:much|many)\b/,
    new RegExp(
      `\\b(?:a bunch|a load|loads|lots|a handful|handfuls|a fistful|a whole (?:strip|packet|pack|bottle|box|blister(?: pack)?)|whole (?:strip|packet|pack|bottle|box|blister(?: pack)?)|an entire (?:strip|packet|pack|bottle|box)|all (?:of )?the) (?:of )?(?:[\\w']+ ){0,3}?${MED}\\b`,
    ),
    // A young child into medicine (their own or someone's): an ingestion until shown otherwise.
    new RegExp(
      `\\b${CHILD}\\b.{0,40}\\b(?:swallowed|has swallowed|might have swallowed|ate|has eaten|eaten|chewed|got into|drank|licked)\\b.{0,60}\\b${MED}\\b`,
    ),
    new RegExp(
      `\\b(?:chemicals?|cleaning products?|cleaner|bleach|antifreeze|rat poison|weed ?killer|pesticides?)\\b.{0,40}\\b(?:in|into) (?:${PERSON_POSS}|${PERSON}) (?:[\\w']+ ){0,2}?${FOOD}\\b`,
    ),
    // A young child into a bottle of vitamins or gummies (iron in them can be dangerous).
    new RegExp(
      `\\b${CHILD}\\b.{0,40}\\b(?:ate|eaten|swallowed|chewed|got into|finished)\\b.{0,30}\\b(?:vitamins?|gumm(?:y|ies)|melatonin|iron)\\b`,
    ),
    // Spanish, French, German: a child swallowed medicine or a household product.
    new RegExp(`\\b${CHILD}\\b.{0,30}\\b(?:se trago|trago|se comio|comio|ingirio)\\b.{0,40}\\b${MED}\\b`),
    new RegExp(
      `\\b${CHILD}\\b.{0,30}\\b(?:a avale|avale|a mange|a croque|a bu)\\b.{0,40}\\b(?:${MED}|javel|produit|lessive|capsule)`,
    ),
    new RegExp(`\\b${CHILD}\\b.{0,40}\\b${MED}\\b.{0,30}\\b(?:geschluckt|verschluckt|gegessen)\\b`),
    ...poisoningSituationTagged,
    ...pillCountPoisoningTagged,
    ...foragedPoisoningTagged,
    ...pillsToEndItTagged,
    ...careMixupPoisoningTagged,
  ],
};
