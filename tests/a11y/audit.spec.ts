// Accessibility audit of every main view and dialog (see tests/a11y/playwright.config.ts). It records what it
// finds in test-results/a11y and fails only when a view or dialog cannot be opened at all. The states are the
// ones the e2e axe spec gates on (tests/e2e/support/app-states.ts).
import { cardsStates, chatStates, firstRunStates, reviewStates, serverStates } from '../e2e/support/app-states';
import { expect, test } from '../e2e/support/fixtures';
import { Auditor } from './support/auditor';

test('first-run setup, and chat without a model', async ({ page, harness, rendererServer }) => {
  const audit = new Auditor(page);
  await firstRunStates(audit, { page, harness, rendererServer });
  expect(audit.failures).toEqual([]);
});

test('chat with an answer, its dialogs and toast; Compare, Evaluate, Settings, Models', async ({
  chat,
  harness,
  tinyModel,
}) => {
  const audit = new Auditor(chat.page);
  await chatStates(audit, { chat, harness, tinyModel });
  expect(audit.failures).toEqual([]);
});

test('cards: a deck with a card open, move, export/import, new deck, delete toast', async ({
  page,
  bridgeScript,
  rendererServer,
}) => {
  const audit = new Auditor(page);
  await cardsStates(audit, { page, bridgeScript, rendererServer });
  expect(audit.failures).toEqual([]);
});

test('review a due card, reveal it; quiz it and see the grade', async ({ chat, harness }) => {
  const audit = new Auditor(chat.page);
  await reviewStates(audit, { chat, harness });
  expect(audit.failures).toEqual([]);
});

test('a classroom server: its answer with the Remote badge, a failed one, Settings → Servers, remove dialog', async ({
  chat,
  harness,
}) => {
  const audit = new Auditor(chat.page);
  await serverStates(audit, { chat, harness });
  expect(audit.failures).toEqual([]);
});
