// End to end through the real renderer, real services, a real model host process and SQLite.
import { test, expect } from './support/fixtures';
import { AppHarness } from './support/app-harness';
import { ChatPage } from './pages/chat-page';
import { MessageRepository } from '../../main/services/store';

test('ask, watch tokens stream, stop, and find the conversation after a reload and a restart', async ({
  chat,
  harness,
  openChatWithTinyModel,
  bridgeScript,
  rendererServer,
  browser,
}, testInfo) => {
  await openChatWithTinyModel();

  await chat.ask('What is hypokalemia?');
  const answer = chat.lastAnswer();
  await expect(answer).toHaveAttribute('data-status', 'streaming');
  await expect
    .poll(async () => (await answer.getByTestId('message-content').innerText()).trim().length, { timeout: 30_000 })
    .toBeGreaterThan(10);
  await chat.page.getByTestId('stop-button').click();
  await expect(answer).toHaveAttribute('data-status', 'stopped');
  const stoppedText = (await answer.locator('[data-testid="message-content"]').innerText()).trim();
  expect(stoppedText.length).toBeGreaterThan(0);

  await chat.page.screenshot({ path: testInfo.outputPath('chat-view.png'), fullPage: true });

  // Reload: history comes back from SQLite.
  await chat.page.reload();
  await expect(chat.conversations).toHaveCount(1);
  await expect(chat.conversations.first()).toContainText('What is hypokalemia?');
  await chat.openConversation(0);
  await expect(chat.userMessages).toHaveText(['What is hypokalemia?']);
  await expect(chat.lastAnswer()).toHaveAttribute('data-status', 'stopped');
  await expect(chat.lastAnswer().locator('[data-testid="message-content"]')).toHaveText(stoppedText);

  // Restart: the services close and a new instance opens the same data folder.
  await harness.close({ keepData: true });
  const restarted = new AppHarness({ bridgeScript, dataDir: harness.dataDir });
  try {
    const page = await browser.newPage();
    await restarted.attach(page);
    const again = new ChatPage(page, rendererServer.url);
    await again.open();
    await again.openConversation(0);
    await expect(again.userMessages).toHaveText(['What is hypokalemia?']);
    await expect(again.lastAnswer().locator('[data-testid="message-content"]')).toHaveText(stoppedText);
  } finally {
    await restarted.close();
  }
});

test('hostile markup in messages renders inert and links never navigate', async ({ chat, harness, tinyModel }) => {
  await harness.useModel(tinyModel.modelPath);
  const hostile =
    'Look: <img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> ' +
    '[click me](javascript:window.__pwned=3) <a href="javascript:window.__pwned=4">raw link</a> ' +
    '![pic](http://127.0.0.1:9/x.png) and [a site](https://example.org)';
  // An answer with hostile content, stored as if the model had produced it.
  const conversation = (await harness.call('conversations:create', { title: 'Hostile' })) as { id: number };
  const messages = new MessageRepository(harness.app.db);
  messages.addUser(conversation.id, hostile);
  const answer = messages.startAssistant(conversation.id, { modelName: 'test', profile: 'adapter' });
  messages.finish(answer.id, { content: hostile, status: 'complete' });

  const requests: string[] = [];
  chat.page.on('request', (request) => requests.push(request.url()));
  await chat.open();
  await chat.openConversation(0);
  await expect(chat.lastAnswer()).toContainText('click me');
  await expect(chat.userMessages.first()).toContainText('<script>');

  const list = chat.page.getByTestId('message-list');
  await expect(list.locator('img')).toHaveCount(0);
  await expect(list.locator('script')).toHaveCount(0);
  await expect(list.locator('[href^="javascript:" i]')).toHaveCount(0);
  await expect(list.locator('[onerror]')).toHaveCount(0);

  const url = chat.page.url();
  await chat.lastAnswer().getByText('click me').click();
  await chat.lastAnswer().getByText('a site').click();
  await chat.page.waitForTimeout(300);
  expect(chat.page.url()).toBe(url);
  expect(await chat.page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(requests.filter((u) => !u.startsWith(new URL(url).origin))).toEqual([]);
});

test('conversations: rename, search by content, delete with undo', async ({ chat, harness, tinyModel }) => {
  await harness.useModel(tinyModel.modelPath);
  const messages = new MessageRepository(harness.app.db);
  for (const [title, body] of [
    ['Cardiology', 'Atrial fibrillation basics'],
    ['Renal', 'Hypokalemia causes ECG changes'],
  ] as const) {
    const c = (await harness.call('conversations:create', { title })) as { id: number };
    messages.addUser(c.id, body);
  }
  await chat.open();
  await expect(chat.conversations).toHaveCount(2);

  await chat.page.getByTestId('conversation-search').fill('ecg changes');
  await expect(chat.conversations).toHaveCount(1);
  await expect(chat.conversations.first()).toContainText('Renal');
  await chat.page.getByTestId('conversation-search').fill('');
  await expect(chat.conversations).toHaveCount(2);

  const renal = chat.conversations.filter({ hasText: 'Renal' });
  await renal.hover();
  await renal.getByTestId('conversation-rename').click();
  const editor = chat.page.getByRole('textbox', { name: /rename/i });
  await editor.fill('Electrolytes');
  await editor.press('Enter');
  await expect(chat.conversations.filter({ hasText: 'Electrolytes' })).toHaveCount(1);

  const cardio = chat.conversations.filter({ hasText: 'Cardiology' });
  await cardio.hover();
  await cardio.getByTestId('conversation-delete').click();
  await expect(chat.conversations).toHaveCount(1);
  await chat.page.getByTestId('undo-delete').click();
  await expect(chat.conversations).toHaveCount(2);
  await chat.page.reload();
  await expect(chat.conversations).toHaveCount(2);
});

test('settings: choose a model by path, load it, and see what is in use', async ({ chat, tinyModel }) => {
  await chat.open();
  await chat.page.getByTestId('open-settings').click();
  await chat.page.getByTestId('settings-model-path').fill(tinyModel.modelPath);
  await chat.page.getByTestId('settings-lora-path').fill(tinyModel.loraPath);
  await chat.page.getByTestId('settings-save').click();
  await chat.page.getByTestId('settings-load-model').click();
  const panel = chat.page.getByTestId('in-use-panel');
  await expect(panel).toContainText(/cpu/i);
  await expect(panel).toContainText(/adapter/i);
  await expect(chat.page.getByTestId('model-status')).toHaveAttribute('data-state', 'ready');

  await chat.page.getByTestId('settings-load-model').isVisible();
  await chat.page.getByTestId('settings-model-path').fill('/nonexistent/model.gguf');
  await chat.page.getByTestId('settings-save').click();
  await chat.page.getByTestId('settings-load-model').click();
  await expect(chat.page.getByTestId('error-banner')).toContainText(/not found|does not exist|no such file/i);
});

test('a model host crash mid-answer keeps the conversation, tells the user, and the next question is answered', async ({
  chat,
  harness,
  openChatWithTinyModel,
}) => {
  await openChatWithTinyModel();
  await chat.ask('What is diabetic ketoacidosis?');
  const answer = chat.lastAnswer();
  await expect
    .poll(async () => (await answer.getByTestId('message-content').innerText()).trim().length, { timeout: 30_000 })
    .toBeGreaterThan(5);

  const pid = harness.app.host.pid;
  expect(pid).toBeGreaterThan(0);
  process.kill(pid as number, 'SIGKILL');

  // Cut off by the host's death: 'interrupted', with the words so far and the reason.
  await expect(answer).toHaveAttribute('data-status', 'interrupted');
  await expect(answer).toContainText(/crashed \(signal SIGKILL\)/);
  await chat.waitForModel('ready');
  expect(harness.app.host.pid).not.toBe(pid);

  await harness.call('settings:update', { sampling: { maxTokens: 48 } });
  await chat.ask('What is hypokalemia?');
  await expect(chat.lastAnswer()).toHaveAttribute('data-status', 'complete', { timeout: 60_000 });
  await expect(chat.userMessages).toHaveText(['What is diabetic ketoacidosis?', 'What is hypokalemia?']);
});

test('asking without a model explains why, keeps the question in the composer and offers Settings', async ({
  chat,
}) => {
  await chat.open();
  await chat.composer.fill('What is COPD?');
  await chat.composer.press('Enter');
  const banner = chat.page.getByTestId('error-banner');
  await expect(banner).toContainText(/no model/i);
  await expect(chat.composer).toHaveValue('What is COPD?');
  await expect(chat.userMessages).toHaveCount(0);
  await banner.getByRole('button', { name: 'Open Settings' }).click();
  await expect(chat.page.getByTestId('settings-model-path')).toBeVisible();
});

test('Esc stops, Regenerate replaces the last answer, Copy puts the answer on the clipboard', async ({
  chat,
  harness,
  openChatWithTinyModel,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openChatWithTinyModel();

  await chat.ask('What is the anion gap?');
  const answer = chat.lastAnswer();
  await expect
    .poll(async () => (await answer.getByTestId('message-content').innerText()).trim().length, { timeout: 30_000 })
    .toBeGreaterThan(5);
  await chat.composer.press('Escape');
  await expect(answer).toHaveAttribute('data-status', 'stopped');
  const first = await answer.getByTestId('message-content').innerText();

  await harness.call('settings:update', { sampling: { maxTokens: 24 } });
  await answer.getByTestId('regenerate').click();
  await expect(chat.assistantMessages).toHaveCount(1);
  await expect(chat.lastAnswer()).toHaveAttribute('data-status', 'complete', { timeout: 60_000 });
  const second = await chat.lastAnswer().getByTestId('message-content').innerText();
  expect(second).not.toBe(first);
  await expect(chat.lastAnswer().getByTestId('message-stats')).toContainText(/tok\/s/);

  await chat.lastAnswer().getByTestId('copy-message').click();
  const copied = await chat.page.evaluate(() =>
    (
      globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
    ).navigator.clipboard.readText(),
  );
  expect(copied.trim()).toBe(second.trim());
});
