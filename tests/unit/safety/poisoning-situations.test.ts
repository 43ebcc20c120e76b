// Poisonings told as what happened, without the word: carbon monoxide from a heater or an engine indoors, crop
// spraying, a product or a whole pack of medicine swallowed, a dose repeated by mistake, drink on top of sedatives,
// in en/es/fr/de. The rules alone are tested here; their look-alikes (a boiler that is "a headache", lunch at a
// petrol station, a bottle of wine) must stay without the notice.
import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../main/services/safety';

const rules = (text: string) => assessSafety(text, { learned: false }).notices;

describe('poisoning told as a situation', () => {
  it.each([
    // Carbon monoxide.
    'we put a paraffin heater in the kids room and now they both have headaches and feel sick',
    'the old furnace kicked on last night and my husband woke up dizzy and nauseous',
    'ran the generator inside the tent during the storm, now my head is pounding and im throwing up',
    'our carbon monoxide alarm started beeping at 3am',
    'tenemos una estufa de gas en la sala y a todos nos duele la cabeza por la noche',
    'depuis qu’on allume le poêle à bois, toute la famille a mal à la tête le matin',
    'Seit die Gastherme repariert wurde, haben wir alle abends Kopfschmerzen und Schwindel',
    // Crop spraying.
    'they were spraying pesticides next to our house and my son is drooling and twitching',
    'el tractor fumigaron el campo de al lado y tengo náuseas y vómitos',
    // Household products.
    'my nephew drank a swig of windscreen washer fluid from the garage',
    'el bebé se tomó un poco de lavandina del balde',
    'ma fille a avalé une capsule de lessive',
    'der Kleine hat eine Spülmaschinentablette in den Mund genommen',
    // A dose repeated by mistake, or a whole pack.
    'I think I took my blood pressure pills twice by accident this morning',
    'Opa hat seine Tabletten heute doppelt genommen',
    'mi papá tomó su insulina dos veces por error',
    'she swallowed an entire packet of paracetamol',
    'used three nicotine patches instead of one',
    // Drink on top of sedatives.
    'had six pints on top of his sleeping pills and now he wont wake up properly',
    // Textbook names.
    'management of iron toxicity in children',
    'Lithium-Intoxikation: welche Symptome?',
  ])('"%s" → poisoning', (text) => {
    expect(rules(text)).toContain('poisoning');
  });

  it.each([
    'our boiler has been a real headache all winter, who should I call',
    'how do I bleed the radiators when the boiler is a combi',
    'can I run a generator in the rain if it has a cover',
    'CO detector keeps chirping even after a new battery',
    'we ate lunch at the petrol station on the motorway',
    'I sprayed the roses with soapy water for greenfly',
    'we drank a full bottle of wine at dinner',
    'ate a whole box of chocolates on my own, no regrets',
    'ich habe heute zweimal den Bus genommen',
    'I clicked submit twice by accident and got charged twice',
    'la fábrica de detergente de mi pueblo cierra',
    'mi gato tomó agua de la piscina',
    'toute une boîte de chocolats pour Noël',
    'eine ganze Packung Chips gegessen beim Film',
    'can I have a glass of wine with my antibiotics',
    'the random number generator gives me a headache',
  ])('"%s" → no poisoning', (text) => {
    expect(rules(text)).not.toContain('poisoning');
  });
});
