// App-level calls: version and data folder, native file pickers.
import { z } from 'zod';
import { pathSchema } from '../schemas';

export const appInvokeChannels = {
  'dialog:pickFile': {
    request: z.strictObject({ kind: z.enum(['model', 'lora']) }),
    response: z.strictObject({ path: pathSchema.nullable() }),
  },
  'app:getInfo': {
    request: z.strictObject({}),
    response: z.strictObject({ version: z.string(), dataDir: z.string(), platform: z.string() }),
  },
} as const;

type Response<C extends keyof typeof appInvokeChannels> = z.output<(typeof appInvokeChannels)[C]['response']>;

export interface AppApi {
  pickFile(kind: 'model' | 'lora'): Promise<Response<'dialog:pickFile'>>;
  getAppInfo(): Promise<Response<'app:getInfo'>>;
}
