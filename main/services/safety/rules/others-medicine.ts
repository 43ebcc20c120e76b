// Others'-medicine red flags (en/es/fr/de): a person took, or means to take, medicine prescribed for someone else
// or meant for an animal (my mum's pills, my friend's antibiotics, the dog's tramadol), a child into a relative's
// tablets, sharing prescriptions. The possession must be someone else's and the object a medicine: "took my
// brother's car", "my friend's advice", "my own leftover antibiotics" and "what do my mum's tablets do" do not
// match; "my dog swallowed my ibuprofen" is veterinary (see veterinary.ts).
import { alt, ANIMAL, MED, SOMEONE, WORD } from './lexicon';
import { careMixupOthersMedicineTagged } from './care-mixups';
import type { SafetyRuleSet } from './types';

const USE = alt(
  'take',
  'takes',
  'took',
  'taking',
  'taken',
  'use',
  'used',
  'using',
  'swallow\\w*',
  'ate',
  'eat',
  'eaten',
  'chew\\w*',
  'finish\\w*',
  'borrow\\w*',
  'tried',
  'try',
  'give',
  'gave',
  'given',
  'giving',
  'sneak\\w*',
  'steal\\w*',
  'stole',
  'shar(?:e|ed|ing)',
  'apply\\w*',
  'applied',
  'inject\\w*',
  'had',
  'have',
  'on',
  'into',
  'raid\\w*',
  'pinch\\w*',
);
// Someone else's, or an animal's: "my sister's", "grandma's", "another patient's", "the dog's", "my roommates".
const OTHERS = alt(
  // A bare "children's" or "kids'" names a product ("children's Motrin"), not whose it is.
  `(?:my|his|her|their|our|your|a|the|another|other) (?:${WORD}){0,2}?(?:KIN|CHILD)(?:'s|s'|e?s)`,
  "KIN(?:'s|s'|e?s)",
  `(?:my|his|her|their|our|your|a|the) (?:${WORD})?${ANIMAL}(?:'s|s')`,
  "(?:someone|somebody|anyone|anybody) else's",
  "other people's",
);
const OTHERS_MED = `${OTHERS} (?:${WORD}){0,4}?${MED}\\b`;
const AFTER_OTHERS = alt(
  'until',
  'instead',
  'for',
  'when',
  'because',
  'while',
  'if',
  'so',
  'as',
  'and',
  'but',
  'too',
  'one',
  'ones',
  'just',
  'yesterday',
  'today',
  'this',
  'last',
  'by',
);

// "un somnifère dans le café de mon père" is about the coffee's owner, not the medicine's.
const NOT_PLACE = '(?!(?:en|dans|sur|a|au|aux|al|con|avec|in|into) )';

export const othersMedicineRules: SafetyRuleSet = {
  kind: 'others_medicine',
  patterns: [
    /\b(?:wrong|another|other) patient's (?:[\w']+ ){0,2}?(?:medication|medicine|drugs?|tablets|pills|insulin|dose)\b/,
    /\b(?:prescription|medicine|medication|pill) sharing\b/,
  ],
  tagged: [
    // Someone else's medicine taken, used, given or shared.
    new RegExp(`\\b${USE}\\b.{0,40}\\b${OTHERS_MED}`),
    new RegExp(
      `\\b${OTHERS_MED}.{0,40}\\b(?:instead|by mistake|by accident|accidentally|for (?:my|a|his|her) (?:own )?\\w+)\\b`,
    ),
    // "I put my partner's steroid cream on my rash" (not "put my husband's pills in his dinner").
    new RegExp(`\\b(?:put|putting|rubbed|rub|spread) ${OTHERS_MED} on (?:my|me|myself|a|the|her|his|our)\\b`),
    // "How much of my husband's Xanax is safe for me to take?"
    new RegExp(
      `\\b${OTHERS_MED}.{0,40}\\b(?:for me|i (?:can |could |should |may )?(?:take|use|have|try)|me to (?:take|use|have|try))\\b`,
    ),
    // "I used my brother's", the medicine named earlier ("ran out of my inhaler so I used my brother's").
    new RegExp(
      `\\b${MED}\\b.{0,60}\\b(?:used|took|take|borrowed|borrow|use|tried|had|have) ${OTHERS}(?= ${AFTER_OTHERS}\\b|$)`,
    ),
    // Another person gave the asker theirs, or took the asker's: "gave me one of her Ambien", "my toddler
    // chewed some of my birth control pills", "my flatmate keeps taking my sleeping tablets".
    new RegExp(
      `\\b(?:gave|give|offered|lent|sold|handed) me (?:[\\w']+ ){0,3}?(?:of )?(?:his|her|their) (?:${WORD}){0,2}?${MED}\\b`,
    ),
    new RegExp(
      `\\b(?:(?:my|our|his|her) (?:${WORD}){0,2}?)?${SOMEONE}\\b.{0,40}\\b(?:took|taking|takes|swallowed|ate|chewed|got into|stole|stealing|steals|been taking|used|using|use|found|drank)\\b.{0,25}\\b(?:my|our) (?:${WORD}){0,3}?${MED}\\b`,
    ),
    // A child into a relative's things, then their tablets: "got into grandma's purse and swallowed some of her pills".
    new RegExp(
      `\\bCHILD\\b.{0,40}\\bKIN(?:'s|s')\\b.{0,40}\\b(?:swallowed|ate|eaten|chewed|drank|took|taken)\\b.{0,30}\\b${MED}\\b`,
    ),
    // "my roommate has Adderall, is it ok to take one".
    new RegExp(
      `\\b${SOMEONE} (?:has|had|gave|got|offered) (?:me )?(?:${WORD}){0,2}?${MED}\\b.{0,40}\\b(?:take|try|use|borrow|have) (?:one|some|a few|a couple|it|them)\\b`,
    ),
    new RegExp(
      `\\b(?:give|gave|giving|given) (?:my|our|a|the|his|her) (?:${WORD}){0,2}?${SOMEONE} (?:some|one|a bit|a dose|half) (?:of )?(?:my|our|his|her) (?:adult |own |grown up )?(?:${WORD}){0,2}?${MED}\\b`,
    ),
    new RegExp(
      `\\b(?:give|gave|giving|given) (?:my|our|a|the|his|her) (?:${WORD}){0,2}?${SOMEONE} (?:my|our) (?:own |adult |leftover |old )?(?:prescription |prescribed )?(?:${WORD}){0,2}?${MED}\\b`,
    ),
    // Sharing prescriptions ("split my Ozempic with my best friend"); people taking an animal's medicine.
    new RegExp(
      `\\b(?:split|splitting|shar(?:e|ed|es|ing)) (?:my|our) (?:${WORD}){0,2}?${MED}\\b.{0,20}\\bwith (?:my|a|our|his|her) (?:${WORD}){0,2}?${SOMEONE}\\b`,
    ),
    new RegExp(`\\bshar(?:e|ed|es|ing) (?:[\\w']+ ){0,2}?(?:prescription |prescribed )?${MED}\\b`),
    new RegExp(
      `\\b(?:people|humans?|KIN|CHILD|i|you|we) (?:[\\w']+ ){0,2}?(?:take|use|took|used|taking|using|drank|drink|swallowed|ate|chewed) (?:some (?:of )?)?(?:a |the |my |our )?(?:${ANIMAL}|veterinary|vet|livestock|cattle|fish) (?:[\\w']+ ){0,2}?${MED}\\b`,
    ),
    // Spanish: "las pastillas de mi abuela", "el antibiótico de mi hermana", "unas pastillas del perro".
    new RegExp(
      `\\b${MED} (?:${NOT_PLACE}[\\w']+ ){0,3}?(?:de|del) (?:mi |tu |su |la |el |mis |sus |otra |otro )?(?:[\\w']+ )?(?:${SOMEONE}|${ANIMAL})\\b`,
    ),
    new RegExp(
      `\\b(?:mi|su) (?:[\\w']+ )?${SOMEONE}\\b.{0,30}\\b(?:se tomo|tomo|se trago|trago|se comio|uso|ha tomado)\\b (?:[\\w']+ )?(?:mis|mi) (?:[\\w']+ )?${MED}\\b`,
    ),
    // "Mi novio me dio de su escitalopram"; pills from another hiker's bag; a grandparent's pill organiser left
    // open near a toddler.
    new RegExp(
      `\\b(?:me|le|te|nos) (?:dio|dieron|paso|pasaron|regalo|ofrecio|presto) (?:una |unas |un poco |uno |unos )?(?:de )?(?:sus?|las suyas|los suyos) (?:[\\w']+ )?${MED}\\b`,
    ),
    new RegExp(
      `\\b${MED} (?:from|out of) (?:another|someone else's|a|the) (?:[\\w']+ )?(?:[\\w]+(?:'s|s')|KIN(?:'s|s')) (?:bag|purse|backpack|rucksack|pack|kit|drawer|cabinet|room|tent)\\b`,
    ),
    new RegExp(
      `\\bKIN(?:'s|s')? (?:[\\w']+ ){0,4}?(?:pilulier|pastillero|(?:MED|pill) ?(?:organi[sz]er|box)|tabletten(?:dose|box))\\b.{0,80}\\bCHILD\\b|\\bCHILD\\b.{0,60}\\bKIN(?:'s|s')? (?:[\\w']+ ){0,2}?(?:pilulier|pastillero|(?:MED|pill) ?(?:organi[sz]er|box)|tabletten(?:dose|box))\\b`,
    ),
    // French: "les médicaments de mon mari", "des comprimés du chien", "mon mari a pris mes somnifères".
    new RegExp(
      `\\b${MED} (?:${NOT_PLACE}[\\w']+ ){0,3}?(?:de |du |des |d')(?:mon |ma |mes |son |sa |ses |ton |ta |la |le |l')?(?:[\\w']+ )?(?:${SOMEONE}|${ANIMAL})\\b`,
    ),
    new RegExp(
      `\\b(?:mon|ma|son|sa|CHILD) (?:[\\w']+ )?${SOMEONE}\\b.{0,30}\\b(?:a pris|a avale|prend|a utilise|a mange)\\b (?:mes|mon|ma) (?:[\\w']+ )?${MED}\\b`,
    ),
    // German: "die Tabletten meiner Mutter", "das Antibiotikum meines Mannes", "Tabletten vom Hund".
    new RegExp(
      `\\b${MED} (?:von |vom |von der |von dem )?(?:meiner |meines |meinem |seiner |seines |ihrer |ihres |unserer |unseres |der |des |dem )?(?:${SOMEONE}|${ANIMAL})\\b`,
    ),
    new RegExp(
      `\\b(?:mein|meine) ${SOMEONE}\\b.{0,20}\\bhat (?:[\\w']+ ){0,3}?(?:meine|mein|meinen) ${MED}\\b.{0,20}\\b(?:genommen|geschluckt|benutzt)\\b`,
    ),
    new RegExp(
      `\\b(?:tiermedikament\\w*|tierarznei\\w*|${MED} pour (?:${ANIMAL})|${MED} para (?:${ANIMAL}))\\b.{0,40}\\b(?:genommen|nehmen|pris|prendre|tome|tomar|tomado)\\b`,
    ),
    ...careMixupOthersMedicineTagged,
  ],
};
