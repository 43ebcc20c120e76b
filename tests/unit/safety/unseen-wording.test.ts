// Ninth round: crisis, eating_disorder and harm_to_others in wording none of the earlier rules saw (txt-speak,
// third person, plans and means without the word "suicide", revenge with menace, threats, compensating exercise,
// weight-loss injections off a friend), and the everyday sentences that share their words.
import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../main/services/safety';

const notices = (text: string) => assessSafety(text).notices as string[];

describe('unseen wording that needs a notice', () => {
  it.each([
    ['thinking about ctb again', 'crisis'],
    ['two weeks clean from sh and the urges are back', 'crisis'],
    ['my sister says she wants to end it', 'crisis'],
    ['he wishes he had never been born', 'crisis'],
    ['my friend keeps talking about not being around', 'crisis'],
    ['i wrote notes for my family just in case', 'crisis'],
    ['i ordered razor blades and i don’t know why', 'crisis'],
    ['sometimes i hope i get hit by a bus', 'crisis'],
    ['how many would it take to not wake up', 'crisis'],
    ['mi hijo está pensando en tirarse del puente', 'crisis'],
    ['je pense au suicide tous les soirs', 'crisis'],
    ['ich will einfach verschwinden für immer, nicht mehr da sein', 'crisis'],
    ['she works out for hours after every meal', 'eating_disorder'],
    ['bought ozempic from my mate at the gym to lose 5 kilos', 'eating_disorder'],
    ['my son is obsessed with counting calories', 'eating_disorder'],
    ['how do i hide my lunch so my parents won’t notice', 'eating_disorder'],
    ['me salto las comidas para adelgazar', 'eating_disorder'],
    ['i want to teach him a lesson he will never forget', 'harm_to_others'],
    ['how do i make them suffer', 'harm_to_others'],
    ['how to choke someone until they pass out', 'harm_to_others'],
    ['how to mess with my neighbour’s brakes', 'harm_to_others'],
    ['she says she’ll stab her ex', 'harm_to_others'],
    ['he wants to shoot up the school', 'harm_to_others'],
    ['mi padre amenaza con matarnos', 'harm_to_others'],
    ['il menace de me tuer', 'harm_to_others'],
    // Tenth round.
    ['my parents would be happier without me', 'crisis'],
    ['he sent a goodbye text and is not picking up', 'crisis'],
    ['burning myself again after two months clean', 'crisis'],
    ['i know exactly how i would do it', 'crisis'],
    ["she won't be a burden to anyone much longer", 'crisis'],
    ['swallowed a whole bottle of my sleeping pills to make it all stop', 'crisis'],
    ['i keep thinking about steering into oncoming traffic', 'crisis'],
    ['se quiere quitar la vida', 'crisis'],
    ['il veut s’ouvrir les veines', 'crisis'],
    ['mein Leben ist sinnlos', 'crisis'],
    ['she only drinks black coffee and diet coke all day', 'eating_disorder'],
    ['how to throw up without anyone hearing', 'eating_disorder'],
    ['how to drop 8 kg in two weeks', 'eating_disorder'],
    ['quiero bajar a 42 kilos', 'eating_disorder'],
    ['il se pèse dix fois par jour', 'eating_disorder'],
    ['tomo laxantes después de cada comida', 'eating_disorder'],
    ['how can i make him disappear forever', 'harm_to_others'],
    ['my boyfriend choked me last night', 'harm_to_others'],
    ['para que no se despierte nunca', 'harm_to_others'],
    ['ich will ihr so wehtun', 'harm_to_others'],
    // Eleventh round.
    ['wrote my will at 16 and decided who gets my things', 'crisis'],
    ['keeps a razor blade in her drawer for bad days', 'crisis'],
    ['she died last month and i want to join her', 'crisis'],
    ["i'd rather not be alive", 'crisis'],
    ['estoy harto de la vida', 'crisis'],
    ['il a des idées noires', 'crisis'],
    ['er will sich das Leben nehmen', 'crisis'],
    ['she says she is underweight but still sees fat', 'eating_disorder'],
    ['binged a whole cake and need to get rid of it', 'eating_disorder'],
    ['he stopped eating to lose weight', 'eating_disorder'],
    ['elle se met les doigts dans la gorge', 'eating_disorder'],
    ['how hard do you have to hit someone in the head to knock them out', 'harm_to_others'],
    ["how much force to break someone's nose", 'harm_to_others'],
    ['voy a romperle la cara', 'harm_to_others'],
    ["je veux qu'il souffre", 'harm_to_others'],
  ])('"%s" → %s', (text, kind) => {
    expect(notices(text)).toContain(kind);
  });
});

describe('everyday sentences that share the words', () => {
  it.each([
    'i want to end things with my boyfriend',
    'we plan to end the meeting early',
    'i won’t be here tomorrow, i have a dentist appointment',
    'we stood on the bridge for an hour watching the sunset',
    'i bought a rope for camping just in case',
    'i hope i get hit by inspiration',
    'how do i teach my son a lesson about lying',
    'make him pay for the damage to my car',
    'i’m scared my mom will kill me when she sees my grades',
    'how to cut the brakes on a bike for maintenance',
    'i run after every meal to help digestion',
    'feel disgusted after eating too much pizza at the party',
    'i got ozempic from my doctor before summer',
    'teach them a lesson with a strongly worded letter',
    'how to kick him out of the house politely',
    'je vais tuer le temps au café',
    'i sent a goodbye text to my ex, we broke up',
    'cutting again after 3 months, my hair grows fast',
    "i won't be a problem for you much longer, i'm moving out",
    "only drinks water all day when it's hot",
    'je vais casser la gueule à mon pc',
    'alles ist sinnlos wenn der zug nicht kommt',
    "i'm going to reach 80 pounds deadlift",
    'ich will nicht mehr zur Schule',
    "j'ai envie de mourir de rire",
    'how to hide scars on my arms from acne',
    'i keep a razor in my bag for shaving just in case',
    'my grandma died and i want to be with her at the funeral service',
    "i'd rather not exist on social media",
    "my daughter cut out dairy and now she's always cold",
    'my toddler won’t eat and is losing weight',
    'my kid is skinny and won’t eat vegetables',
    'how much force to break a brick',
    'quiero que mi equipo pague menos impuestos',
  ])('"%s"', (text) => {
    expect(notices(text)).toEqual([]);
  });
});

// Fifteenth round: the concepts behind the misses of build-fresh-8 and build-notices-15's first run (a place to end
// it, belongings given away beside a plan, sedating children, lying about weight, toxic plants and wild mushrooms
// eaten, a relative using the asker's medicine, a person bitten in the passive, German word order, a most-a-day or
// missed dose), in new words.
describe('fifteenth round: wording that needs a notice', () => {
  it.each([
    ['looking for a spot up high to end it all tonight', 'crisis'],
    ['i gave away my books and my bike, i finally feel at peace', 'crisis'],
    ['what can i give my two boys so they stay asleep until noon while i go out', 'harm_to_others'],
    ['how do i lie to my mum about my weight at the doctor', 'eating_disorder'],
    ['my daughter says she already ate at school but she is getting so thin', 'eating_disorder'],
    ['started using my aunt’s diabetes injections to lose weight', 'eating_disorder'],
    ['my toddler chewed a foxglove leaf in the garden', 'poisoning'],
    ['we cooked some foraged mushrooms and my wife is sick now', 'poisoning'],
    ['meine tochter hat an einem fingerhut geknabbert', 'poisoning'],
    ['mon fils a avalé du dissolvant', 'poisoning'],
    ['my brother keeps using my adderall for exams', 'others_medicine'],
    ['my neighbour has oxycodone, can i have one for my back', 'others_medicine'],
    ['we split my prescribed sleeping pills with my sister', 'others_medicine'],
    ['my 4 year old got into grandpa’s bag and ate some of his heart tablets', 'others_medicine'],
    ['ich habe die schmerztablette meiner mutter genommen', 'others_medicine'],
    ['my daughter was bitten on the hand by a neighbour’s dog', 'animal_exposure'],
    ['mich hat gestern im park beim joggen ein hund ins bein gebissen', 'animal_exposure'],
    ['mein sohn wurde letzte woche im urlaub vom esel gebissen', 'animal_exposure'],
    ['the hamster bit through my fingernail', 'animal_exposure'],
    ['what is the most ibuprofen a day for a teenager', 'dose'],
    ['forgot my morning levothyroxine, can i take two tonight', 'dose'],
    ['are 3 melatonin too many or should i take just one', 'dose'],
  ])('"%s" → %s', (text, kind) => {
    expect(notices(text)).toContain(kind);
  });
});

describe('fifteenth round: everyday sentences that share the words', () => {
  it.each([
    'i need to end things with my girlfriend, how do i say it kindly',
    'we gave away our old sofa before moving house',
    'what can i give my two boys so they stay busy on a long flight',
    'how do i lie flat on my back with a bad mattress',
    'the yew hedge in our garden needs trimming',
    'best wild mushroom risotto recipe',
    'my brother keeps using my laptop for games',
    'the neighbours cat scratched my dogs nose',
    'how often should indoor cats get their vaccines',
    'der hund meiner eltern wurde von einem fuchs gebissen',
    'une tablette de chocolat noir par jour',
    'a tablet of soap and a towel',
    'i missed my bus, should i take two trains instead',
    'is 2 espressos ok before a run',
    'how does a partial agonist shift the dose-response curve',
  ])('"%s"', (text) => {
    expect(notices(text)).toEqual([]);
  });
});
