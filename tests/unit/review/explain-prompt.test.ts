// "Explain" asks about a card in words: an imported HTML card is quoted as text, its answer without
// the repeated question.
import { describe, expect, it } from 'vitest';
import { explainPrompt } from '../../../main/services/review/explain-prompt';

describe('explainPrompt', () => {
  it('quotes a typed card as it is', () => {
    expect(explainPrompt({ format: 'text', front: 'What is hypokalemia?', back: 'K+ < 3.5 mmol/L' })).toBe(
      "Explain why the answer to 'What is hypokalemia?' is 'K+ < 3.5 mmol/L'.",
    );
  });

  it('quotes an imported card as text, without markup, images or the repeated front', () => {
    const front = 'What does <b>this ECG</b> show? <img src="app://media/' + 'a'.repeat(64) + '">';
    const back = `${front}<hr id="answer"><div>Atrial <i>fibrillation</i></div>`;
    expect(explainPrompt({ format: 'html', front, back })).toBe(
      "Explain why the answer to 'What does this ECG show?' is 'Atrial fibrillation'.",
    );
  });
});
