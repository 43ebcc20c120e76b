// eating_disorder: purging, starving, laxatives/diuretics for weight, hiding not eating, bingeing then
// compensating, and the disorders as textbook topics, in en/es/fr/de. Illness, diets and "purge the cache" do not.
import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../main/services/safety';

const has = (text: string) => assessSafety(text).notices.includes('eating_disorder');

describe('eating_disorder notice', () => {
  it.each([
    'whats the easiest way to make myself puke after dinner',
    'I throw up after every meal so I stay thin, is that why my throat hurts?',
    'how many days can you go without eating to drop a dress size',
    'Do diuretics help you lose weight before a photoshoot?',
    'I use laxatives to get rid of what I ate at the party',
    'I binge on weekends and then starve myself until Wednesday',
    'Tips for hiding that I skip lunch from my teachers',
    "my daughter says she already ate at a friend's but she is losing weight fast",
    'pro ana buddy wanted',
    'Why do patients with anorexia nervosa develop hypokalaemia?',
    'What causes refeeding syndrome?',
    'Is bulimia more common in teenage girls?',
    'Me provoco el vómito para no engordar',
    'Tomo laxantes para adelgazar antes del verano',
    'Je me fais vomir après les repas',
    'Ma fille est anorexique, que faire ?',
    'Ich bringe mich nach dem Essen zum Erbrechen',
    'Meine Schwester hat eine Essstörung',
  ])('"%s"', (text) => {
    expect(has(text)).toBe(true);
  });

  it.each([
    'I threw up twice after eating bad prawns',
    'Why do I feel sick after eating spicy food?',
    'Is 5:2 intermittent fasting safe?',
    'Which laxative is best for constipation in older adults?',
    'How do I purge the CDN cache?',
    'purge unused CSS in production builds',
    'binge-watching TV until 3 am',
    'Binge drinking and the liver',
    'What is a healthy diet for a runner?',
    "I'm starving, what's quick to cook?",
    'the starving artist stereotype',
    'how to throw up a shelf in an hour',
    'Comment purger un radiateur ?',
    'Was ist ein Hungerlohn?',
  ])('look-alike "%s"', (text) => {
    expect(has(text)).toBe(false);
  });
});
