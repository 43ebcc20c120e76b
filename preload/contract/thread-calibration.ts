// Schemas of the CPU thread calibration: what was measured per thread count, what was chosen, and progress.
import { z } from 'zod';

/** One candidate thread count's measured speed (tokens per second, after a warm-up). */
export const threadSampleSchema = z.strictObject({
  threads: z.number().int().min(1),
  generationTokensPerSecond: z.number().finite().min(0),
  promptTokensPerSecond: z.number().finite().min(0),
});

/** A calibration of one model on one machine. */
export const threadCalibrationSchema = z.strictObject({
  samples: z.array(threadSampleSchema).min(1),
  /** The thread count the model runs with: the fastest generation (fewer threads within ~3%). */
  generationThreads: z.number().int().min(1),
  /**
   * The fastest count for prompt evaluation (fewer threads within ~3%). The host switches to it while
   * a prompt is evaluated and back for generation (node-llama-cpp sets one count per decode).
   */
  promptThreads: z.number().int().min(1),
  /** When it was measured (ms since the epoch). */
  measuredAt: z.number().int().min(0),
});

/** Progress of a calibration while a model loads, for the "Tuning for this computer… 2/4" notice. */
export const calibrationProgressSchema = z.strictObject({
  state: z.enum(['running', 'done', 'failed']),
  /** Thread counts measured so far, out of `total`. */
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  /** The count being measured (running) or chosen (done); null otherwise. */
  threads: z.number().int().min(1).nullable(),
  /** Why it failed (the model then runs with one thread per core). */
  message: z.string().nullable(),
});

export type ThreadSample = z.infer<typeof threadSampleSchema>;
export type ThreadCalibration = z.infer<typeof threadCalibrationSchema>;
export type CalibrationProgress = z.infer<typeof calibrationProgressSchema>;
