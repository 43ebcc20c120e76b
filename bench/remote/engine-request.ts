// The exact answer request the app's RemoteEngine sends for a question, captured without generating anything:
// a second engine whose fetch passes every request to the server except the answer itself, which it records
// and answers locally with an empty stream. Its preparation requests (llama-server's /tokenize, probes) reach
// the real server, so the body is the one the engine would send, byte for byte.
import type { GenerateRequest } from '../../main/services/engine';
import { RemoteEngine, type RemoteEngineOptions } from '../../main/services/remote-engine';

export interface CapturedRequest {
  url: string;
  /** The JSON body as sent. */
  body: string;
}

const ANSWER_PATH = /\/v1\/(chat\/)?completions$/;

export class EngineRequestCapture {
  private readonly engine: RemoteEngine;
  private captured: CapturedRequest | null = null;

  constructor(options: RemoteEngineOptions) {
    const upstream = options.fetch ?? fetch;
    const capturing: typeof fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (init?.method === 'POST' && ANSWER_PATH.test(new URL(url).pathname)) {
        this.captured = { url, body: typeof init.body === 'string' ? init.body : '' };
        return Promise.resolve(
          new Response('data: [DONE]\n\n', { status: 200, headers: { 'content-type': 'text/event-stream' } }),
        );
      }
      return upstream(input, init);
    };
    this.engine = new RemoteEngine({ ...options, fetch: capturing });
  }

  /** Lets the engine learn what it learns from its probes (model names, the adapter) before the first capture. */
  async prepare(): Promise<void> {
    await this.engine.health();
  }

  async requestFor(request: GenerateRequest): Promise<CapturedRequest> {
    this.captured = null;
    await this.engine.generate(request);
    if (this.captured === null) throw new Error('the engine sent no answer request');
    return this.captured;
  }
}

/** Prompt tokens of a captured body when the prompt went as token ids (llama-server); null otherwise. */
export function promptTokenCount(body: string): number | null {
  const prompt = (JSON.parse(body) as { prompt?: unknown }).prompt;
  return Array.isArray(prompt) ? prompt.length : null;
}
