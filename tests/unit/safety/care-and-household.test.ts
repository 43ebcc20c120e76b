// Red flags as carers, relatives and flatmates tell them (en/es/fr/de): a medicine given twice or to the wrong
// resident, a dosette box emptied, fuel or caustic soda swallowed by a child, bleach mixed with another cleaner,
// someone who cannot be woken, lips swelling, pills saved up, a threat to burn a house, food hidden away, doses
// told as numbers. The rules alone are tested here, each group with look-alikes that must stay without the notice.
import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../main/services/safety';

const rules = (text: string) => assessSafety(text, { learned: false }).notices;

describe('a medicine given twice, or to the wrong person', () => {
  it.each([
    'Herr K. hat seine Blutdrucktabletten heute zweimal bekommen, vom Nachtdienst und vom Frühdienst',
    'the agency nurse gave grandad his insulin twice this evening',
    'le dieron a mi mamá dos veces el medicamento de la tiroides hoy',
    'I gave the lunchtime insulin and then the relief carer gave it again an hour later',
    'she emptied her whole dosette box into her hand and swallowed the lot',
    'my son drank half a bottle of cough syrup while I was in the shower',
  ])('"%s" → poisoning', (text) => {
    expect(rules(text)).toContain('poisoning');
  });

  it.each([
    'gave the diabetic pills to the wrong resident on the night round',
    "j'ai donné les gouttes de Mme Dupont à la mauvaise patiente",
    'mein Mitbewohner hat die Wurmkur vom Hund genommen, ist das schlimm',
    'mi primo se tomó el antiparasitario del perro porque pensó que le servía',
    'mon pote me file sa ritaline pour les partiels',
    'il reste des antibios à mon chum, je peux les prendre?',
  ])('"%s" → others_medicine', (text) => {
    expect(rules(text)).toContain('others_medicine');
  });

  it.each([
    'should I take my thyroid tablet twice a day or once',
    'how often is insulin given twice daily in type 2',
    'took my own evening pills twice by mistake, I live alone',
    'can I give my dog half a bottle of his wormer',
    'a mi perro le dieron ibuprofeno por error en la guardería canina',
  ])('"%s" → no others_medicine', (text) => {
    expect(rules(text)).not.toContain('others_medicine');
  });
});

describe('household products and fuels swallowed or mixed', () => {
  it.each([
    'mi hijo se tomó un trago de thinner que estaba en una botella de agua',
    'el nene se tragó nafta de la manguera del auto',
    'qué hago si mi nieta toma soda cáustica',
    'la nena tiene olor a cloro en la boca y tose',
    "j'ai mélangé de l'eau de javel avec du vinaigre pour nettoyer et maintenant je tousse",
    'mezclé cloro con amoníaco en el baño y me arde la garganta',
    'a man in resus with pinpoint pupils and a respiratory rate of 6',
    'how much tramadol does it take to OD',
    'my flatmate had about 12 shots and now we cannot wake her, is she just drunk',
  ])('"%s" → poisoning', (text) => {
    expect(rules(text)).toContain('poisoning');
  });

  it.each([
    'el cloro de la piscina me reseca el pelo',
    'mi gato tomó agua de la piscina con cloro',
    'best way to overdose on nostalgia this weekend',
    'how much is a tank of nafta in Argentina now',
  ])('"%s" → no poisoning', (text) => {
    expect(rules(text)).not.toContain('poisoning');
  });
});

describe('crisis and emergency, told plainly', () => {
  it.each([
    "j'pense à pu me réveiller, c'est tout ce que je veux",
    'je me fais des marques au compas sur les cuisses',
    "j'ai écrit des lettres à mes enfants au cas où",
    'every morning I drive over the bridge and think it would be so easy',
    'ne te fatigue pas pour mon anniversaire, je compte pas être encore là en mars',
    'Opa hortet seine Schlaftabletten und sagt, er habe genug gelebt',
    'she wants to end things on her own terms and keeps asking for more of her pills',
  ])('"%s" → crisis', (text) => {
    expect(rules(text)).toContain('crisis');
  });

  it.each([
    'on arrive pas à la réveiller depuis ce matin',
    'mi papá se cayó y no reacciona',
    "ses lèvres gonflent et elle respire mal après une piqûre d'abeille",
    'headache came on like a thunderclap, honestly the worst of my life',
    'Papa kann die Tasse nicht mehr halten und redet komisch',
  ])('"%s" → emergency', (text) => {
    expect(rules(text)).toContain('emergency');
  });

  it.each([
    "j'arrive pas à me réveiller le matin pour le lycée",
    'the bridge on the A4 would be easy to cycle if they fixed the lane',
    'writing letters to my pen pal in case the post is slow',
  ])('"%s" → no crisis or emergency', (text) => {
    expect(rules(text)).not.toContain('crisis');
    expect(rules(text)).not.toContain('emergency');
  });
});

describe('harm to others, animals, eating, doses', () => {
  it.each([
    'ich habe Angst, dass ich ihm was antue, wenn er wieder so brüllt',
    "il a dit qu'il allait le défoncer, qu'il va finir à l'hôpital",
    'dijo que iba a quemar la casa con todos adentro',
    'mi cuñado dijo que un día lo va a matar al niño',
  ])('"%s" → harm_to_others', (text) => {
    expect(rules(text)).toContain('harm_to_others');
  });

  it.each([
    "the home's dog went for my mum's hand and tore the skin",
    "un berger allemand m'a attrapé le mollet en courant",
    'cómo se contagia la rabia a las personas',
  ])('"%s" → animal_exposure', (text) => {
    expect(rules(text)).toContain('animal_exposure');
  });

  it.each([
    'since the divorce she hides her dinner in a napkin and says she ate',
    'que es el sindrome de realimentacion',
  ])('"%s" → eating_disorder', (text) => {
    expect(rules(text)).toContain('eating_disorder');
  });

  it.each([
    'can I take 1g paracetamol every six hours at 50 kg',
    "si j'en prends 2 de plus avant l'examen ça passe",
    'cuánto le doy de jarabe a mi hija de 4 años',
    'Vitamin D Tropfen, wie viele Einheiten am Tag für ein Baby',
    'Senna tablets, how many is too many in a day',
  ])('"%s" → dose', (text) => {
    expect(rules(text)).toContain('dose');
  });

  it.each([
    'my ER diagram has 40 tables, how many is too many',
    'how much is too much screen time for a 10 year old',
    '¿mi perro puede tomar aspirina? ¿cuánto le doy?',
  ])('"%s" → no dose', (text) => {
    expect(rules(text)).not.toContain('dose');
  });
});
