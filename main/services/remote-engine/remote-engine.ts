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
import { buildAnswerRequest, plainPromptText } from './request-body';
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
  /** Model ids the server listed at the last health check. */
  private listedModels: string[] | null = null;
  /** The llama-server adapter's file, learned from /lora-adapters. */
  private adapterPath: string | null = null;

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

    const promptTokens = await this.promptTokens(parsed, signal);
    if (signal?.aborted) return emptyAbortedResult(parsed.profile);
    const { endpoint, body, stopStrings } = buildAnswerRequest(this.server, parsed, {
      fallbackModel: this.listedModels?.[0] ?? null,
      ...(promptTokens ? { promptTokens } : {}),
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
    const tokens = await this.serverTokenize(text, options.bos);
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
   * llama-server reads special tokens in a text prompt (`<start_of_turn>` would become Gemma's control token),
   * while the adapter was trained, and the local engine prompts, with the markers as plain text. So the prompt
   * is tokenized first with parse_special off and sent as token ids. Null: send the text as it is.
   */
  private async promptTokens(request: GenerateRequest, signal: AbortSignal | undefined): Promise<number[] | null> {
    if (this.server.software !== 'llama-server') return null;
    const text = plainPromptText(request);
    if (text === null) return null;
    try {
      return await this.serverTokenize(text, true, signal);
    } catch (error) {
      if (signal?.aborted) return null;
      throw error;
    }
  }

  /**
   * Tokens of `text` as the local engine makes them, BOS first when `bos`; null when the server has no /tokenize.
   * SentencePiece tokenizers that add a space prefix (Llama 2, TinyLlama, Mistral) put "▁" before the text's first
   * word on the server, while node-llama-cpp tokenizes the text after BOS without it (a different prompt, which
   * can change a greedy answer). So, as node-llama-cpp does, "\n" + text is tokenized and the tokens of "\n" cut off.
   */
  private async serverTokenize(text: string, bos: boolean, signal?: AbortSignal): Promise<number[] | null> {
    const [prefixed, newline, start] = await Promise.all([
      this.rawTokenize(`\n${text}`, false, signal),
      this.rawTokenize('\n', false, signal),
      bos ? this.rawTokenize('', true, signal) : Promise.resolve([]),
    ]);
    if (prefixed === null || newline === null || start === null) return null;
    const cut = newline.length > 0 && newline.every((token, index) => prefixed[index] === token);
    const tokens = cut ? prefixed.slice(newline.length) : await this.rawTokenize(text, false, signal);
    return tokens === null ? null : [...start, ...tokens];
  }

  /** Tokens from llama-server's /tokenize as it makes them; null when the server has no such endpoint. */
  private async rawTokenize(text: string, bos: boolean, signal?: AbortSignal): Promise<number[] | null> {
    const reply = await this.client.requestJson(
      'POST',
      '/tokenize',
      { content: text, add_special: bos, parse_special: false },
      signal,
    );
    if (reply.status === 404) return null;
    if (!isOk(reply)) throw this.client.errorOfReply(reply);
    const tokens = isRecord(reply.body) ? reply.body.tokens : undefined;
    if (!Array.isArray(tokens) || !tokens.every((token) => Number.isInteger(token) && (token as number) >= 0)) {
      throw new RemoteEngineError(
        'bad_response',
        `The server at ${this.client.address.host} answered /tokenize with something other than token ids.`,
      );
    }
    return tokens as number[];
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
    const reply = await this.client.requestJson('GET', '/lora-adapters', undefined, signal);
    if (!isOk(reply) || !Array.isArray(reply.body)) return null; // older servers: the answer itself will tell
    const entry: unknown = reply.body.find((item: unknown) => isRecord(item) && item.id === adapter.id);
    if (!isRecord(entry)) {
      return (
        `${this.server.name} has no adapter number ${adapter.id} (it was started with ${reply.body.length} --lora ` +
        'adapter(s)). Start llama-server with --lora pointing at the medical adapter, or fix the number.'
      );
    }
    this.adapterPath = typeof entry.path === 'string' ? entry.path : null;
    return null;
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
