// The interface language setting: one of the four catalog languages or 'system', nothing else.
import { describe, expect, it } from 'vitest';
import { settingsPatchSchema, settingsSchema } from '../../../preload/contract/schemas';

describe('uiLanguage in the settings contract', () => {
  it('takes system, en, es, fr and de', () => {
    for (const uiLanguage of ['system', 'en', 'es', 'fr', 'de'] as const) {
      expect(settingsPatchSchema.parse({ uiLanguage })).toEqual({ uiLanguage });
    }
  });

  it('refuses a region tag, another language, a wrong type and an empty value', () => {
    for (const uiLanguage of ['de-DE', 'it', 'EN', 1, '', null]) {
      expect(settingsPatchSchema.safeParse({ uiLanguage }).success, String(uiLanguage)).toBe(false);
    }
  });

  it('is required in the full settings object', () => {
    expect(Object.keys(settingsSchema.shape)).toContain('uiLanguage');
  });
});
