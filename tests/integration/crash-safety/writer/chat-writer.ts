// Chat streaming under the real ChatService: questions, throttled partial saves, final answers; each acked.
import type { Database } from 'better-sqlite3';
import { ChatService } from '../../../../main/services/chat/chat-service';
import { ScopeGate } from '../../../../main/services/chat/scope-gate';
import type { EventSink } from '../../../../main/services/events';
import { ConversationRepository, MessageRepository } from '../../../../main/services/store';
import type { EventChannel, EventPayload } from '../../../../preload/contract/channels';
import { checksum } from '../ack';
import { questionText } from '../texts';
import type { WriterContext } from './context';
import { ScriptedGenerator } from './scripted-generator';

/** The app's repository, reporting each partial save once its UPDATE has committed. */
class AckingMessageRepository extends MessageRepository {
  constructor(
    db: Database,
    private readonly onSaved: (id: number, length: number) => void,
  ) {
    super(db);
  }

  override updateStreamingContent(id: number, content: string): boolean {
    const saved = super.updateStreamingContent(id, content);
    if (saved) this.onSaved(id, content.length);
    return saved;
  }
}

export async function runChatWriter(db: Database, ctx: WriterContext): Promise<void> {
  const finished = new Map<string, () => void>();
  const events: EventSink = {
    emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): void {
      if (channel !== 'chat:done') return;
      const { requestId, message } = payload as EventPayload<'chat:done'>;
      // Emitted after MessageRepository.finish committed the final row.
      ctx.ack({
        kind: 'chat-done',
        messageId: message.id,
        status: message.status,
        checksum: checksum(message.content),
      });
      finished.get(requestId)?.();
    },
  };
  const messages = new AckingMessageRepository(db, (messageId, length) =>
    ctx.ack({ kind: 'chat-partial', messageId, length }),
  );
  // The scope guard is off: which questions are medical is not what this test is about.
  const scope = new ScopeGate(
    { classify: () => ({ label: 'medical', score: 1, reason: 'test', matched: [] }) },
    { get: () => ({ scopeGuard: 'off' }) },
  );
  const chat = new ChatService(
    new ConversationRepository(db),
    messages,
    new ScriptedGenerator(ctx.rng),
    events,
    { scope, assessSafety: () => ({ notices: [], matched: [] }) },
    // Saves far more often than the app's 500 ms, so kills land between and inside many partial saves.
    { saveIntervalMs: 4, deltaIntervalMs: 16 },
  );

  let conversationId: number | null = null;
  for (let index = 0; ; index++) {
    const question = questionText(ctx.run, index);
    const reuse = conversationId !== null && ctx.rng.next() < 0.6;
    const outcome = chat.send({ conversationId: reuse ? conversationId : null, text: question });
    if (outcome.outcome !== 'answering') throw new Error(`question declined: ${outcome.decision.reason}`);
    ctx.ack({
      kind: 'chat-send',
      conversationId: outcome.conversation.id,
      userId: outcome.userMessage.id,
      assistantId: outcome.assistantMessage.id,
      question,
    });
    conversationId = outcome.conversation.id;
    const done = new Promise<void>((resolve) => finished.set(outcome.requestId, resolve));
    // Some answers are stopped part-way, as with the Stop button.
    if (ctx.rng.next() < 0.1) setTimeout(() => chat.stop(outcome.requestId), ctx.rng.int(2, 60));
    await done;
  }
}
