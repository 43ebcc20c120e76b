// Sends questions to the model and streams answers: checks the question's scope, saves the question,
// saves the answer (with its safety notices) while it streams, emits small {requestId, delta} events,
// and marks the answer complete, stopped or failed.
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../preload/contract/envelope';
import type { AdapterChoice, Conversation, Message } from '../../../preload/contract/schemas';
import type { EventSink } from '../events';
import type { AnswerGrounding } from '../grounding';
import type { ConversationRepository, MessageRepository } from '../store';
import type { ActiveModel, GenerateInput } from '../model/model-service';
import { HostCrashedError, type GenerateResult } from '../model-host';
import type { SafetyAssessment, SafetyNoticeKind } from '../safety/types';
import type { ScopeDecision } from '../scope/types';
import { DeltaCoalescer } from '../streaming/delta-coalescer';
import { historyFromMessages, titleFromQuestion } from './history';
import type { ScopeGate, ScopeVerdict } from './scope-gate';
import { ThrottledSaver } from './throttled-saver';

/** What the chat needs from the model side (ModelService in the app). */
export interface AnswerGenerator {
  /** The model that answers with this adapter choice (the profile depends on it), on this engine (null: local). */
  requireActiveModel(adapter?: AdapterChoice, engine?: string | null): ActiveModel;
  /** The adapter choice a new conversation starts with. */
  defaultAdapterChoice(): AdapterChoice;
  generate(
    input: GenerateInput,
    options: { requestId: string; signal: AbortSignal; onDelta: (text: string) => void },
  ): Promise<GenerateResult>;
}

/** The checks every question goes through: the scope gate before, the safety notices with the answer. */
export interface ChatSafeguards {
  scope: ScopeGate;
  assessSafety(text: string): SafetyAssessment;
}

export interface ChatServiceOptions {
  /** How often a streaming answer is written to disk (the issue asks for at least once a second). */
  saveIntervalMs?: number;
  /** How often token deltas are sent to the renderer. */
  deltaIntervalMs?: number;
  /** Gives answers the student's relevant cards (conversations with "Use my cards" on); absent: never. */
  grounding?: AnswerGrounding;
  /** The engine of a new conversation sent without one (the settings' default); absent: this computer. */
  defaultEngine?: () => string | null;
}

interface ActiveRequest {
  controller: AbortController;
  conversationId: number;
  done: Promise<void>;
}

export interface StartedAnswer {
  requestId: string;
  conversation: Conversation;
  assistantMessage: Message;
}

export interface SendRequest {
  conversationId: number | null;
  text: string;
  adapter?: AdapterChoice;
  /** "Use my cards" for a new conversation (default on); an existing one keeps its own. */
  useCards?: boolean;
  /** "Ask anyway" after a decline: answer, and remember it for the conversation ('ask' mode only). */
  askAnyway?: boolean;
  /** The engine of a new conversation (a server id; null: this computer; absent: the default); an existing one keeps its own. */
  engine?: string | null;
}

export type SendOutcome =
  | ({ outcome: 'answering'; userMessage: Message } & StartedAnswer)
  | { outcome: 'out_of_scope'; decision: ScopeDecision; canAskAnyway: boolean; notices: SafetyNoticeKind[] };

export class ChatService {
  private readonly active = new Map<string, ActiveRequest>();
  private readonly saveIntervalMs: number;
  private readonly deltaIntervalMs: number;
  private readonly grounding: AnswerGrounding | null;
  private readonly defaultEngine: () => string | null;

  constructor(
    private readonly conversations: ConversationRepository,
    private readonly messages: MessageRepository,
    private readonly generator: AnswerGenerator,
    private readonly events: EventSink,
    private readonly safeguards: ChatSafeguards,
    options: ChatServiceOptions = {},
  ) {
    this.saveIntervalMs = options.saveIntervalMs ?? 500;
    this.deltaIntervalMs = options.deltaIntervalMs ?? 16;
    this.grounding = options.grounding ?? null;
    this.defaultEngine = options.defaultEngine ?? (() => null);
  }

  /**
   * Checks the question's scope, then saves it and starts streaming the answer; returns as soon as
   * both rows exist. A declined question returns 'out_of_scope' and saves nothing. The scope check
   * comes before the model check, so a decline works while no model is loaded. skipScopeGuard is
   * for questions the app itself builds from the student's cards (review "Explain"), never for typed text.
   */
  send(request: SendRequest, options: { skipScopeGuard?: boolean } = {}): SendOutcome {
    this.safeguards.scope.assertNotBlank(request.text);
    const existing = request.conversationId === null ? null : this.requireConversation(request.conversationId);
    const verdict: ScopeVerdict = options.skipScopeGuard
      ? { verdict: 'answer', rememberOverride: false }
      : this.safeguards.scope.check(request.text, {
          overridden: existing?.scopeOverride ?? false,
          askAnyway: request.askAnyway ?? false,
        });
    if (verdict.verdict === 'decline') {
      // Safety is decided independently of scope: a declined question keeps its notices.
      const { notices } = this.safeguards.assessSafety(request.text);
      return { outcome: 'out_of_scope', decision: verdict.decision, canAskAnyway: verdict.canAskAnyway, notices };
    }
    // An existing conversation keeps its stored choice; a new one takes the one asked for.
    const adapter = existing ? adapterOf(existing) : (request.adapter ?? this.generator.defaultAdapterChoice());
    const engine = existing ? existing.engine : request.engine === undefined ? this.defaultEngine() : request.engine;
    const model = this.generator.requireActiveModel(adapter, engine);
    this.assertIdle();
    // The conversation, the question and the empty answer row are saved in one transaction, so a
    // crash never leaves a question without its answer row or an empty conversation.
    const saved = this.messages.atomically(() => {
      let conversation = existing ?? this.conversations.create(titleFromQuestion(request.text), adapter, engine);
      if (!existing && request.useCards === false)
        conversation = this.conversations.setUseCards(conversation.id, false);
      if (verdict.rememberOverride) conversation = this.conversations.setScopeOverride(conversation.id, true);
      const history = historyFromMessages(this.messages.listForConversation(conversation.id));
      const userMessage = this.messages.addUser(conversation.id, request.text);
      const answer = this.saveAnswerRow(conversation, model, request.text);
      return { conversation, history, userMessage, answer };
    });
    const started = this.beginStreaming(saved.conversation, saved.answer, {
      history: saved.history,
      prompt: request.text,
    });
    return { outcome: 'answering', ...started, userMessage: saved.userMessage };
  }

  /** Replaces the last answer of a conversation with a new one to the same question (no new scope check). */
  regenerate(conversationId: number): StartedAnswer {
    const conversation = this.requireConversation(conversationId);
    const model = this.generator.requireActiveModel(adapterOf(conversation), conversation.engine);
    this.assertIdle();
    const stored = this.messages.listForConversation(conversationId);
    const last = stored.at(-1);
    const question = last?.role === 'assistant' ? stored.at(-2) : last;
    if (!question || question.role !== 'user') {
      throw new ApiError('conflict', 'There is no question to answer again in this conversation.');
    }
    const history = historyFromMessages(stored.slice(0, stored.indexOf(question)));
    // The old answer goes and the new answer row comes in one transaction.
    const answer = this.messages.atomically(() => {
      if (last?.role === 'assistant') this.messages.delete(last.id);
      return this.saveAnswerRow(conversation, model, question.content);
    });
    return this.beginStreaming(conversation, answer, { history, prompt: question.content });
  }

  /** Stops an answer; what was generated so far is kept and marked 'stopped'. */
  stop(requestId: string): { stopped: boolean } {
    const request = this.active.get(requestId);
    if (!request) return { stopped: false };
    request.controller.abort();
    return { stopped: true };
  }

  isGenerating(): boolean {
    return this.active.size > 0;
  }

  /** Stops every answer and waits until each has been saved. */
  /** Whether an answer is being generated now. */
  isRunning(): boolean {
    return this.active.size > 0;
  }

  async dispose(): Promise<void> {
    const pending = [...this.active.values()];
    for (const request of pending) request.controller.abort();
    await Promise.all(pending.map((request) => request.done));
  }

  /** The empty 'streaming' answer row, with the safety notices decided from the question. */
  private saveAnswerRow(conversation: Conversation, model: ActiveModel, prompt: string): Message {
    // Decided from the question alone, so the notices are the same whatever the model answers; stored
    // now so they show while the answer streams and stay when it ends, however it ends.
    const { notices } = this.safeguards.assessSafety(prompt);
    const assistantMessage = this.messages.startAssistant(conversation.id, {
      modelName: model.modelName,
      profile: model.profile,
      notices,
    });
    this.conversations.touch(conversation.id);
    return assistantMessage;
  }

  private beginStreaming(
    conversation: Conversation,
    assistantMessage: Message,
    input: Pick<GenerateInput, 'history' | 'prompt'>,
  ): StartedAnswer {
    const requestId = randomUUID();
    const controller = new AbortController();
    const request: ActiveRequest = { controller, conversationId: conversation.id, done: Promise.resolve() };
    this.active.set(requestId, request);
    // Start on the next turn of the event loop, so the caller's reply (which carries the requestId)
    // is on its way before the first delta or a fast failure is emitted.
    const generateInput: GenerateInput = {
      ...input,
      sessionKey: String(conversation.id),
      adapter: adapterOf(conversation),
      engine: conversation.engine,
    };
    request.done = new Promise<void>((resolve) => setImmediate(resolve)).then(() =>
      this.stream(requestId, assistantMessage, generateInput, controller, conversation.useCards),
    );
    return { requestId, conversation: this.requireConversation(conversation.id), assistantMessage };
  }

  private async stream(
    requestId: string,
    message: Message,
    question: GenerateInput,
    controller: AbortController,
    useCards: boolean,
  ): Promise<void> {
    let text = '';
    const saver = new ThrottledSaver(
      (content) => this.messages.updateStreamingContent(message.id, content),
      this.saveIntervalMs,
    );
    const batcher = new DeltaCoalescer((delta) => this.events.emit('chat:delta', { requestId, delta }), {
      intervalMs: this.deltaIntervalMs,
    });
    let final: Message;
    let stats = null;
    try {
      const input = useCards ? await this.groundInCards(message, question, controller.signal) : question;
      const result = await this.generator.generate(input, {
        requestId,
        signal: controller.signal,
        onDelta: (delta) => {
          text += delta;
          batcher.push(delta);
          saver.maybeSave(text);
        },
      });
      batcher.flush();
      final = this.messages.finish(message.id, {
        content: result.text,
        status: result.stopReason === 'abort' ? 'stopped' : 'complete',
        tokens: result.tokens,
        tokensPerSecond: result.tokensPerSecond,
      });
      stats = { tokens: result.tokens, tokensPerSecond: result.tokensPerSecond, modelName: message.modelName };
    } catch (error) {
      batcher.flush();
      final = this.messages.finish(message.id, {
        content: text,
        status: endStatusAfter(error, controller.signal.aborted),
        error: describeFailure(error),
      });
    } finally {
      this.active.delete(requestId);
    }
    this.conversations.touch(message.conversationId);
    this.events.emit('chat:done', { requestId, conversationId: message.conversationId, message: final, stats });
  }

  /**
   * The question with the student's relevant cards (and earlier answers, with the setting on) in front
   * of it, their copies stored with the answer
   * first (so a stopped or failed answer still shows what it was given); unchanged without cards.
   */
  private async groundInCards(message: Message, input: GenerateInput, signal: AbortSignal): Promise<GenerateInput> {
    if (this.grounding === null) return input;
    const grounded = await this.grounding.ground(input.prompt, {
      signal,
      conversationId: message.conversationId,
      engine: input.engine ?? null,
    });
    if (grounded === null) return input;
    this.messages.setGrounding(message.id, grounded.grounding, [...grounded.cards, ...grounded.answers]);
    return { ...input, prompt: grounded.prompt };
  }

  private requireConversation(id: number): Conversation {
    const conversation = this.conversations.get(id);
    if (!conversation) throw new ApiError('not_found', `Conversation ${id} does not exist (it may have been deleted).`);
    return conversation;
  }

  private assertIdle(): void {
    if (this.active.size > 0) {
      throw new ApiError('conflict', 'An answer is still being generated. Stop it or wait for it to finish.');
    }
  }
}

function adapterOf(conversation: Conversation): AdapterChoice {
  return { enabled: conversation.adapterEnabled, scale: conversation.adapterScale };
}

/** A model process that died (or was killed for not stopping) cut the answer off; else it failed or was stopped. */
function endStatusAfter(error: unknown, stopped: boolean): 'interrupted' | 'stopped' | 'failed' {
  if (error instanceof HostCrashedError) return 'interrupted';
  return stopped ? 'stopped' : 'failed';
}

function describeFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 2000 ? `${message.slice(0, 2000)}…` : message;
}
