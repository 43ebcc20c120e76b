// One comparison at a time: start it, follow both streams, stop one side or both.
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { CompareSide } from '../../../../../preload/contract/features/compare';
import type { MeaApi } from '../../../lib/api';
import { toUiError } from '../../../lib/errors';
import { compareReducer, initialCompareState, type CompareState } from '../state/compareState';

export interface CompareSession {
  state: CompareState;
  running: boolean;
  start(question: string): Promise<void>;
  stop(side: CompareSide): void;
  stopBoth(): void;
}

export function useCompare(api: MeaApi): CompareSession {
  const [state, dispatch] = useReducer(compareReducer, initialCompareState);
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  });

  useEffect(() => {
    const offDelta = api.onCompareDelta(({ requestId, delta }) => dispatch({ type: 'delta', requestId, delta }));
    const offDone = api.onCompareDone((done) => dispatch({ type: 'done', done }));
    return () => {
      offDelta();
      offDone();
    };
  }, [api]);

  const start = useCallback(
    async (question: string) => {
      dispatch({ type: 'start', question });
      try {
        dispatch({ type: 'started', started: await api.startCompare({ question }) });
      } catch (error) {
        dispatch({ type: 'startFailed', error: toUiError(error).message });
      }
    },
    [api],
  );

  const stopIds = useCallback(
    (requestIds: string[]) => {
      for (const requestId of requestIds) {
        // A side that already finished answers {stopped: false}; nothing to report.
        api.stopCompare(requestId).catch(() => undefined);
      }
    },
    [api],
  );

  const stop = useCallback(
    (side: CompareSide) => {
      const info = stateRef.current.sides?.[side];
      if (info) stopIds([info.requestId]);
    },
    [stopIds],
  );

  const stopBoth = useCallback(() => {
    const sides = stateRef.current.sides;
    if (sides) stopIds([sides.base.requestId, sides.adapter.requestId]);
  }, [stopIds]);

  const running = state.phase === 'starting' || state.phase === 'running';
  return { state, running, start, stop, stopBoth };
}
