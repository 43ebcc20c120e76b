// Compare and the quiz go by the engine Settings answers new questions with: a server needs no local model (only
// its adapter), and Compare names it before and after the comparison.
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import type { EngineStatus } from '../../../preload/contract/features/servers';
import type { ModelStatus } from '../../../preload/contract/schemas';
import { CompareView } from '../../../renderer/src/features/compare/components/CompareView';
import { defaultEngineReady } from '../../../renderer/src/features/servers/hooks/useDefaultEngine';
import { i18n } from '../../../renderer/src/i18n';
import { ApiProvider } from '../../../renderer/src/lib/api';
import { fakeApi, readyStatus } from './fixtures';

const noModel: ModelStatus = { ...readyStatus, state: 'idle', modelInfo: null, profile: null, adapter: null };

const server: EngineStatus = {
  kind: 'remote',
  serverId: 'srv-1',
  name: 'Anatomy lab',
  address: 'https://llm.school.example',
  modelName: 'gemma-base',
  adapter: { mode: 'model-name', name: 'medical', scalable: false },
};

const local: EngineStatus = {
  kind: 'local',
  serverId: null,
  name: 'This computer',
  address: null,
  modelName: null,
  adapter: { mode: 'none', name: null, scalable: false },
};

const compare = (status: ModelStatus | null, engine: EngineStatus | null) =>
  renderToStaticMarkup(
    <ApiProvider api={fakeApi()}>
      <CompareView active status={status} engine={engine} onOpenSettings={() => undefined} />
    </ApiProvider>,
  );

afterEach(() => i18n.changeLanguage('en'));

describe('Compare with a server as the default engine', () => {
  it('needs no local model, names the server and its model and adapter, and says the question goes there', () => {
    const html = compare(noModel, server);
    expect(html).not.toContain('compare-unavailable');
    expect(html).toContain('data-testid="compare-question"');
    expect(html).toContain('data-kind="remote"');
    expect(html).toContain('Remote: Anatomy lab');
    expect(html).toContain('Both answers come from Anatomy lab: your question is sent to this server.');
    expect(html).toContain('gemma-base');
    expect(html).toContain('medical');
    // The adapter is chosen by model name: on or off, no scale to show.
    expect(html).toContain('>Base + adapter<');
  });

  it('a server without the adapter: nothing to compare, said with its name', async () => {
    const html = compare(noModel, { ...server, adapter: { mode: 'none', name: null, scalable: false } });
    expect(html).toContain('compare-unavailable');
    expect(html).toContain('Anatomy lab is set up without the medical adapter');
    await i18n.changeLanguage('de');
    expect(compare(noModel, { ...server, adapter: { mode: 'none', name: null, scalable: false } })).toContain(
      'Anatomy lab ist ohne den medizinischen Adapter eingerichtet',
    );
  });

  it('this computer as the default still needs its loaded model, and names no server', () => {
    expect(compare(noModel, local)).toContain('No model is loaded.');
    expect(compare(noModel, null)).toContain('No model is loaded.');
    const ready = compare(readyStatus, local);
    expect(ready).not.toContain('compare-unavailable');
    expect(ready).not.toContain('compare-engine');
  });
});

describe('defaultEngineReady (the quiz comment and Compare)', () => {
  it('a server is ready without a local model; this computer only with its model loaded', () => {
    expect(defaultEngineReady(server, noModel)).toBe(true);
    expect(defaultEngineReady(server, null)).toBe(true);
    expect(defaultEngineReady(local, noModel)).toBe(false);
    expect(defaultEngineReady(null, null)).toBe(false);
    expect(defaultEngineReady(local, readyStatus)).toBe(true);
    expect(defaultEngineReady(null, { ...readyStatus, state: 'generating' })).toBe(true);
  });
});
