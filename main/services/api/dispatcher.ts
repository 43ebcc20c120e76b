// Validates and routes one IPC call: channel + raw payload in, result envelope out.
// Shared by the Electron shell and the browser e2e bridge, so both exercise the same checks.
import type { z } from 'zod';
import {
  invokeChannels,
  type InvokeChannel,
  type InvokeResponse,
  type ParsedRequest,
} from '../../../preload/contract/channels';
import type { Envelope } from '../../../preload/contract/envelope';
import { parseRequest } from '../../../preload/contract/validate';
import { toApiError } from './to-api-error';

export type InvokeHandlers = {
  [C in InvokeChannel]: (request: ParsedRequest<C>) => InvokeResponse<C> | Promise<InvokeResponse<C>>;
};

export interface DispatchLogger {
  error(message: string, error: unknown): void;
}

export class Dispatcher {
  constructor(
    private readonly handlers: InvokeHandlers,
    private readonly logger: DispatchLogger = { error: (message, error) => console.error(message, error) },
  ) {}

  async dispatch(channel: unknown, raw: unknown): Promise<Envelope<unknown>> {
    try {
      const request = parseRequest(channel, raw);
      const name = channel as InvokeChannel;
      const handler = this.handlers[name] as (request: unknown) => unknown;
      const value = await handler(request);
      // Responses are parsed too, so the renderer's types are a promise main keeps.
      return { ok: true, value: (invokeChannels[name].response as z.ZodType).parse(value) };
    } catch (error) {
      const expected = toApiError(error);
      if (expected) return { ok: false, error: { code: expected.code, message: expected.message } };
      this.logger.error(`IPC ${String(channel).slice(0, 64)} failed`, error);
      const message = error instanceof Error ? error.message : 'unexpected error';
      return { ok: false, error: { code: 'internal', message } };
    }
  }
}
