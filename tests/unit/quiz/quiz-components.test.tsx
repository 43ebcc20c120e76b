// The quiz screens rendered to markup: main's notice and rating reason arrive as codes and are worded in the UI
// language, with the intervals and the score through Intl.
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import type { QuizGrade, QuizItem, QuizQuestion } from '../../../preload/contract/features/quiz';
import { QuizAsk } from '../../../renderer/src/features/quiz/components/QuizAsk';
import { QuizResult } from '../../../renderer/src/features/quiz/components/QuizResult';
import { sourceLabel } from '../../../renderer/src/features/quiz/state/quiz-labels';
import { i18n } from '../../../renderer/src/i18n';

const noop = () => undefined;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const item: QuizItem = { cardId: 3, deckId: 1, format: 'text', front: 'Normal serum potassium range?' };
const asked: QuizQuestion = { cardId: 3, text: item.front, source: 'card', notice: 'noModel' };
const grade: QuizGrade = {
  verdict: 'partly',
  exact: false,
  score: 0.5,
  matched: ['3.5'],
  missed: ['mmol/l'],
  proposal: { rating: 2, reason: 'partlyRecalled' },
  back: '3.5–5.0 mmol/L',
  format: 'text',
  previews: [
    { rating: 1, due: 1, intervalMs: MINUTE },
    { rating: 2, due: 2, intervalMs: 6 * MINUTE },
    { rating: 3, due: 3, intervalMs: 10 * MINUTE },
    { rating: 4, due: 4, intervalMs: 8 * DAY },
  ],
};
const plain = (html: string) => html.replace(/[\u00a0\u202f]/g, ' ');
const result = () =>
  plain(
    renderToStaticMarkup(
      <QuizResult
        answer="3.5 to 5"
        grade={grade}
        explanation={null}
        draft=""
        modelReady={false}
        onRate={noop}
        onExplain={noop}
        onStopExplanation={noop}
      />,
    ),
  );

afterEach(() => i18n.changeLanguage('en'));

describe('quiz wording', () => {
  it('says why the card is asked as written, from the notice code', async () => {
    const ask = () =>
      renderToStaticMarkup(
        <QuizAsk item={item} question={asked} failure={null} draft="" onStop={noop} onSubmit={noop} />,
      );
    expect(ask()).toContain('No model is loaded, so the card is asked as written.');
    expect(ask()).not.toContain('quiz-question-failure');
    await i18n.changeLanguage('es');
    expect(ask()).toContain('No hay ningún modelo cargado, así que la tarjeta se pregunta tal cual.');
    expect(ask()).toContain('Tu respuesta');
  });

  it('shows why the model could not write the question (which server and why) under the notice', async () => {
    const reason = 'Anatomy lab answered with an error (HTTP 500).';
    const failed: QuizQuestion = { ...asked, notice: 'failed' };
    const ask = () =>
      renderToStaticMarkup(
        <QuizAsk item={item} question={failed} failure={reason} draft="" onStop={noop} onSubmit={noop} />,
      );
    expect(ask()).toContain('The model could not write a question, so the card is asked as written.');
    expect(ask()).toContain(`Reason: ${reason}`);
    await i18n.changeLanguage('fr');
    expect(plain(ask())).toContain(`Raison : ${reason}`);
  });

  it('words the verdict, score, proposal and intervals', async () => {
    const english = result();
    expect(english).toContain('>Partly right<');
    expect(english).toContain('50% of the key terms');
    expect(english).toContain('Suggested: <strong>Hard</strong> — Partly recalled. Enter to confirm, or 1–4.');
    expect(english).toContain('>6 min<');
    expect(english).toContain('>8 days<');

    await i18n.changeLanguage('de');
    const german = result();
    expect(german).toContain('>Teilweise richtig<');
    expect(german).toContain('50 % der Schlüsselbegriffe');
    expect(german).toContain('Vorschlag: <strong>Schwer</strong> – Teilweise erinnert.');
    expect(german).toContain('>6 Min.<');
    expect(german).toContain('>8 Tage<');
    expect(german).toContain('(vorgeschlagen)');
  });

  it('names what the quiz is over', () => {
    const t = i18n.getFixedT('fr', 'quiz');
    expect(plain(sourceLabel(t, { kind: 'deck' }, 'Neuro'))).toBe('Quiz : Neuro');
    expect(plain(sourceLabel(t, { kind: 'due' }, null))).toBe('Quiz : cartes à réviser');
  });
});
