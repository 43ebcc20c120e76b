// The Evaluate view's session: stored runs, the running evaluation's events, and the user's actions.
import { useCallback, useEffect, useReducer, useRef, useState, type Dispatch } from 'react';
import type { EvaluationRunRecord, EvaluationVariantId } from '../../../../../preload/contract/features/evaluation';
import type { MeaApi } from '../../../lib/api';
import { toUiError } from '../../../lib/errors';
import { evaluateReducer, initialEvaluateState, type EvaluateAction, type EvaluateState } from '../state/evaluateState';

export interface EvaluationSession {
  state: EvaluateState;
  dispatch: Dispatch<EvaluateAction>;
  pickData(): Promise<void>;
  /** The sample data file shipped with the app, or null when there is none. */
  sample: { path: string; items: number } | null;
  chooseSample(): void;
  start(variants: EvaluationVariantId[]): Promise<void>;
  cancel(): void;
  remove(run: EvaluationRunRecord): Promise<void>;
}

export function useEvaluation(api: MeaApi): EvaluationSession {
  const [state, dispatch] = useReducer(evaluateReducer, initialEvaluateState);
  const [sample, setSample] = useState<EvaluationSession['sample']>(null);
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  });

  const reload = useCallback(async () => {
    try {
      dispatch({ type: 'runsLoaded', runs: await api.listEvaluations() });
    } catch (error) {
      dispatch({ type: 'failed', error: toUiError(error).message });
    }
  }, [api]);

  useEffect(() => {
    let live = true;
    // No sample (or an error asking) just means the button is not offered.
    api
      .evaluationSample()
      .then(({ path, items }) => live && setSample(path === null ? null : { path, items }))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [api]);

  useEffect(() => {
    void reload();
    const offProgress = api.onEvaluationProgress((progress) => dispatch({ type: 'progress', progress }));
    const offDone = api.onEvaluationDone((done) => {
      dispatch({ type: 'done', done });
      // The stored list is the truth (dates, ids); re-read it after each run.
      if (done.status === 'complete') void reload();
    });
    return () => {
      offProgress();
      offDone();
    };
  }, [api, reload]);

  const pickData = useCallback(async () => {
    try {
      const { path } = await api.pickFile('evaluationData');
      if (path !== null) dispatch({ type: 'pickData', path });
    } catch (error) {
      dispatch({ type: 'failed', error: toUiError(error).message });
    }
  }, [api]);

  const chooseSample = useCallback(() => {
    if (sample !== null) dispatch({ type: 'pickData', path: sample.path });
  }, [sample]);

  const start = useCallback(
    async (variants: EvaluationVariantId[]) => {
      const dataPath = stateRef.current.dataPath;
      if (dataPath === null || variants.length === 0) return;
      dispatch({ type: 'start', variants });
      try {
        const { runKey } = await api.runEvaluation({ dataPath, variants });
        dispatch({ type: 'started', runKey });
      } catch (error) {
        dispatch({ type: 'startFailed', error: toUiError(error).message });
      }
    },
    [api],
  );

  const cancel = useCallback(() => {
    const { runKey } = stateRef.current;
    if (runKey === null) return;
    dispatch({ type: 'cancel' });
    api
      .cancelEvaluation(runKey)
      .catch((error: unknown) => dispatch({ type: 'failed', error: toUiError(error).message }));
  }, [api]);

  const remove = useCallback(
    async (run: EvaluationRunRecord) => {
      try {
        await api.deleteEvaluation(run.id);
        dispatch({ type: 'deleted', id: run.id });
      } catch (error) {
        dispatch({ type: 'failed', error: toUiError(error).message });
      }
    },
    [api],
  );

  return { state, dispatch, pickData, sample, chooseSample, start, cancel, remove };
}
