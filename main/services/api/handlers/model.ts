// Model and settings channels → ModelService and SettingsService.
import type { modelInvokeChannels } from '../../../../preload/contract/features/model';
import type { ConversationStateUsage } from '../../model/conversation-states';
import type { ModelService } from '../../model/model-service';
import type { SettingsService } from '../../settings/settings-service';
import type { FeatureHandlers } from './types';

export function modelHandlers(
  model: ModelService,
  settings: SettingsService,
  /** Disk use of the saved conversation states (none when the app keeps none). */
  stateUsage: () => Promise<ConversationStateUsage> = async () => ({ bytes: 0, files: 0 }),
): FeatureHandlers<typeof modelInvokeChannels> {
  return {
    'model:getStatus': () => model.getStatus(),
    'model:load': () => model.load(),
    'model:getCalibration': () => model.threadCalibration(),
    'model:getMemoryPlan': () => model.memoryPlan(),
    'model:recalibrate': () => model.recalibrate(),
    'model:conversationStateUsage': () => stateUsage(),
    'settings:get': () => settings.get(),
    'settings:update': (patch) => {
      const updated = settings.update(patch);
      model.refreshProfile();
      return updated;
    },
  };
}
