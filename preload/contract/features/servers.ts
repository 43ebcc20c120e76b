// Classroom and department servers (an optional remote engine): the servers in Settings, which engine
// answers a conversation, and what the header shows ("Remote: NAME").
import { z } from 'zod';
import { conversationSchema, idSchema, serverIdSchema } from '../schemas';
import { textSchema } from '../text';

export const SERVER_SOFTWARE = ['llama-server', 'vllm', 'ollama', 'other'] as const;

/** How the medical adapter is selected on the server. */
export const serverAdapterSchema = z.discriminatedUnion('mode', [
  /** llama-server started with --lora: the adapter's index (0 for the first --lora), scaled per request. */
  z.strictObject({ mode: z.literal('llama-server-lora'), id: z.number().int().min(0).max(1000) }),
  /** The adapter served as a model of its own (vLLM --lora-modules NAME=path, an Ollama model with ADAPTER). */
  z.strictObject({ mode: z.literal('model-name'), model: textSchema(256, { trim: true, min: 1 }) }),
  z.strictObject({ mode: z.literal('none') }),
]);

/** What the user enters for a server. Main also checks the address (https, or loopback / marked local network). */
export const serverSettingsSchema = z.strictObject({
  /** Shown in the header as "Remote: NAME". */
  name: textSchema(80, { trim: true, min: 1 }),
  baseUrl: textSchema(2048, { trim: true, min: 1 }),
  software: z.enum(SERVER_SOFTWARE),
  /** The base model to ask for; null = whatever the server serves (llama-server serves one model). */
  model: textSchema(256, { trim: true, min: 1 }).nullable(),
  adapter: serverAdapterSchema,
  /** The user marked the server as on their own local network: plain http is allowed there. */
  allowLocalNetwork: z.boolean(),
});

/** An API key as typed: sent as a Bearer token, so printable ASCII without spaces. Never echoed back. */
export const apiKeySchema = z
  .string()
  .trim()
  .min(1, 'the API key is empty')
  .max(4096, 'the API key is too long (max 4096 characters)')
  .regex(/^[\x21-\x7e]+$/, 'an API key has no spaces or characters outside plain ASCII');

/** A saved server as the renderer sees it: never the key, only whether one is stored. */
export const remoteServerSchema = serverSettingsSchema.extend({
  id: serverIdSchema,
  hasApiKey: z.boolean(),
  createdAt: z.number(),
  updatedAt: z.number(),
});

export const serverListSchema = z.strictObject({
  servers: z.array(remoteServerSchema),
  /** Whether API keys can be stored on this computer (the OS keeps them encrypted); why not, when not. */
  keyStorage: z.strictObject({ available: z.boolean(), message: z.string().nullable() }),
});

/** The result of "Test connection". */
export const serverHealthSchema = z.strictObject({
  ok: z.boolean(),
  status: z.enum(['ready', 'loading', 'unavailable']),
  /** What is wrong (or still loading), in words a student can act on; null when ready. */
  message: z.string().nullable(),
  latencyMs: z.number().min(0).nullable(),
  /** Models the server lists ([] when it did not answer). */
  models: z.array(z.string()),
});

/** Which engine answers a conversation, for the header ("Remote: NAME" when remote). */
export const engineStatusSchema = z.strictObject({
  kind: z.enum(['local', 'remote']),
  /** The server's id when remote; null for this computer. */
  serverId: serverIdSchema.nullable(),
  /** "This computer", or the server's name from Settings. */
  name: z.string(),
  /** The server's address when remote (where the questions go); null for this computer. */
  address: z.string().nullable(),
  /** The model that answers, when known. */
  modelName: z.string().nullable(),
  adapter: z.strictObject({
    mode: z.enum(['local-lora', 'llama-server-lora', 'model-name', 'none']),
    name: z.string().nullable(),
    /** Whether the conversation's adapter scale is honoured (false: on or off only). */
    scalable: z.boolean(),
  }),
});

const serverRef = z.strictObject({ id: serverIdSchema });
/** Absent: keep the stored key; null: remove it; a string: store this key (encrypted by the OS). */
const apiKeyChange = apiKeySchema.nullable().optional();

export const serversInvokeChannels = {
  'servers:list': { request: z.strictObject({}), response: serverListSchema },
  'servers:add': {
    request: z.strictObject({ server: serverSettingsSchema, apiKey: apiKeyChange }),
    response: remoteServerSchema,
  },
  'servers:update': {
    request: z.strictObject({ id: serverIdSchema, server: serverSettingsSchema, apiKey: apiKeyChange }),
    response: remoteServerSchema,
  },
  /** Removes the server; its conversations are answered on this computer again. */
  'servers:remove': {
    request: serverRef,
    response: z.strictObject({ id: serverIdSchema, movedConversationIds: z.array(idSchema) }),
  },
  /** "Test connection": /health, /v1/models and the adapter, from main. */
  'servers:test': { request: serverRef, response: serverHealthSchema },
  /** The engine of the conversation's next answers: null = this computer, else a server id. */
  'conversations:setEngine': {
    request: z.strictObject({ id: idSchema, engine: serverIdSchema.nullable() }),
    response: conversationSchema,
  },
  /**
   * Which engine answers this conversation; null: the settings' default engine, which answers a new chat
   * sent without a choice, Compare, the quiz, Explain and Make cards from a topic.
   */
  'engine:status': {
    request: z.strictObject({ conversationId: idSchema.nullable() }),
    response: engineStatusSchema,
  },
} as const;

export const serversEventChannels = {
  /** The servers changed (added, edited, removed): the same list as servers:list. */
  'servers:changed': serverListSchema,
} as const;

type Request<C extends keyof typeof serversInvokeChannels> = z.input<(typeof serversInvokeChannels)[C]['request']>;
type Response<C extends keyof typeof serversInvokeChannels> = z.output<(typeof serversInvokeChannels)[C]['response']>;

export type ServerSettings = z.output<typeof serverSettingsSchema>;
export type RemoteServerView = z.output<typeof remoteServerSchema>;
export type ServerList = z.output<typeof serverListSchema>;
export type ServerHealth = z.output<typeof serverHealthSchema>;
export type EngineStatus = z.output<typeof engineStatusSchema>;

export interface ServersApi {
  listServers(): Promise<Response<'servers:list'>>;
  /** `apiKey` null or absent: the server needs none. */
  addServer(server: Request<'servers:add'>['server'], apiKey?: string | null): Promise<Response<'servers:add'>>;
  /** `apiKey` absent: keep the stored key; null: remove it. */
  updateServer(
    id: string,
    server: Request<'servers:update'>['server'],
    apiKey?: string | null,
  ): Promise<Response<'servers:update'>>;
  removeServer(id: string): Promise<Response<'servers:remove'>>;
  testServer(id: string): Promise<Response<'servers:test'>>;
  setConversationEngine(id: number, engine: string | null): Promise<Response<'conversations:setEngine'>>;
  getEngineStatus(conversationId: number | null): Promise<Response<'engine:status'>>;
  onServersChanged(listener: (event: z.output<(typeof serversEventChannels)['servers:changed']>) => void): () => void;
}
