// The loaded model: status, loading, and the settings it is loaded with.
import { z } from 'zod';
import { modelStatusSchema, settingsPatchSchema, settingsSchema } from '../schemas';

const empty = z.strictObject({});

export const modelInvokeChannels = {
  'model:getStatus': { request: empty, response: modelStatusSchema },
  'model:load': { request: empty, response: modelStatusSchema },
  'settings:get': { request: empty, response: settingsSchema },
  'settings:update': { request: settingsPatchSchema, response: settingsSchema },
} as const;

export const modelEventChannels = {
  'model:status': modelStatusSchema,
} as const;

type Response<C extends keyof typeof modelInvokeChannels> = z.output<(typeof modelInvokeChannels)[C]['response']>;

export interface ModelApi {
  getModelStatus(): Promise<Response<'model:getStatus'>>;
  loadModel(): Promise<Response<'model:load'>>;
  getSettings(): Promise<Response<'settings:get'>>;
  updateSettings(
    patch: z.input<(typeof modelInvokeChannels)['settings:update']['request']>,
  ): Promise<Response<'settings:update'>>;
  onModelStatus(listener: (event: z.output<(typeof modelEventChannels)['model:status']>) => void): () => void;
}
