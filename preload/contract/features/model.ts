// The loaded model: status, loading, and the settings it is loaded with.
import { z } from 'zod';
import { modelStatusSchema, settingsPatchSchema, settingsSchema } from '../schemas';
import { memoryPlanSchema } from '../memory-plan';
import { calibrationProgressSchema, threadCalibrationSchema } from '../thread-calibration';

const empty = z.strictObject({});
const count = z.number().int().min(0);

/** What the saved conversation states take on disk now. */
export const conversationStateUsageSchema = z.strictObject({ bytes: count, files: count });
export type ConversationStateUsage = z.infer<typeof conversationStateUsageSchema>;

export const modelInvokeChannels = {
  'model:getStatus': { request: empty, response: modelStatusSchema },
  'model:load': { request: empty, response: modelStatusSchema },
  /** The thread calibration stored for the chosen model on this machine (null: none yet). */
  'model:getCalibration': { request: empty, response: threadCalibrationSchema.nullable() },
  /** How "Lower memory use" is (or would be) decided for the chosen model, with its figures (null: no model). */
  'model:getMemoryPlan': { request: empty, response: memoryPlanSchema.nullable() },
  /** Reloads the model and measures thread counts again ("Re-measure"; threads must be 'auto'). */
  'model:recalibrate': { request: empty, response: modelStatusSchema },
  /** Disk use of the saved conversation states (shown next to their cap in Settings). */
  'model:conversationStateUsage': { request: empty, response: conversationStateUsageSchema },
  'settings:get': { request: empty, response: settingsSchema },
  'settings:update': { request: settingsPatchSchema, response: settingsSchema },
} as const;

export const modelEventChannels = {
  'model:status': modelStatusSchema,
  'model:calibration': calibrationProgressSchema,
} as const;

type Response<C extends keyof typeof modelInvokeChannels> = z.output<(typeof modelInvokeChannels)[C]['response']>;

export interface ModelApi {
  getModelStatus(): Promise<Response<'model:getStatus'>>;
  loadModel(): Promise<Response<'model:load'>>;
  getThreadCalibration(): Promise<Response<'model:getCalibration'>>;
  getMemoryPlan(): Promise<Response<'model:getMemoryPlan'>>;
  recalibrateThreads(): Promise<Response<'model:recalibrate'>>;
  getConversationStateUsage(): Promise<Response<'model:conversationStateUsage'>>;
  getSettings(): Promise<Response<'settings:get'>>;
  updateSettings(
    patch: z.input<(typeof modelInvokeChannels)['settings:update']['request']>,
  ): Promise<Response<'settings:update'>>;
  onModelStatus(listener: (event: z.output<(typeof modelEventChannels)['model:status']>) => void): () => void;
  onCalibration(listener: (event: z.output<(typeof modelEventChannels)['model:calibration']>) => void): () => void;
}
