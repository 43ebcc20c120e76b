// The banner shown once the model host was given up on: the reason, and a "Try again" that loads again.
import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../preload/contract/envelope';
import type { ModelStatus } from '../../../preload/contract/schemas';
import { ModelUnavailableBanner } from '../../../renderer/src/features/model/components/ModelUnavailableBanner';
import type { ModelRetry } from '../../../renderer/src/features/model/hooks/useModelRetry';
import { retryModelLoad, type ModelRetryState } from '../../../renderer/src/features/model/state/model-retry';
import { readyStatus } from './fixtures';

const REASON = 'The model host crashed (signal SIGSEGV). It failed 3 times in a row and was not restarted.';
const unavailable: ModelStatus = {
  ...readyStatus,
  state: 'unavailable',
  modelInfo: null,
  profile: null,
  message: REASON,
};

function retry(overrides: Partial<ModelRetry> = {}): ModelRetry {
  return { busy: false, error: null, run: () => undefined, ...overrides };
}

/** The first element in a rendered tree whose props match (function components are called). */
function findElement(node: ReactNode, match: (props: Record<string, unknown>) => boolean): ReactElement | null {
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = findElement(child as ReactNode, match);
      if (found) return found;
    }
    return null;
  }
  if (!isValidElement(node)) return null;
  const props = node.props as Record<string, unknown>;
  if (match(props)) return node;
  if (typeof node.type === 'function') return findElement((node.type as (p: unknown) => ReactNode)(props), match);
  return findElement(props.children as ReactNode, match);
}

describe('ModelUnavailableBanner', () => {
  it('says the model is unavailable, with the reason and a Try again button', () => {
    const html = renderToStaticMarkup(<ModelUnavailableBanner status={unavailable} retry={retry()} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('The model is unavailable:</span> The model host crashed (signal SIGSEGV).');
    expect(html).toContain('Try again');
    expect(html).not.toContain('disabled=""');
  });

  it('renders nothing unless the state is unavailable', () => {
    for (const state of ['ready', 'crashed', 'loading', 'idle'] as const) {
      expect(renderToStaticMarkup(<ModelUnavailableBanner status={{ ...readyStatus, state }} retry={retry()} />)).toBe(
        '',
      );
    }
    expect(renderToStaticMarkup(<ModelUnavailableBanner status={null} retry={retry()} />)).toBe('');
  });

  it('Try again runs the retry; while it runs the button is disabled; a failed try says why', () => {
    const run = vi.fn();
    // Called inside a render, so its hooks (the translation) run as in the app.
    let tree: ReturnType<typeof ModelUnavailableBanner> = null;
    function Capture() {
      tree = ModelUnavailableBanner({ status: unavailable, retry: retry({ run }) });
      return null;
    }
    renderToStaticMarkup(<Capture />);
    const button = findElement(tree, (props) => props['data-testid'] === 'model-retry');
    expect(button).not.toBeNull();
    (button!.props as { onClick: () => void }).onClick();
    expect(run).toHaveBeenCalledTimes(1);

    const busy = renderToStaticMarkup(<ModelUnavailableBanner status={unavailable} retry={retry({ busy: true })} />);
    expect(busy).toContain('Loading…');
    expect(busy).toContain('disabled=""');
    const failed = renderToStaticMarkup(
      <ModelUnavailableBanner status={unavailable} retry={retry({ error: 'Model file not found: /m.gguf' })} />,
    );
    expect(failed).toContain('Model file not found: /m.gguf');
  });
});

describe('retryModelLoad', () => {
  it('loads the model again: busy, then idle', async () => {
    const states: ModelRetryState[] = [];
    const loadModel = vi.fn(async () => readyStatus);
    await retryModelLoad({ loadModel }, (state) => states.push(state));
    expect(loadModel).toHaveBeenCalledTimes(1);
    expect(states).toEqual([
      { busy: true, error: null },
      { busy: false, error: null },
    ]);
  });

  it('keeps the reason when loading fails again', async () => {
    const states: ModelRetryState[] = [];
    const loadModel = async (): Promise<ModelStatus> => {
      throw new ApiError('model_unavailable', 'The model host crashed (signal SIGSEGV).');
    };
    await retryModelLoad({ loadModel }, (state) => states.push(state));
    expect(states.at(-1)).toEqual({ busy: false, error: 'The model host crashed (signal SIGSEGV).' });
  });
});
