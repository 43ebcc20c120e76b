// Decks with every awkward thing a round trip must keep: unicode, newlines, quotes, tabs,
// literal HTML and entities, delimiters, "::" deck levels, cloze with hints, tags.
import type { InterchangeDeck } from '../../../../main/services/flashcards/interchange';

export const SAMPLE_DECKS: InterchangeDeck[] = [
  {
    name: 'Pharmacology::Antibiotics',
    notes: [
      {
        type: 'basic',
        front: 'Which class is "penicillin"?\nAnswer in one word, please',
        back: 'β-lactam ✓ — 日本語 🫀\n\tinhibits cell-wall synthesis, e.g. <b>not bold</b> & &amp; stays',
        tags: ['pharm', 'high-yield', 'cardio::rhythm'],
      },
      { type: 'basic', front: 'Comma, semicolon; pipe | and "double" \'single\'', back: '', tags: [] },
      { type: 'basic', front: 'Trailing newline\n', back: '\nleading newline\r', tags: ['x'] },
    ],
  },
  {
    name: 'Cardiology',
    notes: [
      {
        type: 'cloze',
        front: '{{c1::Atrial fibrillation::arrhythmia}} is the most common {{c2::sustained}} arrhythmia; {{c1::AF}}',
        back: 'Irregularly irregular\n"no P waves"',
        tags: ['cardio'],
      },
      { type: 'cloze', front: 'Normal K⁺ is {{c1::3.5–5.0::range}} mmol/L', back: '', tags: [] },
      { type: 'basic', front: 'QT <interval>?', back: 'Q to T > 0.44 s is long', tags: ['ecg'] },
    ],
  },
  { name: 'Renal', notes: [] },
];
