// Where the app explains its technical terms: each view that shows one has its "what is this?" tip next to it,
// outside the label or heading it belongs to.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MessageRow } from '../../../../renderer/src/features/chat/components/MessageRow';
import { EvaluateIntro } from '../../../../renderer/src/features/evaluate/components/EvaluateIntro';
import { GpuLayersField } from '../../../../renderer/src/features/settings/components/GpuLayersField';
import { InUsePanel } from '../../../../renderer/src/features/settings/components/InUsePanel';
import { ThreadCalibrationFigures } from '../../../../renderer/src/features/settings/components/ThreadCalibrationPanel';
import { message, readyStatus } from '../fixtures';

const terms = (html: string) => [...html.matchAll(/data-term="([^"]+)"/g)].map((m) => m[1]);
const noop = () => undefined;

describe('tips in the views', () => {
  it('the latest answer explains tok/s; earlier answers do not repeat it', () => {
    const answer = message({ id: 2, content: 'Done', modelName: 'TinyLlama', tokensPerSecond: 31.25 });
    const latest = renderToStaticMarkup(<MessageRow message={answer} streamingContent={null} onRegenerate={noop} />);
    expect(terms(latest)).toEqual(['tokensPerSecond']);
    expect(latest).toContain('aria-label="What does “tok/s” mean?"');
    const earlier = renderToStaticMarkup(<MessageRow message={answer} streamingContent={null} onRegenerate={null} />);
    expect(terms(earlier)).toEqual([]);
  });

  it('Evaluate explains perplexity and its formula', () => {
    const html = renderToStaticMarkup(<EvaluateIntro />);
    expect(terms(html)).toEqual(['perplexity']);
    expect(html).toContain('PPL = exp(');
  });

  it('Settings explains GPU layers next to the label, outside it', () => {
    const html = renderToStaticMarkup(
      <GpuLayersField mode="auto" layers="" error={undefined} onModeChange={noop} onLayersChange={noop} />,
    );
    expect(html).toMatch(
      /<label for="settings-gpu-layers"[^>]*>Layers on the graphics card \(GPU layers\)<\/label><button/,
    );
    expect(terms(html)).toEqual(['gpuLayers']);
  });

  it('In use explains GPU layers, context size and LoRA; the speeds table explains tok/s', () => {
    expect(terms(renderToStaticMarkup(<InUsePanel status={readyStatus} />))).toEqual([
      'gpuLayers',
      'contextSize',
      'lora',
    ]);
    const figures = renderToStaticMarkup(
      <ThreadCalibrationFigures
        calibration={{
          samples: [{ threads: 1, generationTokensPerSecond: 14.26, promptTokensPerSecond: 131.4 }],
          generationThreads: 1,
          promptThreads: 1,
          measuredAt: Date.UTC(2026, 10, 25),
        }}
        automatic
        disabled={false}
        running={false}
        error={null}
        onRemeasure={noop}
      />,
    );
    expect(terms(figures)).toEqual(['tokensPerSecond']);
  });
});
