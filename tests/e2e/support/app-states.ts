// Every main view, dialog and short-lived state of the app, opened the way a student would: shared by the
// axe spec (which fails on serious or critical violations) and the accessibility audit (which reports).
// Each flow hands its states to a visitor, which opens them at 1280×800 and checks them at every size.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { PickKind } from '../../../preload/contract/features/app';
import { MessageRepository } from '../../../main/services/store';
import { AppNav } from '../pages/app-nav';
import { ChatPage } from '../pages/chat-page';
import { FlashcardsPage } from '../pages/flashcards-page';
import { QuizPage } from '../pages/quiz-page';
import { ReviewPage } from '../pages/review-page';
import { ServersPage } from '../pages/servers-page';
import { SetupPage } from '../pages/setup-page';
import { AppHarness } from './app-harness';
import { addClassroomServer, startClassroomServer } from './classroom-server';
import { expect } from './fixtures';
import type { StateVisitor } from './app-state-list';
import type { StaticServer } from './static-server';

export { ALL_STATES, type StateKind, type StateSpec, type StateVisitor } from './app-state-list';

/** Closes a modal the way a keyboard user would: Escape from inside it. */
async function escapeFrom(page: Page, testId: string): Promise<void> {
  const dialog = page.getByTestId(testId);
  await dialog.locator('input, select, textarea, button').first().press('Escape');
  await expect(dialog).toBeHidden();
}

/** Where the tabs do not fit, opens the header's menu; elsewhere there is nothing to open. */
async function openHeaderMenu(page: Page): Promise<void> {
  const nav = new AppNav(page);
  if (!(await nav.menuButton.isVisible())) return;
  if (!(await nav.isMenuOpen())) await nav.menuButton.click();
  await expect(nav.menuList).toBeVisible();
}

async function closeHeaderMenu(page: Page): Promise<void> {
  const nav = new AppNav(page);
  if ((await nav.menuButton.isVisible()) && (await nav.isMenuOpen())) await page.keyboard.press('Escape');
}

export async function firstRunStates(
  visit: StateVisitor,
  { page, harness, rendererServer }: { page: Page; harness: AppHarness; rendererServer: StaticServer },
): Promise<void> {
  await harness.attach(page);
  const setup = new SetupPage(page, rendererServer.url);
  await visit.state({ state: 'Setup (first run)', kind: 'view', screenshots: true }, () => setup.open());
  await visit.state({ state: 'Chat (empty, no model)', kind: 'view', screenshots: true }, async () => {
    await page.getByTestId('setup-skip').click();
    await expect(page.getByTestId('composer-input')).toBeVisible();
  });
}

export async function chatStates(
  visit: StateVisitor,
  {
    chat,
    harness,
    tinyModel,
  }: { chat: ChatPage; harness: AppHarness; tinyModel: { modelPath: string; loraPath: string } },
): Promise<void> {
  const page = chat.page;
  const nav = new AppNav(page);
  // Spare conversations: each undo-toast check deletes one.
  const messages = new MessageRepository(harness.app.db);
  for (let i = 1; i <= 6; i++) {
    const spare = (await harness.call('conversations:create', { title: `Spare ${i}` })) as { id: number };
    messages.addUser(spare.id, `Spare question ${i}`);
  }
  // With the tiny adapter, so Compare and Evaluate show their forms rather than "no adapter".
  await harness.useModel(tinyModel.modelPath, tinyModel.loraPath);
  const cards = new FlashcardsPage(page);

  await visit.state({ state: 'Chat (answer)', kind: 'view', screenshots: true }, async () => {
    await chat.open();
    await chat.waitForModel('ready');
    await chat.ask('What is hypokalemia?');
    const content = chat.lastAnswer().getByTestId('message-content');
    await expect.poll(async () => (await content.innerText()).trim().length, { timeout: 30_000 }).toBeGreaterThan(10);
    await page.getByTestId('stop-button').click();
    await expect(chat.lastAnswer()).toHaveAttribute('data-status', 'stopped');
  });
  await visit.state(
    { state: 'Header menu (open)', kind: 'state', prepare: () => openHeaderMenu(page) },
    async () => undefined,
  );
  await closeHeaderMenu(page);
  await visit.state({ state: 'Save card dialog', kind: 'dialog' }, () => cards.openSaveDialog(chat.lastAnswer()));
  await escapeFrom(page, 'card-dialog').catch(() => undefined);
  await visit.state({ state: 'Make cards dialog', kind: 'dialog' }, async () => {
    await chat.lastAnswer().getByTestId('make-cards').click();
    await expect(page.getByTestId('make-cards-dialog')).toBeVisible();
  });
  await escapeFrom(page, 'make-cards-dialog').catch(() => undefined);
  await visit.state({ state: 'Keyboard shortcuts dialog', kind: 'dialog' }, async () => {
    await page.getByTestId('keyboard-help-open').click();
    await expect(page.getByTestId('keyboard-help')).toBeVisible();
  });
  await escapeFrom(page, 'keyboard-help').catch(() => undefined);

  const deleteSpare = async () => {
    if (await page.getByTestId('undo-delete').isVisible()) return;
    await chat.conversations.filter({ hasText: 'Spare' }).first().getByTestId('conversation-delete').click();
    await expect(page.getByTestId('undo-delete')).toBeVisible();
  };
  await visit.state(
    { state: 'Chat: conversation deleted (undo toast)', kind: 'state', prepare: deleteSpare },
    deleteSpare,
  );

  await visit.state({ state: 'Compare', kind: 'view', screenshots: true }, async () => {
    await nav.go('open-compare');
    await expect(page.getByTestId('compare-question')).toBeVisible();
  });
  await visit.state({ state: 'Evaluate', kind: 'view', screenshots: true }, async () => {
    await nav.go('open-evaluate');
    await expect(page.getByTestId('evaluate-view')).toBeVisible();
  });
  await visit.state({ state: 'Settings', kind: 'view', screenshots: true }, async () => {
    await nav.go('open-settings');
    await expect(page.getByTestId('settings-save')).toBeVisible();
  });
  await visit.state({ state: 'Models', kind: 'view', screenshots: true }, async () => {
    await nav.go('open-models');
    await expect(page.getByTestId('setup-view')).toBeVisible();
  });
}

export async function cardsStates(
  visit: StateVisitor,
  { page, bridgeScript, rendererServer }: { page: Page; bridgeScript: string; rendererServer: StaticServer },
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mea-a11y-'));
  // Export and import go through the (injected) file dialog to one .apkg file.
  const pickFile = async (kind: PickKind) =>
    kind === 'cardsExportApkg' || kind === 'cardsImport' ? join(dir, 'deck.apkg') : null;
  const harness = new AppHarness({ bridgeScript, pickFile });
  try {
    await harness.attach(page);
    const chat = new ChatPage(page, rendererServer.url);
    const cards = new FlashcardsPage(page);
    const deck = (await harness.call('decks:create', { name: 'Electrolytes' })) as { id: number };
    for (let i = 1; i <= 9; i++)
      await harness.call('cards:create', {
        deckId: deck.id,
        front: `Card ${i}: what is the normal serum potassium range?`,
        back: '3.5–5.0 mmol/L; below is hypokalemia, above is hyperkalemia.',
      });
    const openDeck = () =>
      cards
        .deck('Electrolytes')
        .getByRole('button', { name: /Electrolytes/ })
        .first()
        .click();
    // Narrower than the list plus the editor, the editor takes the list's place: go back to the list.
    const showList = async () => {
      const back = page.getByTestId('card-list-back');
      if (await back.isVisible()) await back.click();
    };

    await visit.state({ state: 'Cards (deck + card selected)', kind: 'view', screenshots: true }, async () => {
      await chat.open();
      await cards.openCardsTab();
      await openDeck();
      await cards.cardRows.first().click();
      await expect(cards.editor).toBeVisible();
    });
    await visit.state({ state: 'Cards: move to deck panel', kind: 'state', prepare: showList }, async () => {
      await cards.cardRows.nth(1).click({ modifiers: ['ControlOrMeta'] });
      await page.getByTestId('cards-move').click();
      await expect(page.getByTestId('move-panel')).toBeVisible();
    });
    await page
      .getByTestId('move-panel')
      .getByRole('button', { name: 'Cancel' })
      .click()
      .catch(() => undefined);
    await visit.state({ state: 'Cards: export and import result', kind: 'state', prepare: showList }, async () => {
      await page.getByTestId('export-cards').click();
      await expect(page.getByTestId('transfer-message')).toContainText('Exported');
      await page.getByTestId('import-cards').click();
      await expect(page.getByTestId('transfer-message')).toContainText('Imported');
    });
    await visit.state({ state: 'Cards: new deck form', kind: 'state' }, async () => {
      await page.getByTestId('deck-create').click();
      await expect(page.getByTestId('deck-name-input')).toBeVisible();
    });
    await page
      .getByTestId('deck-name-input')
      .press('Escape')
      .catch(() => undefined);

    const deleteCard = async () => {
      if (await cards.toast.isVisible()) return;
      await showList();
      await cards.cardRows.last().click();
      await cards.editor.getByTestId('editor-delete').click();
      await expect(cards.toast).toBeVisible();
    };
    await visit.state({ state: 'Cards: card deleted (undo toast)', kind: 'state', prepare: deleteCard }, async () => {
      await openDeck();
      await deleteCard();
    });
  } finally {
    await harness.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function reviewStates(
  visit: StateVisitor,
  { chat, harness }: { chat: ChatPage; harness: AppHarness },
): Promise<void> {
  const page = chat.page;
  const review = new ReviewPage(page);
  const quiz = new QuizPage(page);
  for (const [front, back] of [
    ['Normal serum potassium range?', '3.5–5.0 mmol/L'],
    ['Normal serum sodium range?', '135–145 mmol/L'],
  ])
    await harness.call('cards:create', { deckId: null, front, back });

  await visit.state({ state: 'Review (due card)', kind: 'view', screenshots: true }, async () => {
    await chat.open();
    await review.open();
    await expect(review.front).toBeVisible();
  });
  await visit.state({ state: 'Review (answer revealed)', kind: 'view', screenshots: true }, async () => {
    await page.getByTestId('review-reveal').click();
    await expect(review.back).toBeVisible();
  });
  await visit.state({ state: 'Quiz (question)', kind: 'view', screenshots: true }, async () => {
    await quiz.startFromReview();
    await expect(quiz.question).toBeVisible();
  });
  await visit.state({ state: 'Quiz (graded)', kind: 'view', screenshots: true }, async () => {
    await quiz.answer.fill('3.5 to 5 mmol/L');
    await quiz.answer.press('Enter');
    await expect(quiz.verdict).toBeVisible();
  });
}

/** A classroom server's states: its answer with the header badge, a server gone mid-answer, Settings → Servers. */
export async function serverStates(
  visit: StateVisitor,
  { chat, harness }: { chat: ChatPage; harness: AppHarness },
): Promise<void> {
  const page = chat.page;
  const servers = new ServersPage(page);
  const slow = await startClassroomServer({ mode: 'slow', pauseMs: 150 });
  const gone = await startClassroomServer({ mode: 'drop', pauseMs: 50 });
  try {
    const ids: Record<string, string> = {};
    for (const [name, fake] of [
      ['Anatomy lab', slow],
      ['Night shift', gone],
    ] as const) {
      ids[name] = await addClassroomServer(harness, fake, name);
    }

    await visit.state({ state: 'Chat (remote answer, Remote badge)', kind: 'view', screenshots: true }, async () => {
      await chat.open();
      await servers.useEngine('Anatomy lab');
      await chat.ask('What is hypokalemia?');
      const content = chat.lastAnswer().getByTestId('message-content');
      await expect.poll(async () => (await content.innerText()).trim().length).toBeGreaterThan(10);
      await page.getByTestId('stop-button').click();
      await expect(chat.lastAnswer()).toHaveAttribute('data-status', 'stopped');
      await expect(servers.badge('Anatomy lab')).toBeVisible();
    });
    await visit.state({ state: 'Chat: remote answer failed', kind: 'state' }, async () => {
      await page.getByTestId('new-conversation').click();
      await servers.useEngine('Night shift');
      await chat.ask('What is hyponatremia?');
      await expect(chat.lastAnswer()).toHaveAttribute('data-status', 'failed');
      await expect(chat.lastAnswer().getByTestId('switch-to-local')).toBeVisible();
    });
    await visit.state({ state: 'Settings: servers (one tested)', kind: 'view', screenshots: true }, async () => {
      await servers.openSettings();
      await expect(await servers.test('Anatomy lab')).toHaveAttribute('data-status', 'ready');
    });
    await visit.state({ state: 'Settings: server form', kind: 'state' }, async () => {
      await page.getByTestId('server-add').click();
      await expect(page.getByTestId('server-form')).toBeVisible();
    });
    await page
      .getByTestId('server-cancel')
      .click()
      .catch(() => undefined);
    await visit.state({ state: 'Remove server dialog', kind: 'dialog' }, async () => {
      await servers.item('Night shift').getByTestId('server-remove').click();
      await expect(servers.removeDialog).toBeVisible();
    });
    await escapeFrom(page, 'remove-server-dialog').catch(() => undefined);

    // A server as "Answer new questions with", no local model: Compare and the quiz are answered by it.
    await harness.call('settings:update', { defaultEngine: ids['Anatomy lab'] });
    await visit.state({ state: 'Compare on a server (Remote: NAME)', kind: 'view', screenshots: true }, async () => {
      await new AppNav(page).go('open-compare');
      await page.getByTestId('compare-question').fill('What is hypokalemia?');
      await page.getByTestId('compare-start').click();
      for (const side of ['base', 'adapter'])
        await expect(page.getByTestId(`compare-${side}`).getByTestId('compare-text')).toContainText('Hypokalemia');
      await page.getByTestId('compare-stop-both').click();
      await expect(page.getByTestId('compare-base')).toHaveAttribute('data-status', 'stopped');
      await expect(page.getByTestId('compare-engine')).toContainText('Remote: Anatomy lab');
    });
    await harness.call('settings:update', { defaultEngine: ids['Night shift'] });
    await harness.call('cards:create', {
      deckId: null,
      front: 'Normal serum potassium range?',
      back: '3.5–5.0 mmol/L',
    });
    await visit.state({ state: 'Quiz: a server failed (reason shown)', kind: 'state' }, async () => {
      await new QuizPage(page).startFromReview();
      await expect(page.getByTestId('quiz-question-failure')).toBeVisible();
    });
  } finally {
    await slow.close();
    await gone.close();
  }
}
