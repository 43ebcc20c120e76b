// Decides how a load gets its thread count (measured before, measure now, or the user's number) and
// remembers calibrations per model file + machine in the settings table.
import { threadCalibrationSchema, type ThreadCalibration } from '../../../preload/contract/thread-calibration';
import type { GpuLayers, Threads } from '../../../preload/contract/schemas';
import { candidateThreadCounts } from '../model-host/calibration-choice';
import type { LoadConfig } from '../model-host';
import type { SettingsRepository } from '../store';
import { calibrationKey, modelFileIdentity } from './calibration-key';
import type { MachineIdentity } from './machine-identity';

export interface ThreadCalibrationOptions {
  /** Thread counts to measure; absent = candidateThreadCounts(machine cores). Tests pass [1, 2]. */
  candidates?: number[];
  /** Tokens generated per candidate (after a warm-up run). */
  tokens?: number;
}

/** What a load sends the host about threads, and where to store a new calibration. */
export interface ThreadPlan {
  threads: LoadConfig['threads'];
  /** The stored calibration's prompt count (absent: the same as `threads`). */
  promptThreads: LoadConfig['promptThreads'];
  calibrate: LoadConfig['calibrate'];
  /** The calibration key ('auto' only); null with a fixed thread count. */
  key: string | null;
  /** The stored calibration the load uses; null when measuring now or with a fixed count. */
  stored: ThreadCalibration | null;
}

const DEFAULT_TOKENS = 20;
const KEY_PREFIX = 'model.threadCalibration.';

export class ThreadCalibrations {
  constructor(
    private readonly repo: SettingsRepository,
    private readonly machine: MachineIdentity,
    private readonly options: ThreadCalibrationOptions = {},
  ) {}

  /** 'auto' uses a stored calibration, or asks the host to measure (always when `remeasure`). */
  async plan(modelPath: string, gpuLayers: GpuLayers, threads: Threads, remeasure = false): Promise<ThreadPlan> {
    if (threads !== 'auto') return { threads, promptThreads: undefined, calibrate: undefined, key: null, stored: null };
    const key = await this.keyFor(modelPath, gpuLayers);
    const stored = remeasure ? null : this.get(key);
    if (stored) {
      const { generationThreads, promptThreads } = stored;
      return { threads: generationThreads, promptThreads, calibrate: undefined, key, stored };
    }
    const candidates = this.options.candidates ?? candidateThreadCounts(this.machine.cores);
    return {
      threads: undefined,
      promptThreads: undefined,
      calibrate: { candidates, tokens: this.options.tokens ?? DEFAULT_TOKENS },
      key,
      stored: null,
    };
  }

  /** The calibration stored for this model file on this machine, if any. */
  async find(modelPath: string, gpuLayers: GpuLayers): Promise<ThreadCalibration | null> {
    try {
      return this.get(await this.keyFor(modelPath, gpuLayers));
    } catch {
      return null; // the file is gone or unreadable: nothing to show
    }
  }

  save(key: string, calibration: ThreadCalibration): void {
    this.repo.set(KEY_PREFIX + key, threadCalibrationSchema.parse(calibration));
  }

  private get(key: string): ThreadCalibration | null {
    return this.repo.get(KEY_PREFIX + key, threadCalibrationSchema.nullable(), null);
  }

  private async keyFor(modelPath: string, gpuLayers: GpuLayers): Promise<string> {
    return calibrationKey(await modelFileIdentity(modelPath), this.machine, gpuLayers);
  }
}
