// The JSON bodies sent to an OpenAI-compatible server for one answer: which endpoint, model, adapter, sampling.
import { EngineUnsupportedError } from '../engine/engine';
import type { GenerateRequest } from '../model-host/protocol';
import { profileStopStrings, renderProfilePrompt } from '../prompt-profiles';
import type { RemoteServerConfig } from './server-config';

export type AnswerEndpoint = '/v1/completions' | '/v1/chat/completions';

export interface AnswerRequest {
  endpoint: AnswerEndpoint;
  body: Record<string, unknown>;
  /** Stop strings the client enforces too (plain-text profiles). */
  stopStrings: string[];
}

export interface AnswerRequestOptions {
  /** The model to name when the server config names none (the first one the server listed). */
  fallbackModel?: string | null;
  /** The prompt as token ids (llama-server: as the local engine tokenizes it); replaces the text or messages. */
  promptTokens?: number[];
  /** The llama-server adapter's launch scale, sent for a request that leaves the scale to the server. */
  adapterLoadScale?: number | null;
}

/**
 * The request for one answer. Plain-text profiles (adapter, qa) render the same prompt as this computer's model
 * and go to /v1/completions with the same stop strings; the template profile sends messages to
 * /v1/chat/completions, where the server applies the model's own chat template, or, given `promptTokens` (the
 * template rendered by llama-server and tokenized as the local engine does), those to /v1/completions, where
 * the answer ends at end-of-sequence like a chat answer.
 */
export function buildAnswerRequest(
  server: RemoteServerConfig,
  request: GenerateRequest,
  options: AnswerRequestOptions = {},
): AnswerRequest {
  const common: Record<string, unknown> = {
    ...modelField(server, request, options.fallbackModel ?? null),
    stream: true,
    stream_options: { include_usage: true },
    max_tokens: request.sampling.maxTokens,
    temperature: request.sampling.temperature,
    top_p: request.sampling.topP,
    // The local engine samples with top-k 40 and no min-p; llama-server's default min-p is 0.05.
    ...(server.software === 'llama-server' || server.software === 'vllm' ? { top_k: 40, min_p: 0 } : {}),
    ...loraField(server, request, options.adapterLoadScale ?? null),
  };
  if (request.profile === 'template') {
    if (options.promptTokens) {
      return {
        endpoint: '/v1/completions',
        body: { ...common, prompt: options.promptTokens, ...schemaFields(server, request, 'completions') },
        stopStrings: [],
      };
    }
    return {
      endpoint: '/v1/chat/completions',
      body: { ...common, messages: templateMessages(request), ...schemaFields(server, request, 'chat') },
      stopStrings: [],
    };
  }
  const rendered = renderProfilePrompt(request.profile, request.history, request.prompt);
  const stop = profileStopStrings(request.profile);
  return {
    endpoint: '/v1/completions',
    body: {
      ...common,
      prompt: options.promptTokens ?? rendered.text,
      stop,
      ...schemaFields(server, request, 'completions'),
    },
    stopStrings: stop,
  };
}

/** The conversation as chat messages, the new question last (the template profile). */
export function templateMessages(request: GenerateRequest): { role: 'user' | 'assistant'; content: string }[] {
  return [
    ...request.history.map((turn) => ({ role: turn.role, content: turn.text })),
    { role: 'user' as const, content: request.prompt },
  ];
}

/** The prompt text of a plain-text profile (for tokenizing it first). */
export function plainPromptText(request: GenerateRequest): string | null {
  if (request.profile === 'template') return null;
  return renderProfilePrompt(request.profile, request.history, request.prompt).text;
}

/** True when this request asks for the adapter (absent = the server's default, which includes it). */
export function wantsAdapter(request: GenerateRequest): boolean {
  return request.lora === undefined || (request.lora !== null && request.lora.scale > 0);
}

function modelField(
  server: RemoteServerConfig,
  request: GenerateRequest,
  fallbackModel: string | null,
): { model?: string } {
  if (server.adapter.mode === 'model-name' && wantsAdapter(request)) return { model: server.adapter.model };
  const model = server.model ?? fallbackModel;
  return model === null ? {} : { model };
}

/**
 * llama-server applies every --lora adapter at its launch scale unless the request lists it; an adapter not listed
 * in a non-empty list gets scale 0. So off is scale 0, never an empty list (which means "launch scales"), and the
 * adapter at its launch scale is that scale sent explicitly: a request without `lora` reuses the slot's cached
 * prompt computed under the previous request's scales. Left out only when the launch scale is not known.
 */
function loraField(
  server: RemoteServerConfig,
  request: GenerateRequest,
  loadScale: number | null,
): { lora?: { id: number; scale: number }[] } {
  if (server.adapter.mode !== 'llama-server-lora') return {};
  const scale = request.lora === undefined ? loadScale : request.lora === null ? 0 : request.lora.scale;
  return scale === null ? {} : { lora: [{ id: server.adapter.id, scale }] };
}

function schemaFields(
  server: RemoteServerConfig,
  request: GenerateRequest,
  endpoint: 'chat' | 'completions',
): Record<string, unknown> {
  const schema = request.jsonSchema;
  if (schema === undefined) return {};
  switch (server.software) {
    case 'llama-server':
      return { json_schema: schema };
    case 'vllm':
      return { structured_outputs: { json: schema } };
    case 'ollama':
    case 'other':
      if (endpoint === 'chat') {
        return { response_format: { type: 'json_schema', json_schema: { name: 'answer', strict: true, schema } } };
      }
      throw new EngineUnsupportedError(
        'jsonSchema',
        `${server.name} cannot hold a plain-text answer to a JSON format. Use this computer's model for this, or a ` +
          'llama-server or vLLM server.',
      );
  }
}
