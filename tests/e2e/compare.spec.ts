// End to end: the Compare view streams base and base + adapter side by side from one loaded model,
// and a conversation's adapter switch changes the prompt profile of its next answer.
import { test, expect } from './support/fixtures';

test('Compare: both columns stream at once, Stop both ends them, the model is loaded once', async ({
  chat,
  harness,
  tinyModel,
}, testInfo) => {
  await harness.useModel(tinyModel.modelPath, tinyModel.loraPath);
  // Long answers, so both columns are still streaming while we look.
  await harness.call('settings:update', { sampling: { maxTokens: 1500 } });
  await chat.open();
  await chat.waitForModel('ready');
  const page = chat.page;

  await page.getByTestId('open-compare').click();
  await page.getByTestId('compare-question').fill('What is hypokalemia?');
  await page.getByTestId('compare-start').click();

  const base = page.getByTestId('compare-base');
  const adapter = page.getByTestId('compare-adapter');
  const length = async (column: typeof base) => (await column.innerText()).length;
  // Text grows in both columns before either finishes.
  const baseStart = await length(base);
  const adapterStart = await length(adapter);
  await expect
    .poll(async () => (await length(base)) > baseStart + 40 && (await length(adapter)) > adapterStart + 40)
    .toBe(true);
  await expect(base).toHaveAttribute('data-status', 'streaming');
  await expect(adapter).toHaveAttribute('data-status', 'streaming');
  // Stopped at once: the tiny model writes its 1,500 tokens in a few seconds on a fast machine, and anything
  // slow here (the screenshot) could let both finish first.
  await page.getByTestId('compare-stop-both').click();
  await expect(base).toHaveAttribute('data-status', 'stopped');
  await expect(adapter).toHaveAttribute('data-status', 'stopped');
  await expect(base.getByTestId('compare-profile')).toHaveText('Chat template');
  await expect(adapter.getByTestId('compare-profile')).toHaveText('Adapter format');
  await page.screenshot({ path: testInfo.outputPath('compare-view.png'), fullPage: true });
  expect((await base.getByTestId('compare-text').innerText()).trim().length).toBeGreaterThan(0);
  expect((await adapter.getByTestId('compare-text').innerText()).trim().length).toBeGreaterThan(0);
  await expect(page.getByTestId('compare-start')).toBeVisible();
  expect((await harness.app.host.stats()).modelLoads).toBe(1);

  // One side alone: Stop on the adapter column leaves the base column streaming.
  await page.getByTestId('compare-start').click();
  await expect.poll(async () => (await adapter.getByTestId('compare-text').count()) > 0).toBe(true);
  await page.getByTestId('compare-stop-adapter').click();
  await expect(adapter).toHaveAttribute('data-status', 'stopped');
  await expect(base).toHaveAttribute('data-status', 'streaming');
  await page.getByTestId('compare-stop-base').click();
  await expect(base).toHaveAttribute('data-status', 'stopped');
});

test('Compare without an adapter says so and offers Settings', async ({ chat, openChatWithTinyModel }) => {
  await openChatWithTinyModel();
  await chat.page.getByTestId('open-compare').click();
  const notice = chat.page.getByTestId('compare-unavailable');
  await expect(notice).toContainText(/No LoRA adapter is configured/);
  await notice.getByRole('button', { name: 'Open Settings' }).click();
  await expect(chat.page.getByTestId('settings-model-path')).toBeVisible();
});

test('the adapter switch of a conversation changes the profile of its next answer', async ({
  chat,
  harness,
  tinyModel,
}, testInfo) => {
  await harness.useModel(tinyModel.modelPath, tinyModel.loraPath);
  await harness.call('settings:update', { sampling: { maxTokens: 12 } });
  await chat.open();
  await chat.waitForModel('ready');
  const control = chat.page.getByTestId('adapter-control');
  await expect(control).toHaveAttribute('data-adapter', 'on');
  await expect(control.getByTestId('adapter-profile')).toHaveText('Profile: Adapter format');

  await chat.ask('What is hypokalemia?');
  await expect(chat.lastAnswer()).toHaveAttribute('data-status', 'complete', { timeout: 60_000 });
  await expect(chat.lastAnswer().getByTestId('message-profile')).toHaveText('Adapter format');

  await control.getByTestId('adapter-toggle').uncheck();
  await expect(control).toHaveAttribute('data-adapter', 'off');
  await expect(control.getByTestId('adapter-profile')).toHaveText('Profile: Chat template');
  await chat.ask('What is hyperkalemia?');
  await expect(chat.assistantMessages).toHaveCount(2);
  await expect(chat.lastAnswer()).toHaveAttribute('data-status', 'complete', { timeout: 60_000 });
  await expect(chat.lastAnswer().getByTestId('message-profile')).toHaveText('Chat template');
  await expect(chat.assistantMessages.first().getByTestId('message-profile')).toHaveText('Adapter format');
  await chat.page.screenshot({ path: testInfo.outputPath('adapter-switch.png'), fullPage: true });

  // The choice is stored with the conversation: it is still off after a reload.
  await chat.page.reload();
  await chat.openConversation(0);
  await expect(chat.page.getByTestId('adapter-control')).toHaveAttribute('data-adapter', 'off');
  await expect(chat.page.getByTestId('adapter-toggle')).not.toBeChecked();
});
