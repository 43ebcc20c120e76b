// window.api functions for the model and its settings.
import type { MeaBridgeApi } from '../../contract/api';
import type { ModelApi } from '../../contract/features/model';
import type { BridgeTools } from '../bridge-tools';

export function modelBridge({ call, on }: BridgeTools): Pick<MeaBridgeApi, keyof ModelApi> {
  return {
    getModelStatus: () => call('model:getStatus', {}),
    loadModel: () => call('model:load', {}),
    getThreadCalibration: () => call('model:getCalibration', {}),
    getMemoryPlan: () => call('model:getMemoryPlan', {}),
    recalibrateThreads: () => call('model:recalibrate', {}),
    getConversationStateUsage: () => call('model:conversationStateUsage', {}),
    getSettings: () => call('settings:get', {}),
    updateSettings: (patch) => call('settings:update', patch),
    onModelStatus: (listener) => on('model:status', listener),
    onCalibration: (listener) => on('model:calibration', listener),
  };
}
