// Settings form <-> settings:update patch conversion and validation.
import { describe, expect, it } from 'vitest';
import { settingsPatchSchema } from '../../../preload/contract/schemas';
import {
  draftErrorText,
  draftToPatch,
  isDirty,
  toDraft,
} from '../../../renderer/src/features/settings/state/settingsDraft';
import { i18n } from '../../../renderer/src/i18n';
import { defaultSettings } from './fixtures';

describe('settings draft', () => {
  it('renderer.settings.round-trip: saved settings become a valid, identical patch', () => {
    const draft = toDraft(defaultSettings);
    expect(draft).toMatchObject({ temperature: '0.7', topP: '0.9', maxTokens: '256', gpuMode: 'auto', loraPath: '' });
    const result = draftToPatch(draft);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(settingsPatchSchema.safeParse(result.patch).success).toBe(true);
    expect(result.patch).toMatchObject({ modelPath: '/models/tinyllama.gguf', loraPath: null, gpuLayers: 'auto' });
    expect(isDirty(draft, defaultSettings)).toBe(false);
  });

  it('renderer.settings.gpu-layers: auto, off and a fixed count', () => {
    const draft = toDraft({ ...defaultSettings, gpuLayers: 12 });
    expect(draft).toMatchObject({ gpuMode: 'custom', gpuLayers: '12' });
    const off = draftToPatch({ ...draft, gpuMode: 'off' });
    expect(off.ok && off.patch.gpuLayers).toBe('off');
    const fixed = draftToPatch({ ...draft, gpuLayers: '20' });
    expect(fixed.ok && fixed.patch.gpuLayers).toBe(20);
  });

  it('renderer.settings.validation: out-of-range and non-numeric values are reported per field', () => {
    const result = draftToPatch({
      ...toDraft(defaultSettings),
      temperature: '2.5',
      topP: 'abc',
      maxTokens: '10.5',
      gpuMode: 'custom',
      gpuLayers: '-1',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['gpuLayers', 'maxTokens', 'temperature', 'topP']);
  });

  it('renderer.settings.dirty: editing a value, or clearing the model path, marks the form dirty', () => {
    const draft = toDraft(defaultSettings);
    expect(isDirty({ ...draft, temperature: '0.70' }, defaultSettings)).toBe(false);
    expect(isDirty({ ...draft, temperature: '0.2' }, defaultSettings)).toBe(true);
    const cleared = draftToPatch({ ...draft, modelPath: '  ' });
    expect(cleared.ok && cleared.patch.modelPath).toBeNull();
  });

  it('renderer.settings.threads: blank means automatic, a whole number is kept, junk is refused', () => {
    const draft = toDraft(defaultSettings);
    expect(draft.threads).toBe('');
    const auto = draftToPatch(draft);
    expect(auto.ok && auto.patch.threads).toBe('auto');
    const fixed = draftToPatch({ ...draft, threads: '1' });
    expect(fixed.ok && fixed.patch.threads).toBe(1);
    expect(toDraft({ ...defaultSettings, threads: 4 }).threads).toBe('4');
    const bad = draftToPatch({ ...draft, threads: '0' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.threads).toEqual({ code: 'range', min: 1, max: 256 });
      expect(draftErrorText(i18n.getFixedT('en', 'settings'), bad.errors.threads)).toBe('Enter a value from 1 to 256.');
      expect(draftErrorText(i18n.getFixedT('de', 'settings'), bad.errors.threads)).toBe(
        'Geben Sie einen Wert von 1 bis 256 ein.',
      );
    }
    const zeroTopP = draftToPatch({ ...draft, topP: '0' });
    expect(zeroTopP.ok).toBe(false);
  });

  it('renderer.settings.state-cap: a whole number of MB from 0 (off) to 10,000', () => {
    const draft = toDraft(defaultSettings);
    expect(draft.conversationStateCapMb).toBe('300');
    const off = draftToPatch({ ...draft, conversationStateCapMb: '0' });
    expect(off.ok && off.patch.conversationStateCapMb).toBe(0);
    expect(isDirty({ ...draft, conversationStateCapMb: '500' }, defaultSettings)).toBe(true);
    for (const [text, code] of [
      ['10001', 'range'],
      ['-1', 'range'],
      ['2.5', 'notWhole'],
      ['', 'notNumber'],
    ] as const) {
      const result = draftToPatch({ ...draft, conversationStateCapMb: text });
      expect(result.ok ? null : result.errors.conversationStateCapMb?.code).toBe(code);
    }
  });
});
