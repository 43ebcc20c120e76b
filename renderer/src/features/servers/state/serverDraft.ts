// The server form as typed (strings), checked here in the user's language before main checks it again
// (main alone judges the address: https, or this computer, or a marked local network).
import type { RemoteServerView, ServerSettings } from '../../../../../preload/contract/features/servers';

export type ServerSoftware = ServerSettings['software'];
export type AdapterMode = ServerSettings['adapter']['mode'];

export const SOFTWARE: readonly ServerSoftware[] = ['llama-server', 'vllm', 'ollama', 'other'];

export interface ServerDraft {
  name: string;
  baseUrl: string;
  software: ServerSoftware;
  model: string;
  adapterMode: AdapterMode;
  /** llama-server's adapter number (its --lora index), as typed. */
  adapterId: string;
  /** The adapter's own model name (vLLM --lora-modules, an Ollama model with ADAPTER). */
  adapterModel: string;
  allowLocalNetwork: boolean;
  /** A new key as typed; empty = none (new server) or keep the saved one (edit). */
  apiKey: string;
  /** Edit only: delete the saved key. */
  removeKey: boolean;
}

export type DraftField = 'name' | 'baseUrl' | 'model' | 'adapterId' | 'adapterModel' | 'apiKey';
/** Catalog keys under `form.errors` of the servers namespace. */
export type DraftError = 'nameRequired' | 'urlRequired' | 'modelRequired' | 'adapterId' | 'adapterModel' | 'apiKey';
export type DraftErrors = Partial<Record<DraftField, DraftError>>;

export const NEW_SERVER: ServerDraft = {
  name: '',
  baseUrl: '',
  software: 'llama-server',
  model: '',
  adapterMode: 'llama-server-lora',
  adapterId: '0',
  adapterModel: '',
  allowLocalNetwork: false,
  apiKey: '',
  removeKey: false,
};

export function draftOf(server: RemoteServerView): ServerDraft {
  const { adapter } = server;
  return {
    name: server.name,
    baseUrl: server.baseUrl,
    software: server.software,
    model: server.model ?? '',
    adapterMode: adapter.mode,
    adapterId: adapter.mode === 'llama-server-lora' ? String(adapter.id) : '0',
    adapterModel: adapter.mode === 'model-name' ? adapter.model : '',
    allowLocalNetwork: server.allowLocalNetwork,
    apiKey: '',
    removeKey: false,
  };
}

/** The adapter modes a software offers: only llama-server selects an adapter by its --lora number. */
export function adapterModesFor(software: ServerSoftware): AdapterMode[] {
  return software === 'llama-server' ? ['llama-server-lora', 'model-name', 'none'] : ['model-name', 'none'];
}

/** A software change keeps the adapter mode where the new software offers it, else picks its usual one. */
export function withSoftware(draft: ServerDraft, software: ServerSoftware): ServerDraft {
  const modes = adapterModesFor(software);
  const adapterMode = modes.includes(draft.adapterMode) ? draft.adapterMode : software === 'other' ? 'none' : modes[0];
  return { ...draft, software, adapterMode: adapterMode ?? 'none' };
}

// As main's contract: a Bearer token is printable ASCII without spaces.
const API_KEY = /^[\x21-\x7e]{1,4096}$/;

export type DraftResult =
  { ok: true; settings: ServerSettings; apiKey: string | null | undefined } | { ok: false; errors: DraftErrors };

/**
 * The settings and key change to send. `editing`: an empty key keeps the saved one (undefined) and
 * "remove" deletes it (null); for a new server an empty key means none (undefined).
 */
export function checkDraft(draft: ServerDraft, editing: boolean): DraftResult {
  const errors: DraftErrors = {};
  const name = draft.name.trim();
  const baseUrl = draft.baseUrl.trim();
  const model = draft.model.trim();
  if (name === '') errors.name = 'nameRequired';
  if (baseUrl === '') errors.baseUrl = 'urlRequired';
  let adapter: ServerSettings['adapter'] = { mode: 'none' };
  if (draft.adapterMode === 'llama-server-lora') {
    const id = Number(draft.adapterId.trim());
    if (draft.adapterId.trim() === '' || !Number.isInteger(id) || id < 0 || id > 1000) errors.adapterId = 'adapterId';
    else adapter = { mode: 'llama-server-lora', id };
  } else if (draft.adapterMode === 'model-name') {
    const adapterModel = draft.adapterModel.trim();
    if (adapterModel === '') errors.adapterModel = 'adapterModel';
    else adapter = { mode: 'model-name', model: adapterModel };
    // With the adapter off the base model answers, so it needs a name.
    if (model === '') errors.model = 'modelRequired';
  }
  const key = draft.apiKey.trim();
  if (!draft.removeKey && key !== '' && !API_KEY.test(key)) errors.apiKey = 'apiKey';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const apiKey = editing && draft.removeKey ? null : key === '' ? undefined : key;
  return {
    ok: true,
    settings: {
      name,
      baseUrl,
      software: draft.software,
      model: model === '' ? null : model,
      adapter,
      allowLocalNetwork: draft.allowLocalNetwork,
    },
    apiKey,
  };
}
