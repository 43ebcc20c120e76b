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
  ])('"%s"', (text) => {
    expect(notices(text)).toEqual([]);
  });
});
