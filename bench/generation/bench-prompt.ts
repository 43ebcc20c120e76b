// The benchmark's questions: a long clinical vignette cut to a prompt-token budget, and short follow-ups.

/** Short question for the multi-turn conversation (time to first token, KV cache reuse). */
export const FOLLOW_UP_QUESTION = 'What is hypokalemia and how does it change the ECG?';

// Plainly medical on purpose, so the scope guard lets it through on every model.
const VIGNETTE = [
  'A 67-year-old woman with hypertension and type 2 diabetes presents to the emergency department',
  'with three days of muscle weakness, palpitations, constipation and leg cramps. She takes',
  'hydrochlorothiazide, lisinopril and metformin, and recently started a laxative. Her blood pressure',
  'is 148/86 mmHg, heart rate 104 beats per minute and irregular. Serum potassium is 2.6 mmol/L,',
  'magnesium 0.6 mmol/L, sodium 138 mmol/L, bicarbonate 31 mmol/L and creatinine 88 umol/L. The ECG',
  'shows flattened T waves, prominent U waves, ST depression and frequent ventricular ectopic beats.',
  'Explain the likely causes of her hypokalemia, the mechanism of each ECG change, why magnesium must',
  'be corrected, how fast potassium can be replaced orally and intravenously, which monitoring is',
  'needed, and which of her medications should be reviewed, with the reasoning for each step.',
]
  .join(' ')
  .split(' ');

/** The vignette's first `words` words (repeated from the start when more are asked for). */
export function vignetteQuestion(words: number): string {
  if (!Number.isInteger(words) || words < 1) throw new Error(`words must be a positive integer, got ${words}`);
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(VIGNETTE[i % VIGNETTE.length] as string);
  return out.join(' ');
}

/**
 * The smallest word count whose prompt has at least `target` tokens (binary search over a monotone
 * count), capped at `maxWords`; `countTokens` renders and tokenizes the prompt for that many words.
 */
export function fitWordCount(target: number, countTokens: (words: number) => number, maxWords = 4000): number {
  let low = 1;
  let high = maxWords;
  if (countTokens(high) < target) return high;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (countTokens(middle) >= target) high = middle;
    else low = middle + 1;
  }
  return low;
}
