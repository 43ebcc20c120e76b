// The quick-card text formats: tab-separated lines, "term :: definition", "Side A:/Side B:", "Card 1 - Front: …
// Back: …", "Q | A" lines and "**Term** — definition" lists; and the prose each one must leave alone.
import { describe, expect, it } from 'vitest';
import { parseCards } from '../../../../main/services/flashcards/parse';

const basic = (front: string, back: string) => ({ front, back, type: 'basic' });

describe('tab-separated lines', () => {
  it('reads one card a line, skips a header row, tolerates aligning tabs and indentation', () => {
    const text = [
      'Question\tAnswer',
      'What is the antidote for heparin?\tProtamine sulfate',
      'Digoxin toxicity antidote\t\tDigiFab',
      '\tAtropine indication\tsymptomatic bradycardia',
    ].join('\n');
    expect(parseCards(text)).toEqual([
      basic('What is the antidote for heparin?', 'Protamine sulfate'),
      basic('Digoxin toxicity antidote', 'DigiFab'),
      basic('Atropine indication', 'symptomatic bradycardia'),
    ]);
  });

  it('types a cloze front as cloze with the second column as its extra', () => {
    expect(parseCards('The {{c1::SA node}} paces the heart\tpacemaker')).toEqual([
      { front: 'The {{c1::SA node}} paces the heart', back: 'pacemaker', type: 'cloze' },
    ]);
  });

  it('is a single card even for one line, since prose never holds a tab between words', () => {
    expect(parseCards('Troponin\tmarker of myocardial injury')).toEqual([
      basic('Troponin', 'marker of myocardial injury'),
    ]);
  });

  it('leaves lines with three columns, an empty side, a list marker, a label or JSON to other rules', () => {
    expect(parseCards('a\tb\tc\nfront only\t\n1.\tnot a front\n{"x":\t1}')).toEqual([]);
    // A tab after a label is spacing: the labeled reader takes it.
    expect(parseCards('Q:\tWhat is X?\nA:\tY')).toEqual([basic('What is X?', 'Y')]);
  });
});

describe('term :: definition', () => {
  it('reads a list of lines, bulleted or not', () => {
    expect(parseCards('Troponin :: marker of myocardial injury\n- BNP :: released by stretched ventricles')).toEqual([
      basic('Troponin', 'marker of myocardial injury'),
      basic('BNP', 'released by stretched ventricles'),
    ]);
  });

  it('reads a single line when its front is a question', () => {
    expect(parseCards('Which ion is low in Conn syndrome? :: Potassium')).toEqual([
      basic('Which ion is low in Conn syndrome?', 'Potassium'),
    ]);
  });

  it('leaves "::" in prose, code and names alone', () => {
    for (const prose of [
      'The ratio is 2 :: 1 in most patients.',
      'Use std::vector here.\nThe deck Cardio::ECG has 20 cards.',
      '```haskell\nmain :: IO ()\nx :: Int\n```',
      'a :: b :: c\nd :: e :: f',
    ]) {
      expect(parseCards(prose), prose).toEqual([]);
    }
  });
});

describe('Side A: / Side B:', () => {
  it('reads them on separate lines and inline with a slash', () => {
    const text =
      'Side A: Which nerve supplies the diaphragm?\nSide B: The phrenic nerve (C3–C5)\n\n' +
      '**Side A:** Inline question? / **Side B:** inline answer';
    expect(parseCards(text)).toEqual([
      basic('Which nerve supplies the diaphragm?', 'The phrenic nerve (C3–C5)'),
      basic('Inline question?', 'inline answer'),
    ]);
  });
});

describe('Card 1 - Front: … Back: …', () => {
  it('drops the card title on one line and across lines, in its usual spellings', () => {
    const text = [
      'Card 1 - Front: What is X? Back: Y',
      '',
      'Card 2 – Front: What is Z?',
      'Back: W',
      '',
      '**Card 3:** Front: What is V?',
      '**Back:** U',
      '### Flashcard #4 — Q: What is T? A: S',
      'Card 5: Front: The {{c1::AV node}} delays conduction. Back: 0.1 s',
    ].join('\n');
    expect(parseCards(text)).toEqual([
      basic('What is X?', 'Y'),
      basic('What is Z?', 'W'),
      basic('What is V?', 'U'),
      basic('What is T?', 'S'),
      { front: 'The {{c1::AV node}} delays conduction.', back: '0.1 s', type: 'cloze' },
    ]);
  });

  it('still treats a bare "Card 1" line as a title between cards', () => {
    expect(parseCards('Card 1\nFront: A?\nBack: a\nCard 2\nFront: B?\nBack: b')).toEqual([
      basic('A?', 'a'),
      basic('B?', 'b'),
    ]);
  });
});

describe('Q | A lines', () => {
  it('reads a question line on its own and a list of term lines under a header', () => {
    const text =
      'What is the first-line drug for anaphylaxis? | IM adrenaline\n\n' +
      'Term | Definition\nPreload | end-diastolic volume\nAfterload | resistance the ventricle pumps against';
    expect(parseCards(text)).toEqual([
      basic('What is the first-line drug for anaphylaxis?', 'IM adrenaline'),
      basic('Preload', 'end-diastolic volume'),
      basic('Afterload', 'resistance the ventricle pumps against'),
    ]);
  });

  it('leaves a lone prose line with a pipe, three-cell lines and tables without a front/back header alone', () => {
    for (const prose of [
      'Sensitivity | specificity is a trade-off we discuss below.',
      'The options are: low | medium | high.\nPick one | or two | or three.',
      'Drug | Dose\n---|---\nAmoxicillin | 500 mg\nDoxycycline | 100 mg',
      '| Drug | Dose |\n|---|---|\n| Amoxicillin | 500 mg |\n| Doxycycline | 100 mg |',
      'a|b\nc|d',
    ]) {
      expect(parseCards(prose), prose).toEqual([]);
    }
  });
});

describe('**Term** — definition lists', () => {
  it('reads em dash, en dash and hyphen separators, bullets and numbers, ** and __', () => {
    const text = [
      '- **Preload** — the stretch of the ventricle before contraction',
      '- **Afterload** – the resistance the ventricle pumps against',
      '* __Contractility__ - the force of contraction',
      '4. **Stroke volume**—preload minus end-systolic volume',
    ].join('\n');
    expect(parseCards(text)).toEqual([
      basic('Preload', 'the stretch of the ventricle before contraction'),
      basic('Afterload', 'the resistance the ventricle pumps against'),
      basic('Contractility', 'the force of contraction'),
      basic('Stroke volume', 'preload minus end-systolic volume'),
    ]);
  });

  it('reads a lone bold question', () => {
    expect(parseCards('**What lowers preload?** — nitrates')).toEqual([basic('What lowers preload?', 'nitrates')]);
  });

  it('leaves one emphasised word in prose, bold without a dash and long bold sentences alone', () => {
    for (const prose of [
      'Some prose.\n**Important** - drink water.\nMore prose.',
      '- **Preload**: the stretch\n- **Afterload**: the resistance',
      '- **Preload** the stretch\n- **Afterload** the resistance',
      `- **${'very long emphasised sentence '.repeat(5)}** - x\n- **${'another long one '.repeat(8)}** - y`,
      'The result - as expected - was positive.\nIt was - again - positive.',
    ]) {
      expect(parseCards(prose), prose).toEqual([]);
    }
  });
});

describe('mixed in one text', () => {
  it('keeps the order of the text across the new and the old formats', () => {
    const text = [
      'Q: What is A?',
      'A: a',
      'B term\tb definition',
      '- **C term** — c definition',
      '- **D term** — d definition',
      'E term :: e definition',
      'F term :: f definition',
      '1. What is G? — g',
    ].join('\n');
    expect(parseCards(text).map((card) => card.front)).toEqual([
      'What is A?',
      'B term',
      'C term',
      'D term',
      'E term',
      'F term',
      'What is G?',
    ]);
  });
});

describe('hostile input for the new readers stays fast', () => {
  it.each([
    ['tabs', 'a\t'.repeat(100_000)],
    ['tab lines', 'front\tback\n'.repeat(20_000)],
    ['double colons', 'a :: '.repeat(40_000)],
    ['pipes', 'x | '.repeat(50_000)],
    ['pipe lines', 'x | y\n'.repeat(30_000)],
    ['bold openers', '**'.repeat(100_000)],
    ['bold terms', '- **t** — d\n'.repeat(15_000)],
    ['card titles', 'Card 1 - '.repeat(20_000) + 'Front: x? Back: y'],
    ['long runs of spaces around separators', `x${' '.repeat(80_000)}:: y |${' '.repeat(80_000)}z`],
  ])('%s', (_name, text) => {
    expect(text.length).toBeGreaterThan(150_000);
    const started = performance.now();
    const cards = parseCards(text);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(Array.isArray(cards)).toBe(true);
  });
});
