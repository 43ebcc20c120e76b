// The remote engine: an OpenAI-compatible server (llama-server, vLLM, Ollama) behind the Engine interface.
// Requests go from main only; the scope guard and safety notices have already run before generate is called.
import type {
  Engine,
  EngineAdapterInfo,
  EngineDescription,
  EngineGenerateOptions,
  EngineHealth,
} from '../engine/engine';
import { EngineUnsupportedError } from '../engine/engine';
import { LeadingWhitespaceTrimmer } from '../model-host/leading-whitespace';
import {
  emptyAbortedResult,
  generateRequestSchema,
  type GenerateRequest,
  type GenerateResult,
  type StopReason,
} from '../model-host/protocol';
import { RemoteEngineError } from './errors';
import { OpenAiClient, type JsonReply, type RemoteTimeouts, type StreamEnd } from './openai-client';
import { LlamaServerTokens } from './llama-server-tokens';
import { buildAnswerRequest, plainPromptText, templateMessages } from './request-body';
import type { RemoteServerConfig } from './server-config';
import { errorBodyOf, isRecord } from './sse';
import { StopStringFilter } from './stop-filter';
import { readPayload } from './stream-payload';
import { checkServerUrl } from './url-policy';

export interface RemoteEngineOptions {
  server: RemoteServerConfig;
  /** The server's API key in clear (decrypted by the caller just for this engine); null when it needs none. */
  apiKey: string | null;
  /** Test seam; Node's own fetch otherwise. */
  fetch?: typeof fetch;
  timeouts?: Partial<RemoteTimeouts>;
}

export class RemoteEngine implements Engine {
  readonly kind = 'remote' as const;
  readonly server: RemoteServerConfig;
  private readonly client: OpenAiClient;
  private readonly llamaServerTokens: LlamaServerTokens;
  /** Model ids the server listed at the last health check. */
  private listedModels: string[] | null = null;
  /** The llama-server adapter's file, learned from /lora-adapters. */
  private adapterPath: string | null = null;
  /** The llama-server adapter's scale at launch, learned from /lora-adapters. */
  private adapterLoadScale: number | null = null;

  /** Throws RemoteEngineError (invalid_url, tls_required) for an address the policy refuses: nothing is sent. */
  constructor(options: RemoteEngineOptions) {
    this.server = options.server;
    const address = checkServerUrl(options.server.baseUrl, { allowLocalNetwork: options.server.allowLocalNetwork });
    this.client = new OpenAiClient({
      address,
      apiKey: options.apiKey,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.timeouts ? { timeouts: options.timeouts } : {}),
    });
    this.llamaServerTokens = new LlamaServerTokens(this.client);
  }

  /**
   * Streams one answer. Stop (the signal) closes the request and resolves with the partial text and 'abort'.
   * Any failure rejects with RemoteEngineError whose partialText holds what had arrived.
   */
  async generate(request: GenerateRequest, options: EngineGenerateOptions = {}): Promise<GenerateResult> {
    const parsed = generateRequestSchema.parse(request);
    const { signal, onDelta } = options;
    if (signal?.aborted) return emptyAbortedResult(parsed.profile);
    const startedAt = performance.now();

    let promptTokens: number[] | null = null;
    let adapterLoadScale: number | null = null;
    try {
      [promptTokens, adapterLoadScale] = await Promise.all([
        this.promptTokens(parsed, signal),
        this.loadScaleFor(parsed, signal),
      ]);
    } catch (error) {
      // After Stop, a failed preparation request is a consequence of the Stop.
      if (!signal?.aborted) throw error;
    }
    if (signal?.aborted) return emptyAbortedResult(parsed.profile);
    const { endpoint, body, stopStrings } = buildAnswerRequest(this.server, parsed, {
      fallbackModel: this.listedModels?.[0] ?? null,
      ...(promptTokens ? { promptTokens } : {}),
      adapterLoadScale,
    });

    const stopFilter = new StopStringFilter(stopStrings);
    const trimmer = new LeadingWhitespaceTrimmer();
    // Stopping early once the client sees a stop string the server missed.
    const local = new AbortController();
    const linked = signal ? AbortSignal.any([signal, local.signal]) : local.signal;
    let text = '';
    let pieces = 0;
    let firstTokenAt: number | null = null;
    let finishReason: string | null = null;
    let completionTokens: number | null = null;
    let evaluatedTokens: number | null = null;
    const emit = (raw: string): void => {
      const out = trimmer.push(raw);
      if (out === '') return;
      text += out;
      onDelta?.(out);
    };

    let end: StreamEnd;
    try {
      end = await this.client.stream(endpoint, body, {
        signal: linked,
        onPayload: (payload) => {
          const piece = readPayload(payload);
          if (piece.text !== '') {
            pieces++;
            firstTokenAt ??= performance.now();
            emit(stopFilter.push(piece.text));
            if (stopFilter.hit) local.abort();
          }
          finishReason = piece.finishReason ?? finishReason;
          completionTokens = piece.completionTokens ?? completionTokens;
          evaluatedTokens = piece.evaluatedTokens ?? evaluatedTokens;
        },
      });
    } catch (error) {
      // After Stop, whatever failed next (an error reply read while closing) is a consequence of the Stop.
      if (signal?.aborted) end = 'aborted';
      else if (error instanceof RemoteEngineError) throw error.withPartialText(text);
      else throw error;
    }
    if (end === 'eof' && finishReason === null && !stopFilter.hit) {
      throw new RemoteEngineError(
        'stream_error',
        `The server at ${this.client.address.host} ended the answer before it was finished. The part that arrived ` +
          "is kept; try again, or switch this conversation back to this computer's model.",
        { partialText: text },
      );
    }
    // Held-back text could only be the start of a stop string; after Stop it is dropped, otherwise it is answer.
    if (end !== 'aborted') emit(stopFilter.flush());

    const endedAt = performance.now();
    const tokens = completionTokens ?? pieces;
    const decodeSeconds = firstTokenAt === null ? 0 : (endedAt - firstTokenAt) / 1000;
    return {
      text,
      stopReason: stopReasonOf(end, stopFilter.hit, finishReason, parsed, signal),
      tokens,
      evaluatedTokens: evaluatedTokens ?? 0,
      tokensPerSecond: tokens > 1 && decodeSeconds > 0 ? (tokens - 1) / decodeSeconds : 0,
      timeToFirstTokenMs: firstTokenAt === null ? null : firstTokenAt - startedAt,
      profile: parsed.profile,
    };
  }

  /** llama-server's POST /tokenize, with the markers as plain text like the local engine; others cannot. */
  async tokenize(text: string, options: { bos: boolean }): Promise<number[]> {
    if (this.server.software !== 'llama-server') {
      throw new EngineUnsupportedError(
        'tokenize',
        `${this.server.name} cannot count tokens for the app (only llama-server offers it).`,
      );
    }
    const tokens = await this.llamaServerTokens.plainText(text, options.bos);
    if (tokens === null) {
      throw new EngineUnsupportedError('tokenize', `${this.server.name} does not offer /tokenize.`);
    }
    return tokens;
  }

  /**
   * Probes /health (where the server has it), /v1/models, and for llama-server adapters /lora-adapters; says
   * in words what is wrong when the server cannot answer with the configured model and adapter.
   */
  async health(signal?: AbortSignal): Promise<EngineHealth> {
    this.llamaServerTokens.forgetServerFacts();
    const startedAt = performance.now();
    let latencyMs: number | undefined;
    const timed = async (reply: Promise<JsonReply>): Promise<JsonReply> => {
      const result = await reply;
      latencyMs ??= performance.now() - startedAt;
      return result;
    };
    try {
      const health = await timed(this.client.requestJson('GET', '/health', undefined, signal));
      // Ollama has no /health; llama-server answers 503 while it loads its model.
      if (health.status !== 404 && !isOk(health)) return this.notReady(health, latencyMs);
      const models = await timed(this.client.requestJson('GET', '/v1/models', undefined, signal));
      if (!isOk(models)) return this.notReady(models, latencyMs);
      const ids = modelIdsOf(models.body);
      if (ids === null) {
        return unavailable(
          `The server at ${this.client.address.host} does not list its models like an OpenAI-compatible server.`,
          latencyMs,
        );
      }
      this.listedModels = ids;
      const missing = this.missingModel(ids);
      if (missing !== null) return { ...unavailable(missing, latencyMs), models: ids };
      const adapterProblem = await this.checkLlamaServerAdapter(signal);
      if (adapterProblem !== null) return { ...unavailable(adapterProblem, latencyMs), models: ids };
      return {
        ok: true,
        status: 'ready',
        message: null,
        ...(latencyMs === undefined ? {} : { latencyMs }),
        models: ids,
      };
    } catch (error) {
      if (signal?.aborted) throw error;
      if (error instanceof RemoteEngineError) return unavailable(error.message, latencyMs);
      throw error;
    }
  }

  describe(): EngineDescription {
    return {
      kind: 'remote',
      name: this.server.name,
      modelName: this.server.model ?? this.listedModels?.[0] ?? null,
      adapter: this.adapterInfo(),
    };
  }

  private adapterInfo(): EngineAdapterInfo {
    const adapter = this.server.adapter;
    switch (adapter.mode) {
      case 'llama-server-lora':
        return { mode: adapter.mode, name: this.adapterPath ?? `--lora #${adapter.id}`, scalable: true };
      case 'model-name':
        return { mode: adapter.mode, name: adapter.model, scalable: false };
      case 'none':
        return { mode: 'none', name: null, scalable: false };
    }
  }

  /**
   * The prompt as token ids the local engine would evaluate, for llama-server; null: send the text or messages.
   * llama-server reads special tokens in a text prompt (`<start_of_turn>` would become Gemma's control token),
   * while the adapter was trained, and the local engine prompts, with the markers as plain text; and it puts BOS
   * before every chat prompt, while the local engine has BOS only where the model's template writes bos_token.
   */
  private async promptTokens(request: GenerateRequest, signal: AbortSignal | undefined): Promise<number[] | null> {
    if (this.server.software !== 'llama-server') return null;
    if (request.profile === 'template') {
      return this.llamaServerTokens.chatPrompt(templateMessages(request), signal);
    }
    const text = plainPromptText(request);
    return text === null ? null : this.llamaServerTokens.plainText(text, true, signal);
  }

  /**
   * The adapter's launch scale, for a request that leaves the scale to the server. It is sent explicitly: a
   * llama-server request without `lora` reuses the slot's cached prompt computed under the previous request's
   * scales, so "the launch scale" must be asked for like any other. Null: not a llama-server adapter, a request
   * that names its scale, or a server that does not say (then the field is left out; asked again next time).
   */
  private async loadScaleFor(request: GenerateRequest, signal: AbortSignal | undefined): Promise<number | null> {
    if (this.server.adapter.mode !== 'llama-server-lora' || request.lora !== undefined) return null;
    if (this.adapterLoadScale === null) await this.readLlamaServerAdapter(this.server.adapter.id, signal);
    return this.adapterLoadScale;
  }

  private notReady(reply: JsonReply, latencyMs: number | undefined): EngineHealth {
    const error = this.client.errorOfReply(reply);
    const loading = reply.status === 503 && /load/i.test(errorBodyOf(reply.body).message);
    return {
      ok: false,
      status: loading ? 'loading' : 'unavailable',
      message: loading ? `${this.server.name} is still loading its model; try again in a minute.` : error.message,
      ...(latencyMs === undefined ? {} : { latencyMs }),
    };
  }

  /** llama-server serves one model whatever name is asked for; the others must list the names used. */
  private missingModel(ids: string[]): string | null {
    if (this.server.software === 'llama-server') return null;
    const wanted = [this.server.model, this.server.adapter.mode === 'model-name' ? this.server.adapter.model : null];
    for (const name of wanted) {
      if (name !== null && !ids.includes(name)) {
        const offered = ids.length === 0 ? 'no models' : ids.slice(0, 8).join(', ');
        return `${this.server.name} does not offer the model "${name}" (it offers: ${offered}). Check the model and adapter names in its settings.`;
      }
    }
    return null;
  }

  private async checkLlamaServerAdapter(signal: AbortSignal | undefined): Promise<string | null> {
    const adapter = this.server.adapter;
    if (adapter.mode !== 'llama-server-lora') return null;
    const adapters = await this.readLlamaServerAdapter(adapter.id, signal);
    if (adapters === null || adapters.found) return null; // older servers: the answer itself will tell
    return (
      `${this.server.name} has no adapter number ${adapter.id} (it was started with ${adapters.count} --lora ` +
      'adapter(s)). Start llama-server with --lora pointing at the medical adapter, or fix the number.'
    );
  }

  /**
   * Reads GET /lora-adapters ([{id, path, scale}]) and keeps the adapter's file and launch scale. Null when the
   * server does not list its adapters.
   */
  private async readLlamaServerAdapter(
    id: number,
    signal: AbortSignal | undefined,
  ): Promise<{ found: boolean; count: number } | null> {
    const reply = await this.client.requestJson('GET', '/lora-adapters', undefined, signal);
    if (!isOk(reply) || !Array.isArray(reply.body)) return null;
    const entry: unknown = reply.body.find((item: unknown) => isRecord(item) && item.id === id);
    if (!isRecord(entry)) return { found: false, count: reply.body.length };
    this.adapterPath = typeof entry.path === 'string' ? entry.path : null;
    const scale = entry.scale;
    this.adapterLoadScale = typeof scale === 'number' && Number.isFinite(scale) && scale >= 0 ? scale : null;
    return { found: true, count: reply.body.length };
  }
}

function stopReasonOf(
  end: StreamEnd,
  clientStop: boolean,
  finishReason: string | null,
  request: GenerateRequest,
  signal: AbortSignal | undefined,
): StopReason {
  if (clientStop) return 'stopTrigger';
  if (end === 'aborted' || signal?.aborted) return 'abort';
  if (finishReason === 'length') return 'maxTokens';
  // The OpenAI API does not say whether a stop string or end-of-sequence ended it; a plain-text profile's
  // answers normally end at their stop strings.
  if (finishReason === 'stop' && request.profile !== 'template') return 'stopTrigger';
  return 'eos';
}

function isOk(reply: JsonReply): boolean {
  return reply.status >= 200 && reply.status < 300;
}

function unavailable(message: string, latencyMs: number | undefined): EngineHealth {
  return { ok: false, status: 'unavailable', message, ...(latencyMs === undefined ? {} : { latencyMs }) };
}

/** Model ids of a /v1/models reply ({data: [{id}]}); null when it is not that shape. */
function modelIdsOf(body: unknown): string[] | null {
  if (!isRecord(body) || !Array.isArray(body.data)) return null;
  return body.data.flatMap((item: unknown) => (isRecord(item) && typeof item.id === 'string' ? [item.id] : []));
}
