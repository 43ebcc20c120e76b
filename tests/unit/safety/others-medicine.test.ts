// others_medicine: a person took, or means to take, medicine prescribed for someone else or meant for an animal,
// in en/es/fr/de. A child into someone's tablets is a poisoning too. Someone else's car, advice or charger is not.
import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../main/services/safety';

const notices = (text: string) => assessSafety(text).notices;

describe('others_medicine notice', () => {
  it.each([
    "Can I take my sister's migraine tablets?",
    "I've been using my dad's inhaler since mine ran out",
    'my bf gave me one of his xanax',
    "I took my dog's painkillers for my back",
    'Is it safe to share antibiotics with my flatmate?',
    "My mum took my grandad's blood thinner by mistake",
    '¿Puedo tomar el antibiótico de mi marido?',
    "J'ai pris les somnifères de ma mère",
    'Darf ich die Schmerztabletten meines Vaters nehmen?',
  ])('"%s"', (text) => {
    expect(notices(text)).toContain('others_medicine');
    expect(notices(text)).not.toContain('poisoning');
  });

  it.each([
    "My 2-year-old swallowed some of her nan's tablets",
    "our toddler chewed a few of the cat's worming tablets",
    'Mi hija se tragó unas pastillas de su abuelo',
  ])('"%s" → others_medicine and poisoning', (text) => {
    expect(notices(text)).toEqual(expect.arrayContaining(['others_medicine', 'poisoning']));
  });

  it.each([
    "I took my brother's car without asking",
    "I took my friend's advice and rested",
    "borrowed my mum's charger",
    'Is it okay to take my own leftover antibiotics?',
    "What are my mum's amlodipine tablets for?",
    'My dog swallowed one of my ibuprofen',
    'Tomé prestado el coche de mi hermano',
    "J'ai pris le vélo de mon frère",
  ])('no notice for "%s"', (text) => {
    expect(notices(text)).not.toContain('others_medicine');
  });
});
