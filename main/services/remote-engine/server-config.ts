// One remote server as the user set it up: where it is, what runs there, which model and adapter to ask for.
import { z } from 'zod';
import { RemoteEngineError } from './errors';
import { checkServerUrl } from './url-policy';

/** The server software: decides the request fields beyond the OpenAI API (LoRA, JSON schema, tokenize). */
export const SERVER_SOFTWARE = ['llama-server', 'vllm', 'ollama', 'other'] as const;
export type ServerSoftware = (typeof SERVER_SOFTWARE)[number];

/** How the medical adapter is selected on this server. */
export const serverAdapterSchema = z.discriminatedUnion('mode', [
  /** llama-server started with --lora: the adapter's index (0 for the first --lora), scaled per request. */
  z.object({ mode: z.literal('llama-server-lora'), id: z.number().int().min(0) }),
  /** The adapter served as a model of its own (vLLM --lora-modules NAME=path, an Ollama model with ADAPTER). */
  z.object({ mode: z.literal('model-name'), model: z.string().trim().min(1).max(256) }),
  z.object({ mode: z.literal('none') }),
]);
export type ServerAdapter = z.infer<typeof serverAdapterSchema>;

export const remoteServerConfigSchema = z
  .object({
    id: z.string().min(1),
    /** What the header shows: "Remote: NAME". */
    name: z.string().trim().min(1).max(80),
    baseUrl: z.string().trim().min(1).max(2048),
    software: z.enum(SERVER_SOFTWARE),
    /** The base model to ask for; null = leave it to the server (llama-server serves one model). */
    model: z.string().trim().min(1).max(256).nullable(),
    adapter: serverAdapterSchema,
    /** The user marked this server as on their own local network: plain http is allowed there. */
    allowLocalNetwork: z.boolean().default(false),
  })
  .superRefine((server, context) => {
    try {
      checkServerUrl(server.baseUrl, { allowLocalNetwork: server.allowLocalNetwork });
    } catch (error) {
      if (!(error instanceof RemoteEngineError)) throw error;
      context.addIssue({ code: 'custom', path: ['baseUrl'], message: error.message });
    }
    if (server.adapter.mode === 'llama-server-lora' && server.software !== 'llama-server') {
      context.addIssue({
        code: 'custom',
        path: ['adapter'],
        message: 'Selecting an adapter by its --lora index works only with llama-server.',
      });
    }
    if (server.adapter.mode === 'model-name' && server.model === null) {
      context.addIssue({
        code: 'custom',
        path: ['model'],
        message: 'Enter the base model name too: it answers when the adapter is off.',
      });
    }
  });

export type RemoteServerConfig = z.output<typeof remoteServerConfigSchema>;
export type RemoteServerConfigInput = z.input<typeof remoteServerConfigSchema>;
