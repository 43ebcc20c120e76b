// Settings → "Lower memory use": Automatic by default, with the figures it is decided from; a choice is saved.
import { test, expect } from './support/fixtures';

test('lower memory use shows what Automatic decided for the chosen model, and On is saved', async ({
  chat,
  harness,
  openChatWithTinyModel,
}) => {
  await openChatWithTinyModel();
  await chat.page.getByTestId('open-settings').click();
  const field = chat.page.getByTestId('settings-low-memory');
  const plan = chat.page.getByTestId('settings-low-memory-plan');
  await expect(field).toHaveValue('auto');
  // The fixture is a few MB: Automatic maps it on any machine that runs these tests.
  await expect(plan).toContainText(/^Auto: lower memory use is off — this model needs about .+ and .+ is free\.$/);
  await expect(field).toHaveAccessibleDescription(/Auto: lower memory use is off/);

  await field.selectOption('on');
  await expect(plan).toContainText(/^This model needs about .+ this way \(.+ with the file mapped\); .+ is free\.$/);
  await chat.page.getByTestId('settings-save').click();
  await expect
    .poll(async () => ((await harness.call('settings:get', {})) as { lowMemory: string }).lowMemory)
    .toBe('on');
});
