// Prompts as token ids made the way this computer's engine (node-llama-cpp) makes them, computed with
// llama-server's /tokenize, /props and /apply-template. Sent as ids, a prompt is evaluated exactly as the local
// engine evaluates it, so greedy answers agree; sent as text, llama-server would read it its own way (special
// tokens parsed in plain-text prompts, a space prefix, BOS before every chat prompt).
import { randomBytes } from 'node:crypto';
import { RemoteEngineError } from './errors';
import type { OpenAiClient } from './openai-client';
import { isRecord } from './sse';

export interface TemplateMessage {
  role: 'user' | 'assistant';
  content: string;
}

interface SpecialToken {
  id: number;
  text: string;
}

interface SpecialTokens {
  bos: SpecialToken | null;
  eos: SpecialToken | null;
}

/**
 * A chat-template prompt in node-llama-cpp's pieces: the template's own text (tokenized with special tokens
 * parsed), message text (plain text) and the template's bos_token/eos_token (the tokens themselves).
 */
type PromptPart =
  { kind: 'template'; text: string } | { kind: 'message'; text: string } | { kind: 'token'; id: number };

const NO_SPECIAL_TOKENS: SpecialTokens = Object.freeze({ bos: null, eos: null });

export class LlamaServerTokens {
  private specialTokens: SpecialTokens | null = null;
  /** The server answered /apply-template with 404 (older llama-server): its chat endpoint applies the template. */
  private applyTemplateMissing = false;
  /** Tokens of the text every prompt needs (BOS alone, "\n"), asked once per engine rather than per answer. */
  private readonly fixedTokens = new Map<string, Promise<number[] | null>>();

  constructor(private readonly client: OpenAiClient) {}

  /** Drops what was learned of the server (its model may have changed): asked again at the next prompt. */
  forgetServerFacts(): void {
    this.specialTokens = null;
    this.applyTemplateMissing = false;
    this.fixedTokens.clear();
  }

  /**
   * Tokens of plain text, BOS first when `bos`, as node-llama-cpp tokenizes message text: without the space
   * prefix SentencePiece tokenizers (Llama 2, TinyLlama, Mistral) put before the first word — "\n" + text is
   * tokenized and the tokens of "\n" cut off. Null when the server has no /tokenize.
   */
  async plainText(text: string, bos: boolean, signal?: AbortSignal): Promise<number[] | null> {
    const [tokens, start] = await Promise.all([
      this.withoutSpacePrefix(text, false, signal),
      bos ? this.fixed('', { addSpecial: true, parseSpecial: false }) : Promise.resolve([]),
    ]);
    return tokens === null || start === null ? null : [...start, ...tokens];
  }

  /**
   * The prompt node-llama-cpp's Jinja chat wrapper evaluates for these messages, from the server's own template.
   * The template is rendered with a marker for each message's text and for bos_token/eos_token (llama-server
   * would otherwise drop a leading bos_token and add BOS itself, so a template that writes none would still get
   * one), then, as node-llama-cpp does: template text is tokenized with special tokens parsed (`</s>` between
   * turns is the token), message text as plain text, the markers of bos_token/eos_token become those tokens, and
   * BOS is there only where the template writes it. Null when the server cannot render its template this way
   * (no /apply-template or /tokenize, a message the template leaves out): its chat endpoint is used then.
   */
  async chatPrompt(messages: TemplateMessage[], signal?: AbortSignal): Promise<number[] | null> {
    if (this.applyTemplateMissing) return null;
    const nonce = randomBytes(6).toString('hex');
    const marker = (name: string): string => `[[mea-${nonce}-${name}]]`;
    const markers = {
      messages: messages.map((_, index) => marker(`m${index}`)),
      bos: marker('bos'),
      eos: marker('eos'),
    };
    const [rendered, specials] = await Promise.all([
      this.applyTemplate(
        {
          messages: messages.map((message, index) => ({ role: message.role, content: markers.messages[index] })),
          add_generation_prompt: true,
          chat_template_kwargs: { bos_token: markers.bos, eos_token: markers.eos },
        },
        signal,
      ),
      this.specials(signal),
    ]);
    if (rendered === null) return null;
    const parts = splitRendered(rendered, messages, markers, specials);
    if (parts === null) return null;
    // node-llama-cpp tokenizes template text at the very start as it is, later template text without a space
    // prefix; message text never gets one (see LlamaText.tokenize).
    const pieces = await Promise.all(parts.map((part, index) => this.partTokens(part, index > 0, specials, signal)));
    if (pieces.some((piece) => piece === null)) return null;
    return (pieces as number[][]).flat();
  }

  private async partTokens(
    part: PromptPart,
    afterContent: boolean,
    specials: SpecialTokens,
    signal: AbortSignal | undefined,
  ): Promise<number[] | null> {
    switch (part.kind) {
      case 'token':
        return [part.id];
      case 'message':
        return this.withoutSpacePrefix(part.text, false, signal);
      case 'template':
        if (!afterContent) return this.raw(part.text, { addSpecial: false, parseSpecial: true }, signal);
        return this.templateTextAfterContent(part.text, specials, signal);
    }
  }

  /**
   * Template text that follows other tokens, as node-llama-cpp tokenizes it ("trimLeadingSpace" with special
   * tokens): BOS's text (else EOS's) + text, tokenized, and everything up to that token cut off; without either,
   * the "\n" way. node-llama-cpp then checks that the leading spaces survived, which holds for SentencePiece
   * (its detokenizer drops the prefix space) and byte-level BPE alike, so the check is not repeated here.
   */
  private async templateTextAfterContent(
    text: string,
    specials: SpecialTokens,
    signal: AbortSignal | undefined,
  ): Promise<number[] | null> {
    const workaround = specials.bos ?? specials.eos;
    if (workaround !== null) {
      const tokens = await this.raw(workaround.text + text, { addSpecial: false, parseSpecial: true }, signal);
      if (tokens === null) return null;
      const at = tokens.indexOf(workaround.id);
      if (at === 0 || at === 1) return tokens.slice(at + 1);
    }
    return this.withoutSpacePrefix(text, true, signal);
  }

  /**
   * node-llama-cpp's "\n" way of tokenizing text that follows other tokens: text that starts with "\n" as it
   * is, else "\n" + text with the tokens of "\n" cut off (as it is when they cannot be).
   */
  private async withoutSpacePrefix(
    text: string,
    parseSpecial: boolean,
    signal: AbortSignal | undefined,
  ): Promise<number[] | null> {
    const options = { addSpecial: false, parseSpecial };
    if (text === '') return [];
    if (text.startsWith('\n')) return this.raw(text, options, signal);
    const [prefixed, newline] = await Promise.all([this.raw(`\n${text}`, options, signal), this.fixed('\n', options)]);
    if (prefixed === null || newline === null) return null;
    const cut = newline.length > 0 && newline.every((token, index) => prefixed[index] === token);
    return cut ? prefixed.slice(newline.length) : this.raw(text, options, signal);
  }

  /**
   * `raw` for text whose tokens never change while the engine lives (a server restarted with another model gets a
   * new engine). Shared by concurrent answers, so no answer's signal aborts it; a failure is not kept.
   */
  private fixed(text: string, options: { addSpecial: boolean; parseSpecial: boolean }): Promise<number[] | null> {
    const key = JSON.stringify([text, options.addSpecial, options.parseSpecial]);
    let tokens = this.fixedTokens.get(key);
    if (tokens === undefined) {
      tokens = this.raw(text, options);
      this.fixedTokens.set(key, tokens);
      tokens.catch(() => this.fixedTokens.delete(key));
    }
    return tokens;
  }

  /** Tokens from llama-server's /tokenize as it makes them; null when the server has no such endpoint. */
  private async raw(
    text: string,
    options: { addSpecial: boolean; parseSpecial: boolean },
    signal?: AbortSignal,
  ): Promise<number[] | null> {
    const reply = await this.client.requestJson(
      'POST',
      '/tokenize',
      { content: text, add_special: options.addSpecial, parse_special: options.parseSpecial },
      signal,
    );
    if (reply.status === 404) return null;
    if (!isOk(reply.status)) throw this.client.errorOfReply(reply);
    const tokens = isRecord(reply.body) ? reply.body.tokens : undefined;
    if (!Array.isArray(tokens) || !tokens.every((token) => Number.isInteger(token) && (token as number) >= 0)) {
      throw this.badResponse('/tokenize', 'token ids');
    }
    return tokens as number[];
  }

  /**
   * The rendered prompt; null when the server has no /apply-template, or cannot render these messages this way
   * (its chat endpoint, which renders without the markers, then answers or says what is wrong).
   */
  private async applyTemplate(body: Record<string, unknown>, signal: AbortSignal | undefined): Promise<string | null> {
    const reply = await this.client.requestJson('POST', '/apply-template', body, signal);
    if (reply.status === 404) {
      this.applyTemplateMissing = true;
      return null;
    }
    if (reply.status === 400 || reply.status === 422 || reply.status === 501) return null;
    if (!isOk(reply.status)) throw this.client.errorOfReply(reply);
    const prompt = isRecord(reply.body) ? reply.body.prompt : undefined;
    if (typeof prompt !== 'string') throw this.badResponse('/apply-template', 'a prompt');
    return prompt;
  }

  /** BOS and EOS with their text, from /props (kept once known; none when the server has no /props). */
  private async specials(signal: AbortSignal | undefined): Promise<SpecialTokens> {
    if (this.specialTokens !== null) return this.specialTokens;
    const reply = await this.client.requestJson('GET', '/props', undefined, signal);
    if (reply.status === 404) return (this.specialTokens = NO_SPECIAL_TOKENS);
    if (!isOk(reply.status)) throw this.client.errorOfReply(reply);
    const props = isRecord(reply.body) ? reply.body : {};
    const [bos, eos] = await Promise.all([
      this.specialToken(props.bos_token, signal),
      this.specialToken(props.eos_token, signal),
    ]);
    return (this.specialTokens = { bos, eos });
  }

  /** The token whose text /props gave; null when there is none or the text is not one special token. */
  private async specialToken(text: unknown, signal: AbortSignal | undefined): Promise<SpecialToken | null> {
    if (typeof text !== 'string' || text === '') return null;
    const tokens = await this.raw(text, { addSpecial: false, parseSpecial: true }, signal);
    return tokens?.length === 1 && tokens[0] !== undefined ? { id: tokens[0], text } : null;
  }

  private badResponse(path: string, what: string): RemoteEngineError {
    return new RemoteEngineError(
      'bad_response',
      `The server at ${this.client.address.host} answered ${path} with something other than ${what}.`,
    );
  }
}

/**
 * Splits the rendered template at the markers as node-llama-cpp splits its own rendering: template text, message
 * text and the bos_token/eos_token tokens, empty pieces dropped and neighbours of the same kind joined. Null when
 * a message's marker is missing or a bos_token/eos_token the server cannot name was written.
 */
function splitRendered(
  rendered: string,
  messages: TemplateMessage[],
  markers: { messages: string[]; bos: string; eos: string },
  specials: SpecialTokens,
): PromptPart[] | null {
  const byMarker = new Map<string, PromptPart | 'unknown'>();
  markers.messages.forEach((marker, index) => {
    byMarker.set(marker, { kind: 'message', text: messages[index]?.content ?? '' });
  });
  byMarker.set(markers.bos, specials.bos ? { kind: 'token', id: specials.bos.id } : 'unknown');
  byMarker.set(markers.eos, specials.eos ? { kind: 'token', id: specials.eos.id } : 'unknown');
  const pattern = new RegExp([...byMarker.keys()].map(escapeRegExp).join('|'), 'g');

  const parts: PromptPart[] = [];
  const seen = new Set<string>();
  const push = (part: PromptPart): void => {
    if (part.kind !== 'token' && part.text === '') return;
    const last = parts.at(-1);
    if (last !== undefined && last.kind === part.kind && last.kind !== 'token' && part.kind !== 'token') {
      parts[parts.length - 1] = { kind: last.kind, text: last.text + part.text };
    } else {
      parts.push(part);
    }
  };
  let from = 0;
  for (const match of rendered.matchAll(pattern)) {
    push({ kind: 'template', text: rendered.slice(from, match.index) });
    const part = byMarker.get(match[0]);
    if (part === undefined || part === 'unknown') return null;
    push(part);
    seen.add(match[0]);
    from = match.index + match[0].length;
  }
  push({ kind: 'template', text: rendered.slice(from) });
  return markers.messages.every((marker) => seen.has(marker)) ? parts : null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isOk(status: number): boolean {
  return status >= 200 && status < 300;
}
