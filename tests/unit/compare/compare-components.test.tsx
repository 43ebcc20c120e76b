// Server-rendered checks of the adapter switch, the Compare screen's states, an answer's profile
// label, and the GPU facts in Settings.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ModelStatus } from '../../../preload/contract/schemas';
import { AdapterControl, nextAnswerProfile } from '../../../renderer/src/features/chat/components/AdapterControl';
import { AssistantMessageFooter } from '../../../renderer/src/features/chat/components/AssistantMessageFooter';
import type { AdapterChoiceState } from '../../../renderer/src/features/chat/hooks/useAdapterChoice';
import { CompareView } from '../../../renderer/src/features/compare/components/CompareView';
import { ModelStatusIndicator } from '../../../renderer/src/features/model/components/ModelStatusIndicator';
import { InUsePanel, vramText } from '../../../renderer/src/features/settings/components/InUsePanel';
import { i18n } from '../../../renderer/src/i18n';
import { ApiProvider } from '../../../renderer/src/lib/api';
import { fakeApi, message, readyStatus } from '../renderer/fixtures';

const noop = () => undefined;

function choiceState(enabled: boolean, scale = 1): AdapterChoiceState {
  return { choice: { enabled, scale }, error: null, setEnabled: noop, setScale: noop, flush: async () => undefined };
}

const noAdapter: ModelStatus = {
  ...readyStatus,
  profile: 'template',
  adapter: null,
  modelInfo: readyStatus.modelInfo && { ...readyStatus.modelInfo, loraPath: null },
};

describe('adapter switch', () => {
  it('on: checked, the scale, the adapter profile and the provenance', () => {
    const html = renderToStaticMarkup(<AdapterControl status={readyStatus} state={choiceState(true, 1.25)} />);
    expect(html).toContain('data-adapter="on"');
    expect(html).toMatch(/data-testid="adapter-toggle"[^>]*checked=""/);
    expect(html).toContain('1.25');
    expect(html).toContain('Profile: Adapter format');
    expect(html).toContain('medical-lora.gguf');
    expect(html).toContain('TinyLlama/TinyLlama-1.1B-Chat-v1.0');
  });

  it("off: the base model's own profile, scale disabled", () => {
    const html = renderToStaticMarkup(<AdapterControl status={readyStatus} state={choiceState(false)} />);
    expect(html).toContain('data-adapter="off"');
    expect(html).toContain('Profile: Chat template');
    expect(html).toMatch(/data-testid="adapter-scale"[^>]*disabled=""/);
  });

  it('without an adapter it says so; without a model it is not shown', () => {
    const html = renderToStaticMarkup(<AdapterControl status={noAdapter} state={choiceState(true)} />);
    expect(html).toContain('data-adapter="none"');
    expect(html).toContain('no LoRA adapter is loaded');
    expect(html).not.toContain('adapter-toggle');
    const idle: ModelStatus = { state: 'idle', modelInfo: null, profile: null, message: null, adapter: null };
    expect(renderToStaticMarkup(<AdapterControl status={idle} state={choiceState(true)} />)).toBe('');
  });

  it('nextAnswerProfile falls back to qa when the base model has no chat template', () => {
    const noTemplate = {
      ...readyStatus,
      modelInfo: readyStatus.modelInfo && { ...readyStatus.modelInfo, hasChatTemplate: false },
    };
    expect(nextAnswerProfile(noTemplate, false)).toBe('qa');
    expect(nextAnswerProfile(noTemplate, true)).toBe('adapter');
  });
});

describe('Compare screen', () => {
  const render = (status: ModelStatus | null) =>
    renderToStaticMarkup(
      <ApiProvider api={fakeApi()}>
        <CompareView active status={status} onOpenSettings={noop} />
      </ApiProvider>,
    );

  it('with an adapter: question box, Compare button and both columns', () => {
    const html = render(readyStatus);
    for (const id of ['compare-question', 'compare-start', 'compare-base', 'compare-adapter'])
      expect(html).toContain(id);
    expect(html).toContain('Base + adapter (scale 1.00)');
  });

  it('no adapter or no model: a clear message instead', () => {
    expect(render(noAdapter)).toContain('No LoRA adapter is configured');
    expect(render(noAdapter)).not.toContain('compare-start');
    expect(render(null)).toContain('No model is loaded');
  });
});

describe('answer footer', () => {
  it('shows the profile each answer was given with', () => {
    const html = renderToStaticMarkup(
      <AssistantMessageFooter
        message={message({ id: 1, profile: 'template' })}
        content="x"
        streaming={false}
        onRegenerate={null}
      />,
    );
    expect(html).toMatch(/data-testid="message-profile"[^>]*>Chat template</);
  });
});

describe('GPU facts in Settings', () => {
  it('device, VRAM, layers and context size; a fallback notice when the GPU failed', () => {
    const html = renderToStaticMarkup(<InUsePanel status={readyStatus} />);
    expect(html).toContain('NVIDIA GeForce RTX 4060 Laptop GPU');
    expect(html).toContain('1.2 GB used of 8.0 GB');
    expect(html).toContain('23 / 23');
    expect(html).toContain('2,048 tokens');
    expect(html).not.toContain('gpu-fallback');
    const cpu: ModelStatus = {
      ...readyStatus,
      modelInfo: readyStatus.modelInfo && {
        ...readyStatus.modelInfo,
        backend: 'cpu',
        gpuLayers: 0,
        gpuDeviceNames: [],
        vramTotalBytes: null,
        vramUsedBytes: null,
        gpuFallback: 'GPU initialisation failed (no driver); running on the CPU.',
      },
    };
    const fallback = renderToStaticMarkup(<InUsePanel status={cpu} />);
    expect(fallback).toContain('None (CPU only)');
    expect(fallback).toMatch(
      /data-testid="gpu-fallback"[^>]*>GPU initialisation failed \(no driver\); running on the CPU\./,
    );
    expect(vramText(i18n.getFixedT('en', 'settings'), null, null)).toBe('—');
    // The header pill, always in view, says it too.
    expect(renderToStaticMarkup(<ModelStatusIndicator status={cpu} />)).toContain('CPU · GPU failed');
    expect(renderToStaticMarkup(<ModelStatusIndicator status={readyStatus} />)).not.toContain('GPU failed');
  });
});
