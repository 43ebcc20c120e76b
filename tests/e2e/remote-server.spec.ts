// A classroom server end to end: added in Settings, chosen for a new conversation, the answer streams with
// "Remote: NAME" in the header, Stop closes the request at the server, removing the server hands the
// conversation back to this computer; a server that goes away mid-answer keeps the partial text as failed and
// offers "Switch to this computer". No local model is loaded: a server needs none.
import type { Conversation } from '../../preload/contract/schemas';
import { ServersPage } from './pages/servers-page';
import { addClassroomServer, startClassroomServer } from './support/classroom-server';
import { expect, test } from './support/fixtures';

const QUESTION = 'What is hypokalemia?';

test('add a server in Settings, ask through it, Stop, remove it: the conversation is back on this computer', async ({
  chat,
  harness,
}, testInfo) => {
  const fake = await startClassroomServer({ mode: 'slow', pauseMs: 250 });
  try {
    const servers = new ServersPage(chat.page);
    await chat.open();
    await expect(servers.engineSelect).toHaveCount(0); // off until a server is added

    await servers.openSettings();
    await expect(chat.page.getByTestId('servers-empty')).toBeVisible();
    await servers.add('Anatomy lab', fake.url);
    const result = await servers.test('Anatomy lab');
    await expect(result).toHaveAttribute('data-status', 'ready');
    await expect(result).toContainText('gemma-class.gguf');
    await servers.section.screenshot({ path: testInfo.outputPath('servers-section.png') });

    await servers.openChat();
    await servers.useEngine('Anatomy lab');
    const badge = servers.badge('Anatomy lab');
    await expect(badge).toBeVisible();
    await expect(badge).toHaveAttribute('title', new RegExp(fake.url.replace(/[.:/]/g, '\\$&')));

    await chat.ask(QUESTION);
    const answer = chat.lastAnswer();
    await expect(answer).toHaveAttribute('data-status', 'streaming');
    const content = answer.getByTestId('message-content');
    // Two words in (of about a hundred, one each 250 ms): Stop lands mid-answer.
    await expect(content).toContainText('Hypokalemia is');
    await chat.page.getByTestId('stop-button').click();
    await expect(answer).toHaveAttribute('data-status', 'stopped');
    const kept = (await content.innerText()).trim();
    expect(kept.startsWith('Hypokalemia is')).toBe(true);
    await chat.page.screenshot({ path: testInfo.outputPath('remote-chat.png') });

    // The request went to the server with the question, and Stop closed it there.
    const [sent] = fake.requestsTo('/v1/completions');
    expect(sent).toBeDefined();
    expect(JSON.stringify(sent?.json)).toContain(QUESTION);
    await sent?.closed;
    expect(sent?.closedEarly).toBe(true);
    // Still the server's conversation after the answer ended.
    await expect(badge).toBeVisible();
    const conversations = (await harness.call('conversations:list', {})) as Conversation[];
    expect(conversations.map((conversation) => conversation.engine)).toEqual([expect.any(String)]);

    await servers.openSettings();
    await servers.remove('Anatomy lab');
    await expect(chat.page.getByTestId('servers-notice')).toContainText('1 conversation is answered on this computer');
    await expect(chat.page.getByTestId('servers-empty')).toBeVisible();

    await servers.openChat();
    await expect(chat.lastAnswer()).toHaveAttribute('data-status', 'stopped');
    await expect(chat.page.getByTestId('remote-badge')).toHaveCount(0);
    await expect(servers.engineSelect).toHaveCount(0);
    const moved = (await harness.call('conversations:get', { id: conversations[0]?.id })) as Conversation;
    expect(moved.engine).toBeNull();
  } finally {
    await fake.close();
  }
});

test('a server that goes away mid-answer: the partial text stays, failed, and the chat switches to this computer', async ({
  chat,
  harness,
}, testInfo) => {
  const fake = await startClassroomServer({ mode: 'drop', pauseMs: 100 });
  try {
    await addClassroomServer(harness, fake, 'Night shift');
    const servers = new ServersPage(chat.page);
    await chat.open();
    await servers.useEngine('Night shift');
    await expect(servers.badge('Night shift')).toBeVisible();

    await chat.ask(QUESTION);
    const answer = chat.lastAnswer();
    await expect(answer).toHaveAttribute('data-status', 'failed');
    await expect(answer.getByTestId('message-content')).toContainText('Hypokalemia is a');
    const offer = answer.getByTestId('switch-to-local-offer');
    await expect(offer).toBeVisible();
    await chat.page.screenshot({ path: testInfo.outputPath('remote-failed.png') });

    await offer.getByRole('button', { name: 'Switch to this computer' }).click();
    await expect(chat.page.getByTestId('remote-badge')).toHaveCount(0);
    await expect(servers.engineSelect).toHaveValue('');
    await expect(offer).toHaveCount(0);
    const [conversation] = (await harness.call('conversations:list', {})) as Conversation[];
    expect(conversation?.engine).toBeNull();
  } finally {
    await fake.close();
  }
});

test('"Answer new questions with" a server: a new chat starts on it without a choice, and can still pick this computer', async ({
  chat,
  harness,
}) => {
  const fake = await startClassroomServer({ mode: 'slow', pauseMs: 20 });
  try {
    const servers = new ServersPage(chat.page);
    const id = await addClassroomServer(harness, fake, 'Anatomy lab');
    await chat.open();
    await expect(chat.page.getByTestId('remote-badge')).toHaveCount(0);

    await servers.openSettings();
    await chat.page.getByLabel('Answer new questions with').selectOption({ label: 'Anatomy lab' });
    await expect(chat.page.getByTestId('servers-default-engine')).toBeEnabled();
    expect(((await harness.call('settings:get', {})) as { defaultEngine: string | null }).defaultEngine).toBe(id);

    await servers.openChat();
    await expect(servers.badge('Anatomy lab')).toBeVisible();
    await expect(servers.engineSelect).toHaveValue(id);
    await chat.ask(QUESTION);
    await expect(chat.lastAnswer()).toHaveAttribute('data-status', 'complete');
    const [first] = (await harness.call('conversations:list', {})) as Conversation[];
    expect(first?.engine).toBe(id);

    // A new chat set to this computer stays there, whatever the default.
    await chat.page.getByTestId('new-conversation').click();
    await expect(servers.badge('Anatomy lab')).toBeVisible();
    await servers.useEngine('This computer');
    await expect(chat.page.getByTestId('remote-badge')).toHaveCount(0);
  } finally {
    await fake.close();
  }
});
