// Runs a load's thread calibration in the host, reports progress, and applies the chosen count.
import type { Llama } from 'node-llama-cpp';
import type { ThreadCalibration } from '../../../preload/contract/thread-calibration';
import type { LoadedModel } from './model-loader';
import type { HostMessage, LoadConfig } from './protocol';
import { calibrateThreads } from './thread-calibration';

export type CalibrationOutcome = { calibration: ThreadCalibration } | { calibrationError: string };

/**
 * Calibrates the freshly loaded model and, on success, makes it run with the chosen thread count.
 * Never throws: a failed or stopped calibration leaves the model usable at its load thread count.
 */
export async function calibrateLoadedModel(
  llama: Llama,
  loaded: LoadedModel,
  request: NonNullable<LoadConfig['calibrate']>,
  options: { requestId: string; signal: AbortSignal; send: (message: HostMessage) => void },
): Promise<CalibrationOutcome> {
  const { requestId, signal, send } = options;
  try {
    const calibration = await calibrateThreads(llama, loaded.model, request, {
      signal,
      onProgress: (done, total, threads) => send({ type: 'calibration-progress', requestId, done, total, threads }),
    });
    // Contexts were created with every core (the load's count), so either chosen count fits them.
    loaded.phases.set({
      promptThreads: calibration.promptThreads,
      generationThreads: calibration.generationThreads,
    });
    return { calibration };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    send({ type: 'log', level: 'warn', message: `Thread calibration did not finish: ${reason}` });
    return { calibrationError: reason };
  }
}
