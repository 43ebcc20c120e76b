// A classroom server as Settings' "Answer new questions with", and no local model loaded: Compare is open and its
// two answers come from the server, which it names ("Remote: NAME"); Review's quiz asks the server's question and
// offers its comment; a server that fails is named with the reason under the card asked as written.
import { addClassroomServer, CLASSROOM_MODEL, startClassroomServer } from './support/classroom-server';
import { chatStream, completionStream, sendJson, streamReply } from '../support/fake-openai-server';
import { AppNav } from './pages/app-nav';
import { QuizPage } from './pages/quiz-page';
import { expect, test } from './support/fixtures';

const QUESTION = 'What is hypokalemia?';

test('with a server as the default engine and no local model, Compare and the quiz are answered by it', async ({
  chat,
  harness,
}, testInfo) => {
  const fake = await startClassroomServer({ mode: 'slow', pauseMs: 10 });
  try {
    const id = await addClassroomServer(harness, fake, 'Anatomy lab');
    await harness.call('settings:update', { defaultEngine: id });
    for (const [front, back] of [
      ['Drug of choice for absence seizures?', 'Ethosuximide'],
      ['Normal serum potassium range?', '3.5–5.0 mmol/L'],
    ])
      await harness.call('cards:create', { deckId: null, front, back });
    await chat.open();
    const page = chat.page;
    expect(((await harness.call('model:getStatus', {})) as { state: string }).state).not.toBe('ready');

    // Compare: open without a local model, the server named before anything is sent.
    await new AppNav(page).go('open-compare');
    await expect(page.getByTestId('compare-unavailable')).toHaveCount(0);
    const engine = page.getByTestId('compare-engine');
    await expect(engine).toHaveAttribute('data-kind', 'remote');
    await expect(engine).toContainText('Remote: Anatomy lab');
    await page.getByTestId('compare-question').fill(QUESTION);
    await page.getByTestId('compare-start').click();
    for (const side of ['base', 'adapter']) {
      const column = page.getByTestId(`compare-${side}`);
      await expect(column).toHaveAttribute('data-status', 'complete');
      await expect(column.getByTestId('compare-text')).toContainText('Hypokalemia is a serum potassium');
    }
    await expect(engine).toContainText('Both answers come from Anatomy lab');
    await page.screenshot({ path: testInfo.outputPath('compare-remote.png') });
    // Both sides went to the server: the adapter off (scale 0) on one, on on the other.
    const sent = [...fake.requestsTo('/v1/completions'), ...fake.requestsTo('/v1/chat/completions')];
    expect(sent).toHaveLength(2);
    for (const request of sent) expect(JSON.stringify(request.json)).toContain(QUESTION);
    const scales = sent.map((request) => (request.json as { lora?: { scale: number }[] }).lora?.[0]?.scale ?? null);
    expect(scales).toContain(0);
    expect(scales.some((scale) => scale !== null && scale > 0)).toBe(true);

    // The quiz: the server writes the question, and its comment is on offer.
    const question = completionStream(['Which drug ', 'treats absence ', 'seizures?'], { model: CLASSROOM_MODEL });
    fake.on('POST /v1/completions', streamReply([question]));
    fake.on('POST /v1/chat/completions', streamReply([chatStream(['Which drug treats absence seizures?'])]));
    const quiz = new QuizPage(page);
    await quiz.startFromReview();
    await expect(quiz.question).toHaveText('Which drug treats absence seizures?');
    await expect(quiz.question).toHaveAttribute('data-source', 'model');
    await expect(quiz.notice).toHaveCount(0);
    const generations = () =>
      fake.requestsTo('/v1/completions').length + fake.requestsTo('/v1/chat/completions').length;
    const asked = generations();
    await quiz.answer.fill('ethosuximide');
    await page.keyboard.press('Enter');
    await expect(quiz.verdict).toBeVisible();
    const explain = page.getByTestId('quiz-explain');
    await expect(explain).toBeEnabled();
    const comment = 'Right: ethosuximide is first line for absence seizures.';
    fake.on('POST /v1/completions', streamReply([completionStream([comment])]));
    fake.on('POST /v1/chat/completions', streamReply([chatStream([comment])]));
    await explain.click();
    const explanation = page.getByTestId('quiz-explanation');
    await expect(explanation).toHaveAttribute('data-status', 'complete');
    await expect(explanation).toContainText('first line for absence seizures');
    expect(generations()).toBe(asked + 1);

    // The server fails on the next card: it is asked as written, and the reason names the server.
    fake.on('POST /v1/completions', (_request, res) => sendJson(res, 500, { error: { message: 'GPU out of memory' } }));
    fake.on('POST /v1/chat/completions', (_request, res) =>
      sendJson(res, 500, { error: { message: 'GPU out of memory' } }),
    );
    await quiz.rateButton(3).click();
    await expect(quiz.question).toHaveAttribute('data-source', 'card');
    await expect(quiz.notice).toContainText('The model could not write a question');
    const failure = page.getByTestId('quiz-question-failure');
    await expect(failure).toContainText('Reason:');
    await expect(failure).toContainText(new URL(fake.url).host);
    await page.screenshot({ path: testInfo.outputPath('quiz-remote-failed.png') });
    await quiz.answer.fill('3.5 to 5');
    await page.getByTestId('quiz-submit').click();
    await expect(quiz.back).toHaveText('3.5–5.0 mmol/L');
  } finally {
    await fake.close();
  }
});
