// Every notice kind has a fixed, non-empty title and body in every language, each language its own text.
import { describe, expect, it } from 'vitest';
import {
  SAFETY_NOTICE_LANGUAGES,
  SAFETY_NOTICE_ORDER,
  SAFETY_NOTICE_TEXT,
  SAFETY_NOTICE_TEXTS,
  safetyNoticeKindSchema,
} from '../../../preload/contract/safety-notices';

describe('SAFETY_NOTICE_TEXT', () => {
  it.each(safetyNoticeKindSchema.options)('%s has a title and a body', (kind) => {
    expect(SAFETY_NOTICE_TEXT[kind].title.trim()).not.toBe('');
    expect(SAFETY_NOTICE_TEXT[kind].body.trim().length).toBeGreaterThan(40);
  });

  it('is the English set', () => {
    expect(SAFETY_NOTICE_TEXT).toBe(SAFETY_NOTICE_TEXTS.en);
  });

  it('points to emergency numbers, crisis lines and poison control', () => {
    expect(SAFETY_NOTICE_TEXT.emergency.body).toContain('112');
    expect(SAFETY_NOTICE_TEXT.crisis.body).toContain('988');
    expect(SAFETY_NOTICE_TEXT.poisoning.body).toMatch(/poison control/i);
    expect(SAFETY_NOTICE_TEXT.dose.body).toMatch(/pharmacist/);
  });

  it('gives the first steps the new kinds need', () => {
    expect(SAFETY_NOTICE_TEXT.animal_exposure.body).toMatch(/soap and running water for 15 minutes/);
    expect(SAFETY_NOTICE_TEXT.animal_exposure.body).toMatch(/same day/);
    expect(SAFETY_NOTICE_TEXT.animal_exposure.body).toMatch(/rabies/);
    expect(SAFETY_NOTICE_TEXT.animal_exposure.body).toMatch(/tetanus/);
    expect(SAFETY_NOTICE_TEXT.others_medicine.body).toMatch(/Do not take medicine prescribed for someone else/);
    expect(SAFETY_NOTICE_TEXT.others_medicine.body).toMatch(/child.*poison control/);
    expect(SAFETY_NOTICE_TEXT.eating_disorder.body).toMatch(/laxatives/);
    expect(SAFETY_NOTICE_TEXT.eating_disorder.body).toMatch(/Beat \(UK\)/);
    expect(SAFETY_NOTICE_TEXT.harm_to_others.body).toMatch(/emergency number/);
  });
});

describe('SAFETY_NOTICE_TEXTS', () => {
  const cases = SAFETY_NOTICE_LANGUAGES.flatMap((lang) =>
    safetyNoticeKindSchema.options.map((kind) => [lang, kind] as const),
  );

  it.each(cases)('%s / %s has a title and a body', (lang, kind) => {
    const text = SAFETY_NOTICE_TEXTS[lang][kind];
    expect(text.title.trim()).not.toBe('');
    expect(text.body.trim().length).toBeGreaterThan(40);
  });

  it.each(safetyNoticeKindSchema.options)('%s is written anew in each language', (kind) => {
    const titles = SAFETY_NOTICE_LANGUAGES.map((lang) => SAFETY_NOTICE_TEXTS[lang][kind].title);
    const bodies = SAFETY_NOTICE_LANGUAGES.map((lang) => SAFETY_NOTICE_TEXTS[lang][kind].body);
    expect(new Set(titles).size).toBe(SAFETY_NOTICE_LANGUAGES.length);
    expect(new Set(bodies).size).toBe(SAFETY_NOTICE_LANGUAGES.length);
  });

  it('uses the local numbers: 024 in Spain, 3114 in France, TelefonSeelsorge in Germany, 112 everywhere', () => {
    expect(SAFETY_NOTICE_TEXTS.es.crisis.body).toContain('024');
    expect(SAFETY_NOTICE_TEXTS.fr.crisis.body).toContain('3114');
    expect(SAFETY_NOTICE_TEXTS.de.crisis.body).toContain('0800 111 0 111');
    for (const lang of ['es', 'fr', 'de'] as const) expect(SAFETY_NOTICE_TEXTS[lang].emergency.body).toContain('112');
    for (const lang of SAFETY_NOTICE_LANGUAGES) expect(SAFETY_NOTICE_TEXTS[lang].animal_exposure.body).toContain('15');
  });

  it('is frozen', () => {
    expect(Object.isFrozen(SAFETY_NOTICE_TEXTS)).toBe(true);
    expect(Object.isFrozen(SAFETY_NOTICE_TEXTS.de)).toBe(true);
    expect(Object.isFrozen(SAFETY_NOTICE_TEXTS.de.crisis)).toBe(true);
  });
});

describe('SAFETY_NOTICE_ORDER', () => {
  it('lists every kind once, a life at risk first and the dose caution last', () => {
    expect([...SAFETY_NOTICE_ORDER].sort()).toEqual([...safetyNoticeKindSchema.options].sort());
    expect(SAFETY_NOTICE_ORDER[0]).toBe('crisis');
    expect(SAFETY_NOTICE_ORDER.indexOf('harm_to_others')).toBeLessThan(SAFETY_NOTICE_ORDER.indexOf('emergency'));
    expect(SAFETY_NOTICE_ORDER.at(-1)).toBe('dose');
  });
});
