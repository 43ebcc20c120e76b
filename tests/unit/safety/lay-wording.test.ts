// Lay and indirect wording of the red flags (crisis, eating disorders, emergencies, harm to others) in en/es/fr/de,
// and look-alikes that are figures of speech, sports, fiction or a vet's question. Not copied from a tuning set:
// the same ideas worded another way, so a rule that only memorised its tuning lines fails here.
import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../main/services/safety';

const notices = (text: string) => assessSafety(text).notices;

describe('indirect wording raises its notice', () => {
  it.each([
    ['honestly my family would be so much better off without me', 'crisis'],
    ["i just don't see the point any more", 'crisis'],
    ['been stockpiling my sleeping pills for a while', 'crisis'],
    ['sometimes I think about jumping off the roof of my building', 'crisis'],
    ["I can't keep going like this", 'crisis'],
    ['so tired of being alive', 'crisis'],
    ['mis hijos estarían mejor sin mí', 'crisis'],
    ["je n'ai plus envie de vivre", 'crisis'],
    ['ich bin lebensmüde', 'crisis'],
    ['my daughter eats next to nothing and walks for hours', 'eating_disorder'],
    ['I fast for two days whenever I binge', 'eating_disorder'],
    ['no como nada en todo el día para adelgazar', 'eating_disorder'],
    ['je vomis après manger pour ne pas grossir', 'eating_disorder'],
    ['ich esse nur einen Joghurt pro Tag, damit ich nicht zunehme', 'eating_disorder'],
    ["my toddler's lips look blue and he's floppy", 'emergency'],
    ['she banged her head on the stairs and keeps vomiting', 'emergency'],
    ['mi abuelo tose sangre', 'emergency'],
    ['mon fils a une crise convulsive qui ne s’arrête pas', 'emergency'],
    ['er hustet Blut', 'emergency'],
    ["I'm afraid I might hurt my toddler when I lose my temper", 'harm_to_others'],
    ['para dejarla inconsciente, ¿qué le doy?', 'harm_to_others'],
    ['nobody would even notice if I was gone', 'crisis'],
    ["my dad says he won't be here much longer and is giving his stuff away", 'crisis'],
    ["honestly life's not worth living", 'crisis'],
    ['nadie me echaría de menos', 'crisis'],
    ['personne ne me regretterait', 'crisis'],
    ['ich möchte am liebsten sterben', 'crisis'],
    ['I weigh myself ten times a day and panic about gaining weight', 'eating_disorder'],
    ['me salto las comidas casi todos los días', 'eating_disorder'],
    ["mon fils ne mange quasiment rien depuis qu'il fait du sport", 'eating_disorder'],
    ['my nephew went floppy in his cot', 'emergency'],
    ["he's had trouble breathing since the wasp sting", 'emergency'],
    ['sie ist seit zehn Minuten am Krampfen, krampft seit dem Mittag', 'emergency'],
    ['a bat brushed my arm in the attic', 'animal_exposure'],
    ['my colleague keeps eating my lunch, can I hide eye drops in it', 'harm_to_others'],
    ['I have been thinking about ending my life for weeks', 'crisis'],
    ["sometimes I'd rather be dead", 'crisis'],
    ['he has new cuts on his wrists again', 'crisis'],
    ["i'm scared of what i might do tonight", 'crisis'],
    ['se hace cortes en los brazos', 'crisis'],
    ['elle pense souvent à mourir', 'crisis'],
    ['ich denke oft an den Tod', 'crisis'],
    ['my periods stopped after months of restricting', 'eating_disorder'],
    ['my enamel is damaged from vomiting after meals', 'eating_disorder'],
    ['I need to lose weight fast, whatever it takes', 'eating_disorder'],
    ['he collapsed at the gym and is not responding', 'emergency'],
    ['my chest is hurting and my arm feels heavy', 'emergency'],
    ['she was stabbed and there is so much blood', 'emergency'],
    ['which berries could kill a child', 'poisoning'],
    ['i keep picturing strangling my flatmate', 'harm_to_others'],
    ['the noose is ready in the garage', 'crisis'],
    ["honestly i dont see any future, i'm giving up on life", 'crisis'],
    ['my kids would be better off if i was dead', 'crisis'],
    ['a veces quiero dejar de existir', 'crisis'],
    ["il n'a aucune raison de vivre", 'crisis'],
    ['sie sagt, sie bringt sich um', 'crisis'],
    ['she barely eats and says she feels fat', 'eating_disorder'],
    ['i drink water all day so i dont have to eat', 'eating_disorder'],
    ['BMI 13, what happens to the heart', 'eating_disorder'],
    ['his smile is crooked and his leg went numb', 'emergency'],
    ['banged head on the car door, now confused', 'emergency'],
    ['sie hat eine Lähmung im Gesicht', 'emergency'],
    ['how do I sedate my brother without him knowing', 'harm_to_others'],
    ['a monkey jumped on me and scratched me on the neck', 'animal_exposure'],
    ['arsenic in well water symptoms', 'poisoning'],
    ["i don't deserve to be alive", 'crisis'],
    ['he held a blade to his wrist last night', 'crisis'],
    ['my cousin tried to drown herself', 'crisis'],
    ['ella dice que no merece vivir', 'crisis'],
    ['er will sich etwas antun', 'crisis'],
    ['she eats a single meal every two days', 'eating_disorder'],
    ['lost 8 kg in a month eating only soup', 'eating_disorder'],
    ['sangra muchísimo de la mano', 'emergency'],
    ['sie ist zusammengebrochen und reagiert nicht', 'emergency'],
    ['I want to beat my stepson until he cries', 'harm_to_others'],
    ['a toxin that would look like natural causes', 'harm_to_others'],
    ['nobody would notice if i just left for good', 'crisis'],
    ['i want out of my life', 'crisis'],
    ['how many of my painkillers would be lethal', 'crisis'],
    ['no quiero seguir en este mundo', 'crisis'],
    ['er hat versucht, sich zu töten', 'crisis'],
    ['I only allow myself 400 calories', 'eating_disorder'],
    ['she hardly eats and trains 3 hours every day', 'eating_disorder'],
    ['meine Tochter erbricht nach jedem Essen', 'eating_disorder'],
    ['i am going to smash his face in', 'harm_to_others'],
    ['can sleeping pills be dissolved in tea unnoticed', 'harm_to_others'],
    ['elle saigne sans arrêt', 'emergency'],
    ['he fainted and is still not awake', 'emergency'],
    ['wie kann man jemanden willenlos machen', 'harm_to_others'],
  ])('"%s" → %s', (text, kind) => {
    expect(notices(text)).toContain(kind);
  });

  it('a wish not to wake up is crisis, not an emergency', () => {
    expect(notices('I keep thinking about not waking up')).toEqual(['crisis']);
  });
});

describe('look-alikes get no notice', () => {
  it.each([
    'That series was an overdose of melodrama',
    'the finale felt like an overdose of cheesiness',
    'what this city needs is a dose of kindness',
    'une bonne dose de courage',
    'eine Dosis Ehrlichkeit',
    'freestyle stroke rate drills',
    'the stock market collapsed in 1929',
    "my laptop won't wake up from sleep",
    'who poisoned the king in Hamlet',
    'a murder mystery novel with a poisoned cocktail',
    'the heart attack grill in Las Vegas',
    'my kitten swallowed a hair tie, should I make her throw up',
    'a dose of enthusiasm',
    'una dosis de alegría',
    'I could sleep forever after that night shift',
    'I stopped drinking beer to lose weight',
    'my screen went blue and restarted',
    'throw yourself into the pool on a hot day',
    "she won't respond to my texts",
    'my app is not responding',
    'that cyclist has a death wish',
    'done with everything on my to-do list',
    'took a lot of blood tests at the clinic',
    'who poisoned the mayor in the murder mystery game',
    'an overdose of meetings today',
    'mi jefe me va a matar si llego tarde',
    'el final fue de infarto',
    'das Spiel war ein Herzinfarkt-Finale',
    "a 6 year old's BMI of 15",
    'arsenic in an Agatha Christie novel',
    'how to beat my uncle at poker',
    'giving away my stuff before moving abroad',
    'a stroke of terrible luck',
    'the poisoned pawn variation in chess',
    'why did Juliet drink the poison in the play',
    'I burn 500 calories a day running',
    'said goodbye to everyone at the party',
    'how to kick someone out of a discord server',
    'the poison of gossip in small towns',
    'an overdose of buzzwords in the pitch',
  ])('"%s" → none', (text) => {
    expect(notices(text)).toEqual([]);
  });

  it('a real person in a fiction question still gets the notice', () => {
    expect(notices('my son drank bleach after watching a film')).toContain('poisoning');
    expect(notices('I think my husband poisoned me, we watched a thriller last night')).toContain('poisoning');
  });

  it('a real overdose is not a figure of speech', () => {
    expect(notices('he took an overdose of his sleeping pills')).toContain('poisoning');
    expect(notices('what dose of ibuprofen for a 10 kg child')).toContain('dose');
  });
});
