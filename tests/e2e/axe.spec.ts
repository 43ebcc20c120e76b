// axe-core on every main view, dialog and short-lived state, in the light and dark schemes, at 1280×800 and at
// the app's minimum window (720×480), with the WCAG 2.0–2.2 A and AA rules: any serious or critical violation
// fails. The states are the accessibility audit's (tests/a11y, npm run audit:a11y), which also reports the
// minor ones, overflow and screenshots.
import { AxeGate } from './support/axe-gate';
import { cardsStates, chatStates, firstRunStates, reviewStates, serverStates } from './support/app-states';
import { expect, test } from './support/fixtures';

// Each state is checked four times (two schemes, two sizes): about 50 s for the chat states on an idle 2-core
// machine and well over the default 120 s when it is loaded, with nothing stuck.
test.describe.configure({ timeout: 300_000 });

function expectClean(gate: AxeGate): void {
  // The count docs/accessibility.md reports (the JSON reporter lists it per test).
  test.info().annotations.push({ type: 'axe runs', description: String(gate.runs) });
  expect(gate.failures, 'states that would not open').toEqual([]);
  expect(gate.violations, `serious or critical axe violations in ${gate.runs} runs`).toEqual([]);
}

test('first-run setup and the empty chat', async ({ page, harness, rendererServer }) => {
  const gate = new AxeGate(page);
  await firstRunStates(gate, { page, harness, rendererServer });
  expectClean(gate);
});

test('chat with an answer, the header menu, its dialogs and toast; Compare, Evaluate, Settings, Models', async ({
  chat,
  harness,
  tinyModel,
}) => {
  const gate = new AxeGate(chat.page);
  await chatStates(gate, { chat, harness, tinyModel });
  expectClean(gate);
});

test('cards: a deck with a card open, move, export/import, new deck, delete toast', async ({
  page,
  bridgeScript,
  rendererServer,
}) => {
  const gate = new AxeGate(page);
  await cardsStates(gate, { page, bridgeScript, rendererServer });
  expectClean(gate);
});

test('review a due card, reveal it; quiz it and see the grade', async ({ chat, harness }) => {
  const gate = new AxeGate(chat.page);
  await reviewStates(gate, { chat, harness });
  expectClean(gate);
});

test('a classroom server: its answer with the Remote badge, a failed one, Settings → Servers, remove dialog; Compare and the quiz on it', async ({
  chat,
  harness,
}) => {
  const gate = new AxeGate(chat.page);
  await serverStates(gate, { chat, harness });
  expectClean(gate);
});
