// The chat's "Answers from" and Settings' "Answer new questions with" list the same engines from one component:
// this computer first, then each saved server by name, with '' standing for this computer.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { EngineStatus, RemoteServerView } from '../../../preload/contract/features/servers';
import { EngineControl } from '../../../renderer/src/features/chat/components/EngineControl';
import type { EngineChoiceState } from '../../../renderer/src/features/chat/hooks/useEngineChoice';
import { DefaultEnginePicker } from '../../../renderer/src/features/servers/components/DefaultEnginePicker';
import { engineOfOption, engineOptionValue } from '../../../renderer/src/features/servers/components/EngineOptions';
import { ApiProvider } from '../../../renderer/src/lib/api';
import { fakeApi } from './fixtures';

const server = (id: string, name: string): RemoteServerView => ({
  id,
  name,
  baseUrl: 'https://llm.school.example',
  software: 'llama-server',
  model: null,
  adapter: { mode: 'none' },
  allowLocalNetwork: false,
  hasApiKey: false,
  createdAt: 0,
  updatedAt: 0,
});

const servers = [server('srv-1', 'Anatomy lab'), server('srv-2', 'Pharmacology')];

const remote: EngineStatus = {
  kind: 'remote',
  serverId: 'srv-2',
  name: 'Pharmacology',
  address: 'https://llm.school.example',
  modelName: null,
  adapter: { mode: 'none', name: null, scalable: false },
};

const choice = (list: readonly RemoteServerView[], engine: EngineStatus | null): EngineChoiceState => ({
  servers: list,
  engine,
  newChatEngine: undefined,
  error: null,
  setEngine: async () => undefined,
});

const options =
  '<option value="">This computer</option><option value="srv-1">Anatomy lab</option>' +
  '<option value="srv-2">Pharmacology</option>';

describe('engine options', () => {
  it('map this computer to the empty value and back, and a server to its id', () => {
    expect(engineOptionValue(null)).toBe('');
    expect(engineOptionValue('srv-1')).toBe('srv-1');
    expect(engineOfOption('')).toBeNull();
    expect(engineOfOption('srv-1')).toBe('srv-1');
  });

  it('are the same in the chat and in Settings', () => {
    const chat = renderToStaticMarkup(<EngineControl state={choice(servers, remote)} disabled={false} />);
    expect(chat).toContain('data-testid="engine-select"');
    expect(chat.replace(' selected=""', '')).toContain(options);
    expect(chat).toContain('<option value="srv-2" selected="">Pharmacology</option>');

    const settings = renderToStaticMarkup(
      <ApiProvider api={fakeApi()}>
        <DefaultEnginePicker servers={servers} />
      </ApiProvider>,
    );
    expect(settings).toContain('data-testid="servers-default-engine"');
    expect(settings.replace(' selected=""', '')).toContain(options);
  });

  it('are not shown in the chat until a server is added', () => {
    expect(renderToStaticMarkup(<EngineControl state={choice([], remote)} disabled={false} />)).toBe('');
  });
});
