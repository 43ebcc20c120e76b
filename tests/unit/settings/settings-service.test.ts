// Settings: defaults from the model card, validated patches, and a profile remembered per model+adapter pair.
import { beforeEach, describe, expect, it } from 'vitest';
import { SettingsService } from '../../../main/services/settings/settings-service';
import { SettingsRepository, openDatabase } from '../../../main/services/store';

let settings: SettingsService;
let repo: SettingsRepository;

beforeEach(() => {
  repo = new SettingsRepository(openDatabase(':memory:'));
  settings = new SettingsService(repo);
});

describe('SettingsService', () => {
  it('starts with the model card defaults and no model', () => {
    expect(settings.get()).toEqual({
      modelPath: null,
      loraPath: null,
      loraScale: 1,
      gpuLayers: 'auto',
      threads: 'auto',
      lowMemory: 'auto',
      profile: 'auto',
      sampling: { temperature: 0.7, topP: 0.9, maxTokens: 256 },
      scopeGuard: 'ask',
      groundWithPastAnswers: false,
      uiLanguage: 'system',
      conversationStateCapMb: 300,
      defaultEngine: null,
    });
  });

  it('keeps the disk cap of saved conversation states between 0 (off) and 10,000 MB', () => {
    expect(settings.update({ conversationStateCapMb: 0 }).conversationStateCapMb).toBe(0);
    expect(settings.update({ conversationStateCapMb: 10_000 }).conversationStateCapMb).toBe(10_000);
    expect(() => settings.update({ conversationStateCapMb: 10_001 })).toThrow();
    expect(() => settings.update({ conversationStateCapMb: -1 })).toThrow();
    settings.update({ scopeGuard: 'strict' });
    expect(new SettingsService(repo).get().conversationStateCapMb).toBe(10_000);
    repo.set('continuation.capMb', 'lots');
    expect(settings.get().conversationStateCapMb).toBe(300);
  });

  it('follows the system language until one is chosen, stores it, and ignores an unknown stored value', () => {
    expect(settings.update({ uiLanguage: 'de' }).uiLanguage).toBe('de');
    settings.update({ scopeGuard: 'strict' });
    expect(new SettingsService(repo).get().uiLanguage).toBe('de');
    expect(settings.update({ uiLanguage: 'system' }).uiLanguage).toBe('system');
    repo.set('ui.language', 'tlh');
    expect(settings.get().uiLanguage).toBe('system');
  });

  it('keeps "use my earlier answers" off until turned on, stores it, and ignores a corrupt value', () => {
    expect(settings.update({ groundWithPastAnswers: true }).groundWithPastAnswers).toBe(true);
    settings.update({ scopeGuard: 'strict' });
    expect(new SettingsService(repo).get().groundWithPastAnswers).toBe(true);
    expect(settings.update({ groundWithPastAnswers: false }).groundWithPastAnswers).toBe(false);
    repo.set('chat.groundWithPastAnswers', 'yes');
    expect(settings.get().groundWithPastAnswers).toBe(false);
  });

  it('stores the scope guard mode like the other settings and survives a new service', () => {
    expect(settings.update({ scopeGuard: 'strict' }).scopeGuard).toBe('strict');
    settings.update({ gpuLayers: 4 });
    expect(new SettingsService(repo).get().scopeGuard).toBe('strict');
    settings.update({ scopeGuard: 'off' });
    expect(settings.get().scopeGuard).toBe('off');
  });

  it('falls back to "ask" when the stored scope guard mode is not a known one', () => {
    repo.set('chat.scopeGuard', 'lenient');
    expect(settings.get().scopeGuard).toBe('ask');
  });

  it('merges partial sampling patches and keeps the rest', () => {
    settings.update({ sampling: { temperature: 0.2 } });
    settings.update({ gpuLayers: 12 });
    expect(settings.get()).toMatchObject({ gpuLayers: 12, sampling: { temperature: 0.2, topP: 0.9, maxTokens: 256 } });
  });

  it('remembers the prompt profile per model+adapter pair', () => {
    settings.update({ modelPath: '/m.gguf', loraPath: '/medical.gguf', profile: 'adapter' });
    settings.update({ loraPath: null });
    expect(settings.get().profile).toBe('auto');
    settings.update({ profile: 'qa' });
    settings.update({ loraPath: '/medical.gguf' });
    expect(settings.get().profile).toBe('adapter');
    settings.update({ loraPath: null });
    expect(settings.get().profile).toBe('qa');
  });

  it('falls back to defaults when stored values are corrupt', () => {
    repo.set('generation.sampling', { temperature: 'hot' });
    expect(settings.get().sampling.temperature).toBe(0.7);
  });
});

describe('SettingsService defaultEngine', () => {
  it('takes only a saved server, refuses an unknown one without writing anything, and forgets a removed one', () => {
    const saved = new Set(['lab']);
    expect(() => settings.update({ defaultEngine: 'lab' })).toThrow(/no such server/);
    settings.useServers((id) => saved.has(id));
    expect(settings.update({ defaultEngine: 'lab' }).defaultEngine).toBe('lab');
    expect(() => settings.update({ defaultEngine: 'elsewhere', scopeGuard: 'off' })).toThrow(
      expect.objectContaining({ code: 'not_found' }),
    );
    expect(settings.get()).toMatchObject({ defaultEngine: 'lab', scopeGuard: 'ask' });
    settings.forgetServer('other');
    expect(settings.get().defaultEngine).toBe('lab');
    settings.forgetServer('lab');
    expect(settings.get().defaultEngine).toBeNull();
    expect(settings.update({ defaultEngine: 'lab' }).defaultEngine).toBe('lab');
    expect(settings.update({ defaultEngine: null }).defaultEngine).toBeNull();
  });

  it('reads a stored server that is no longer saved, or a corrupt value, as this computer', () => {
    const saved = new Set(['lab']);
    settings.useServers((id) => saved.has(id));
    settings.update({ defaultEngine: 'lab' });
    saved.delete('lab');
    expect(settings.get().defaultEngine).toBeNull();
    repo.set('engine.default', 42);
    expect(settings.get().defaultEngine).toBeNull();
  });
});

describe('SettingsService lowMemory', () => {
  it('stores "Lower memory use" and keeps it across other patches', () => {
    expect(settings.update({ lowMemory: 'on' }).lowMemory).toBe('on');
    expect(settings.update({ threads: 2 }).lowMemory).toBe('on');
    expect(settings.update({ lowMemory: 'off' }).lowMemory).toBe('off');
    expect(settings.update({ threads: 3 }).lowMemory).toBe('off');
    expect(settings.update({ lowMemory: 'auto' }).lowMemory).toBe('auto');
  });

  it('reads the boolean stored before "auto": true stays on, false (the old default, saved with every change) is auto', () => {
    const stored = { modelPath: null, loraPath: null, loraScale: 1, gpuLayers: 'auto', threads: 'auto' };
    repo.set('model.choice', { ...stored, lowMemory: true });
    expect(settings.get().lowMemory).toBe('on');
    expect(settings.update({ threads: 2 }).lowMemory).toBe('on');
    repo.set('model.choice', { ...stored, lowMemory: false });
    expect(settings.get().lowMemory).toBe('auto');
    repo.set('model.choice', stored);
    expect(settings.get().lowMemory).toBe('auto');
  });
});
