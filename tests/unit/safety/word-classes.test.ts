// The word-class tagger: people, children, medicines, animals, body parts and food become tokens, in en/es/fr/de,
// while words that only look like them stay.
import { describe, expect, it } from 'vitest';
import { assessSafety, normalizeForSafety } from '../../../main/services/safety';
import { tagWordClasses } from '../../../main/services/safety/word-classes';

const tag = (text: string) => tagWordClasses(normalizeForSafety(text));

describe('tagWordClasses', () => {
  it.each([
    ["my mother-in-law's sleeping pills", "my KIN's MED"],
    ['my roommates xanax', 'my KINs MED'],
    ["My 3-year-old ate the dog's tablets", "my CHILD ate the ANIMAL's MED"],
    ['a stray cat bit my hand', 'a ANIMAL ANIMAL bit my BODY'],
    ['put it in his coffee', 'put it in his FOOD'],
    ['les comprimés de ma grand-mère', 'les MED de ma KIN'],
    ['son mari a pris son traitement', 'son KIN a pris son MED'],
    ['mon fils', 'mon CHILD'],
    ['das Asthmaspray meines Bruders', 'das MED meines KINs'],
    ['el ibuprofeno de mi novio', 'el MED de mi KIN'],
  ])('"%s" → "%s"', (text, tagged) => {
    expect(tag(text)).toBe(tagged);
  });

  it.each([
    'april showers',
    'a stop codon',
    'dolphins',
    'sql injection',
    'a puffer jacket',
    'what kind of',
    'a hundred',
  ])('leaves "%s" alone', (text) => {
    expect(tag(text)).toBe(normalizeForSafety(text));
  });
});

describe("assessSafety reports tagged matches in the question's words", () => {
  it.each([
    ["I took my sister's Xanax", "took my sister's xanax"],
    ["A stray dog bit my son's hand", "stray dog bit my son's hand"],
    ['Mon fils a été mordu par le chien du voisin', 'mordu par le chien'],
  ])('"%s" → "%s"', (text, phrase) => {
    const { matched } = assessSafety(text);
    expect(matched).toContain(phrase);
    expect(matched.join(' ')).not.toMatch(/[A-Z]/);
  });
});
