// Subscribes once to the chat:delta / chat:done events and feeds them, batched per frame, to the reducer.
import { useCallback, useEffect, useRef, type Dispatch } from 'react';
import type { MeaApi } from '../../../lib/api';
import type { ChatAction } from '../state/chatReducer';
import { animationFrameSchedule, createDeltaBatcher, type DeltaBatcher } from '../state/deltaBatcher';
import type { StreamEvent, StreamRouter } from '../state/streamRouter';

/** Returns `replay`, used to apply events that arrived before their request was known. */
export function useStreamEvents(
  api: MeaApi,
  dispatch: Dispatch<ChatAction>,
  router: StreamRouter,
  onDone: () => void,
): (events: readonly StreamEvent[]) => void {
  const handlerRef = useRef<((event: StreamEvent) => void) | null>(null);

  useEffect(() => {
    const batcher: DeltaBatcher = createDeltaBatcher(animationFrameSchedule, (requestId, text) =>
      dispatch({ type: 'delta', requestId, text }),
    );
    const apply = (event: StreamEvent): void => {
      if (event.kind === 'delta') {
        batcher.push(event.payload.requestId, event.payload.delta);
        return;
      }
      batcher.flush(); // every delta lands before the final message replaces them
      router.finish(event.payload.requestId);
      const { requestId, message, stats } = event.payload;
      const final =
        stats !== null && message.tokensPerSecond === null
          ? { ...message, tokensPerSecond: stats.tokensPerSecond, modelName: message.modelName ?? stats.modelName }
          : message;
      dispatch({ type: 'done', requestId, message: final });
      onDone();
    };
    handlerRef.current = apply;
    const offDelta = api.onChatDelta((payload) => {
      const event: StreamEvent = { kind: 'delta', payload };
      if (router.route(event) === 'apply') apply(event);
    });
    const offDone = api.onChatDone((payload) => {
      const event: StreamEvent = { kind: 'done', payload };
      if (router.route(event) === 'apply') apply(event);
    });
    return () => {
      offDelta();
      offDone();
      batcher.dispose();
      handlerRef.current = null;
    };
  }, [api, dispatch, router, onDone]);

  return useCallback((events: readonly StreamEvent[]) => {
    for (const event of events) handlerRef.current?.(event);
  }, []);
}
