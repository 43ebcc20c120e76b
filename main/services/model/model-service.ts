// Owns "which model is loaded": loads it from the settings through the host client,
// resolves the prompt profile for the model+adapter pair, and reports status to the renderer.
import type { ModelStatus, ProfileId } from '../../../preload/contract/schemas';
import { ApiError } from '../../../preload/contract/envelope';
import type { EventSink } from '../events';
import type { SettingsService } from '../settings/settings-service';
import { defaultProfileFor } from '../prompt-profiles';
import type { GenerateResult, HostStatus, ModelHostClient, ModelInfo as HostModelInfo } from '../model-host';
import { ModelFileError, validateModelFiles } from './validate-model-files';

export interface GenerateInput {
  sessionKey: string;
  history: { role: 'user' | 'assistant'; text: string }[];
  prompt: string;
}

export interface ActiveModel {
  modelName: string;
  profile: ProfileId;
}

export class ModelService {
  private status: ModelStatus = { state: 'idle', modelInfo: null, profile: null, message: null };
  private lastHostStatus: HostStatus | null = null;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly host: ModelHostClient,
    private readonly settings: SettingsService,
    private readonly events: EventSink,
  ) {
    this.unsubscribe = host.onStatus((hostStatus) => {
      this.lastHostStatus = hostStatus;
      this.publish(this.toContractStatus(hostStatus));
    });
  }

  getStatus(): ModelStatus {
    return this.status;
  }

  /** Loads the model and adapter chosen in settings; file problems are reported before any native load. */
  async load(): Promise<ModelStatus> {
    const { modelPath, loraPath, loraScale, gpuLayers, threads } = this.settings.get();
    if (!modelPath) throw new ApiError('model_unavailable', 'No model file chosen. Pick a GGUF model in Settings.');
    try {
      await validateModelFiles(modelPath, loraPath);
    } catch (error) {
      if (error instanceof ModelFileError)
        throw new ApiError(error.notFound ? 'not_found' : 'invalid_payload', error.message);
      throw error;
    }
    try {
      await this.host.load({
        modelPath,
        loraPath,
        loraScale,
        gpuLayers,
        threads: threads === 'auto' ? undefined : threads,
      });
    } catch (error) {
      throw new ApiError('model_unavailable', error instanceof Error ? error.message : String(error));
    }
    return this.status;
  }

  /** Loads at start-up when a model was chosen before; failures only show up in the status. */
  async loadIfConfigured(): Promise<void> {
    if (!this.settings.get().modelPath) return;
    await this.load().catch((error: unknown) => {
      this.publish({ ...this.status, state: 'idle', message: error instanceof Error ? error.message : String(error) });
    });
  }

  /** The model that would answer now, or an ApiError telling the user why none can. */
  requireActiveModel(): ActiveModel {
    const info = this.status.modelInfo;
    if (!info || !this.status.profile || !['ready', 'generating'].includes(this.status.state)) {
      const reason = this.status.message ? ` (${this.status.message})` : '';
      throw new ApiError('model_unavailable', `No model is ready${reason}. Load a model in Settings.`);
    }
    return { modelName: info.modelName, profile: this.status.profile };
  }

  generate(
    input: GenerateInput,
    options: { requestId: string; signal: AbortSignal; onDelta: (text: string) => void },
  ): Promise<GenerateResult> {
    const { profile } = this.requireActiveModel();
    const { sampling } = this.settings.get();
    return this.host.generate({ ...input, requestId: options.requestId, profile, sampling }, options);
  }

  /** Settings changed (e.g. the prompt profile): recompute what the status shows. */
  refreshProfile(): void {
    if (this.lastHostStatus) this.publish(this.toContractStatus(this.lastHostStatus));
  }

  dispose(): void {
    this.unsubscribe();
  }

  private toContractStatus(hostStatus: HostStatus): ModelStatus {
    const info = hostStatus.modelInfo ?? null;
    return {
      state: hostStatus.state,
      modelInfo: info ? this.toContractInfo(info) : null,
      profile: info ? this.resolveProfile(info) : null,
      message: hostStatus.message ?? hostStatus.lastError ?? null,
    };
  }

  private toContractInfo(info: HostModelInfo): NonNullable<ModelStatus['modelInfo']> {
    return {
      modelName: info.modelName,
      architecture: info.architecture ?? null,
      backend: info.backend,
      gpuLayers: info.gpuLayers,
      totalLayers: info.totalLayers,
      threads: info.threads,
      contextSize: info.contextSize,
      hasChatTemplate: info.hasChatTemplate,
      loraPath: info.loraPath ?? null,
    };
  }

  private resolveProfile(info: HostModelInfo): ProfileId {
    const choice = this.settings.get().profile;
    if (choice !== 'auto') return choice;
    return defaultProfileFor({ hasLora: Boolean(info.loraPath), hasChatTemplate: info.hasChatTemplate });
  }

  private publish(status: ModelStatus): void {
    this.status = status;
    this.events.emit('model:status', status);
  }
}
