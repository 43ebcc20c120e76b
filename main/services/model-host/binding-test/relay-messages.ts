// Messages that carry node-llama-cpp's binary test between the model host and the process that launched it.
import { z } from 'zod';

/**
 * Marks relay traffic on the host's message channel, so neither side mistakes it for the host protocol.
 * The launcher handles it before the client sees anything; the host before its request handler.
 */
export const BINDING_TEST_CHANNEL = 'binding-test';

const id = z.number().int().min(1);

/** Host → launcher: start the test process, pass it a message, or kill it. */
export const hostRelayMessageSchema = z.discriminatedUnion('kind', [
  z.object({ channel: z.literal(BINDING_TEST_CHANNEL), kind: z.literal('spawn'), id }),
  z.object({ channel: z.literal(BINDING_TEST_CHANNEL), kind: z.literal('message'), id, message: z.unknown() }),
  z.object({ channel: z.literal(BINDING_TEST_CHANNEL), kind: z.literal('kill'), id }),
]);

/** Launcher → host: a message from the test process, or its exit code (-1 when it could not start). */
export const launcherRelayMessageSchema = z.discriminatedUnion('kind', [
  z.object({ channel: z.literal(BINDING_TEST_CHANNEL), kind: z.literal('message'), id, message: z.unknown() }),
  z.object({ channel: z.literal(BINDING_TEST_CHANNEL), kind: z.literal('exit'), id, code: z.number().int() }),
]);

export type HostRelayMessage = z.infer<typeof hostRelayMessageSchema>;
export type LauncherRelayMessage = z.infer<typeof launcherRelayMessageSchema>;

export function isRelayTraffic(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && (raw as { channel?: unknown }).channel === BINDING_TEST_CHANNEL;
}
