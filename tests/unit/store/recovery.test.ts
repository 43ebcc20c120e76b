// Crash recovery: answers left 'streaming' come back as 'interrupted' with their partial text.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ConversationRepository,
  MessageRepository,
  openDatabase,
  recoverInterruptedMessages,
} from '../../../main/services/store';
import { fakeClock, useHandles, useTempDir } from './helpers';

const newPath = useTempDir();
const track = useHandles();
const crashFixture = fileURLToPath(new URL('./fixtures/crash-mid-stream.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

describe('start-up recovery', () => {
  it('keeps partial text saved by updateStreamingContent when the handle closes without finish', () => {
    const path = newPath();
    const clock = fakeClock();
    const first = openDatabase(path, { now: clock.now });
    const conv = new ConversationRepository(first, { now: clock.now }).create('Cardio');
    const writer = new MessageRepository(first, { now: clock.now });
    const done = writer.startAssistant(conv.id, { modelName: 'm', profile: null });
    writer.finish(done.id, { content: 'finished answer', status: 'complete' });
    const answer = writer.startAssistant(conv.id, { modelName: 'm', profile: 'tutor' });
    writer.updateStreamingContent(answer.id, 'Preload is');
    first.close(); // the app dies: no finish()

    clock.advance(5_000);
    const db = track(openDatabase(path, { now: clock.now }));
    const reader = new MessageRepository(db);
    expect(reader.get(answer.id)).toMatchObject({
      status: 'interrupted',
      content: 'Preload is',
      profile: 'tutor',
      updatedAt: clock.now(),
    });
    expect(reader.get(done.id)).toMatchObject({ status: 'complete', content: 'finished answer' });
    // An interrupted answer is final: it cannot be finished or overwritten by a stale stream.
    expect(reader.updateStreamingContent(answer.id, 'late')).toBe(false);
  });

  it('can be skipped by a second process, and run explicitly', () => {
    const db = track(openDatabase(':memory:'));
    const conv = new ConversationRepository(db).create('x');
    const messages = new MessageRepository(db);
    const answer = messages.startAssistant(conv.id, { modelName: null, profile: null });
    expect(recoverInterruptedMessages(db)).toBe(1);
    expect(recoverInterruptedMessages(db)).toBe(0);
    expect(messages.get(answer.id)?.status).toBe('interrupted');

    const path = newPath();
    const app = track(openDatabase(path));
    const live = new MessageRepository(app).startAssistant(new ConversationRepository(app).create('y').id, {
      modelName: null,
      profile: null,
    });
    const cli = track(openDatabase(path, { recoverInterrupted: false }));
    expect(new MessageRepository(cli).get(live.id)?.status).toBe('streaming');
  });

  it('recovers partial text after the process is killed with SIGKILL mid-stream', async () => {
    const path = newPath();
    const child = spawn(process.execPath, ['--import', 'tsx', crashFixture, path], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const ids = await new Promise<{ conversationId: number; messageId: number }>((resolve, reject) => {
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('\n')) resolve(JSON.parse(stdout) as { conversationId: number; messageId: number });
      });
      child.on('exit', (code) => reject(new Error(`fixture exited early (${code}): ${stderr}`)));
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await exited;

    const db = track(openDatabase(path));
    const messages = new MessageRepository(db);
    expect(messages.get(ids.messageId)).toMatchObject({
      status: 'interrupted',
      content: 'The Frank-Starling law says stroke volume rises with',
    });
    expect(messages.listForConversation(ids.conversationId).map((m) => m.role)).toEqual(['user', 'assistant']);
  });
});
