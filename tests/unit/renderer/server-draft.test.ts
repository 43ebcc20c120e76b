// The server form's own checks and what it sends: the adapter per software, the API key kept, replaced or removed.
import { describe, expect, it } from 'vitest';
import {
  adapterModesFor,
  checkDraft,
  draftOf,
  NEW_SERVER,
  withSoftware,
  type ServerDraft,
} from '../../../renderer/src/features/servers/state/serverDraft';
import type { RemoteServerView } from '../../../preload/contract/features/servers';

const filled: ServerDraft = { ...NEW_SERVER, name: ' Anatomy lab ', baseUrl: ' https://llm.school.example/v1 ' };

describe('server draft', () => {
  it('sends trimmed settings for llama-server with adapter number 0 and no key', () => {
    expect(checkDraft(filled, false)).toEqual({
      ok: true,
      settings: {
        name: 'Anatomy lab',
        baseUrl: 'https://llm.school.example/v1',
        software: 'llama-server',
        model: null,
        adapter: { mode: 'llama-server-lora', id: 0 },
        allowLocalNetwork: false,
      },
      apiKey: undefined,
    });
  });

  it('names each missing or wrong field', () => {
    expect(checkDraft({ ...NEW_SERVER, adapterId: '1.5' }, false)).toEqual({
      ok: false,
      errors: { name: 'nameRequired', baseUrl: 'urlRequired', adapterId: 'adapterId' },
    });
    const byName = { ...filled, software: 'vllm' as const, adapterMode: 'model-name' as const };
    expect(checkDraft(byName, false)).toEqual({
      ok: false,
      errors: { adapterModel: 'adapterModel', model: 'modelRequired' },
    });
    expect(checkDraft({ ...filled, apiKey: 'has space' }, false)).toEqual({ ok: false, errors: { apiKey: 'apiKey' } });
  });

  it('offers the --lora number only for llama-server and moves off it when the software changes', () => {
    expect(adapterModesFor('llama-server')).toEqual(['llama-server-lora', 'model-name', 'none']);
    expect(adapterModesFor('vllm')).toEqual(['model-name', 'none']);
    expect(withSoftware(filled, 'vllm').adapterMode).toBe('model-name');
    expect(withSoftware(filled, 'other').adapterMode).toBe('none');
    expect(withSoftware({ ...filled, adapterMode: 'none' }, 'ollama').adapterMode).toBe('none');
  });

  it('keeps a saved key when the field is left empty, replaces it when typed, removes it when asked', () => {
    const saved: RemoteServerView = {
      id: 's1',
      name: 'Lab',
      baseUrl: 'http://192.168.1.20:8000',
      software: 'vllm',
      model: 'base',
      adapter: { mode: 'model-name', model: 'medical' },
      allowLocalNetwork: true,
      hasApiKey: true,
      createdAt: 1,
      updatedAt: 1,
    };
    const draft = draftOf(saved);
    expect(draft).toMatchObject({ adapterMode: 'model-name', adapterModel: 'medical', model: 'base', apiKey: '' });
    const keep = checkDraft(draft, true);
    expect(keep.ok && keep.apiKey).toBeUndefined();
    const replace = checkDraft({ ...draft, apiKey: ' sk-new ' }, true);
    expect(replace.ok && replace.apiKey).toBe('sk-new');
    const remove = checkDraft({ ...draft, apiKey: 'ignored typed', removeKey: true }, true);
    expect(remove.ok && remove.apiKey).toBeNull();
    expect(remove.ok && remove.settings).toMatchObject({ allowLocalNetwork: true, adapter: { mode: 'model-name' } });
  });
});
