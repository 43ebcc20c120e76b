// Each supported card format on its own, the JSON repairs, truncation and whitespace handling.
import { describe, expect, it } from 'vitest';
import { parseCards } from '../../../../main/services/flashcards/parse';

const basic = (front: string, back: string) => ({ front, back, type: 'basic' });

describe('labeled formats', () => {
  it('reads Q:/A: and Question:/Answer: on separate lines and inline', () => {
    expect(parseCards('Q: What is A?\nA: B\nQuestion: What is C?\nAnswer: D\nQ: What is E? A: F')).toEqual([
      basic('What is A?', 'B'),
      basic('What is C?', 'D'),
      basic('What is E?', 'F'),
    ]);
  });

  it('reads Front:/Back: with bold labels (colon inside or outside) and without bold', () => {
    const text =
      '**Front:** One?\n**Back:** 1\n**Front**: Two?\n**Back**: 2\nFront: Three?\nBack: 3\n__Front:__ Four?\n__Back:__ 4';
    expect(parseCards(text)).toEqual([
      basic('One?', '1'),
      basic('Two?', '2'),
      basic('Three?', '3'),
      basic('Four?', '4'),
    ]);
  });

  it('accepts bulleted and numbered labels and a whole line in bold', () => {
    expect(parseCards('- **Q:** What is X?\n- **A:** Y\n\n**Q: What is Z?**\n**A: W**')).toEqual([
      basic('What is X?', 'Y'),
      basic('What is Z?', 'W'),
    ]);
  });

  it('keeps a multi-line answer but not the chatter after a blank line', () => {
    expect(
      parseCards('Q: Causes of hypokalemia?\nA: Causes include:\n- vomiting\n- diuretics\n\nHope this helps!'),
    ).toEqual([basic('Causes of hypokalemia?', 'Causes include:\n- vomiting\n- diuretics')]);
  });

  it('ignores an answer that has no question before it', () => {
    expect(parseCards('A: orphan answer\n\nQ: Real?\nA: Yes')).toEqual([basic('Real?', 'Yes')]);
  });
});

describe('numbered lists', () => {
  it('splits "N. question? — answer" with dash, en dash, hyphen, arrow and colon separators', () => {
    const text = '1. A? — a\n2. B? – b\n3) C? - c\n4. D? -> d\n5. E? → e\n6. F?: f';
    expect(parseCards(text).map((card) => [card.front, card.back])).toEqual([
      ['A?', 'a'],
      ['B?', 'b'],
      ['C?', 'c'],
      ['D?', 'd'],
      ['E?', 'e'],
      ['F?', 'f'],
    ]);
  });

  it('takes the answer from the lines under a numbered question', () => {
    expect(parseCards('1. What is X?\n   It is Y.\n   Really.\n2. What is Z?\n   - W')).toEqual([
      basic('What is X?', 'It is Y.\nReally.'),
      basic('What is Z?', 'W'),
    ]);
  });

  it('does not turn statement lists into cards', () => {
    expect(parseCards('1. Eat less salt - it lowers blood pressure\n2. Exercise: 150 minutes a week')).toEqual([]);
  });
});

describe('JSON with small errors', () => {
  it('reads a strict JSON array', () => {
    expect(parseCards('[{"front":"X?","back":"Y"}]')).toEqual([basic('X?', 'Y')]);
  });

  it('repairs trailing commas, single quotes, unquoted keys, missing commas and smart quotes', () => {
    const text =
      '[{front: \'A?\', back: \'a\',}, {"front": "B?" "back": "b"} {\u201Cfront\u201D: \u201CC?\u201D, \u201Cback\u201D: \u201Cc\u201D},]';
    expect(parseCards(text)).toEqual([basic('A?', 'a'), basic('B?', 'b'), basic('C?', 'c')]);
  });

  it('reads code-fenced JSON, question/answer keys, escapes and a wrapping object', () => {
    const text =
      'Sure:\n```json\n{"flashcards": [{"Question": "Line\\nbreak?", "Answer": "Tab\\there \\u00e9"}]}\n```\nDone.';
    expect(parseCards(text)).toEqual([basic('Line\nbreak?', 'Tab here é')]);
  });

  it('reads one object per line (JSON lines)', () => {
    expect(parseCards('{"front": "A?", "back": "a"}\n{"front": "B?", "back": "b"}')).toEqual([
      basic('A?', 'a'),
      basic('B?', 'b'),
    ]);
  });

  it('drops a truncated final element: open string, open object, or key without value', () => {
    expect(parseCards('[{"front": "A?", "back": "a"}, {"front": "B?", "back": "b')).toEqual([basic('A?', 'a')]);
    expect(parseCards('[{"front": "A?", "back": "a"}, {"front": "B?", "back": "b"')).toEqual([basic('A?', 'a')]);
    expect(parseCards('[{"front": "A?", "back": "a"}, {"front": "B?", "back":')).toEqual([basic('A?', 'a')]);
  });

  it('keeps cards before a syntax error and ignores objects that are not cards', () => {
    expect(parseCards('[{"front": "A?", "back": "a"}, {"front": oops}]')).toEqual([basic('A?', 'a')]);
    expect(parseCards('{"name": "x", "count": 3}')).toEqual([]);
    expect(parseCards('[{"front": "No back?"}]')).toEqual([]);
  });
});

describe('cloze', () => {
  it('marks cloze cards, keeps hints and puts the extra text on the back', () => {
    expect(parseCards('{{c1::Insulin}} lowers {{c2::glucose::sugar}}.')).toEqual([
      { front: '{{c1::Insulin}} lowers {{c2::glucose::sugar}}.', back: '', type: 'cloze' },
    ]);
    expect(parseCards('Front: The {{c1::SA node}} sets the rhythm.\nBack: The pacemaker')).toEqual([
      { front: 'The {{c1::SA node}} sets the rhythm.', back: 'The pacemaker', type: 'cloze' },
    ]);
    expect(parseCards('[{"text": "{{c1::Aspirin}} inhibits COX", "extra": "irreversibly"}]')).toEqual([
      { front: '{{c1::Aspirin}} inhibits COX', back: 'irreversibly', type: 'cloze' },
    ]);
  });

  it('drops a "Card 2:" or "Here is a cloze card:" title in front of a cloze sentence', () => {
    expect(
      parseCards('Card 2: {{c1::Aspirin}} inhibits COX.\nHere is a cloze card: The {{c1::liver}} makes bile.'),
    ).toEqual([
      { front: '{{c1::Aspirin}} inhibits COX.', back: '', type: 'cloze' },
      { front: 'The {{c1::liver}} makes bile.', back: '', type: 'cloze' },
    ]);
  });

  it('drops malformed cloze cards instead of guessing', () => {
    for (const bad of [
      '{{c1::unclosed',
      '{{c0::zero}} x',
      '{{c1::}} empty',
      '{{c1::a::b::c}} x',
      '{{c1::a {{c2::b}}}}',
    ]) {
      expect(parseCards(`Cloze: ${bad}`), bad).toEqual([]);
    }
  });
});

describe('normalisation and dedupe', () => {
  it('collapses spaces, tabs and CRLF, trims lines and strips wrapping quotes', () => {
    expect(parseCards('Q:\t  What   is\u00a0X?  \r\nA:  "Y"\r\n')).toEqual([basic('What is X?', 'Y')]);
  });

  it('removes duplicate fronts ignoring case and whitespace, keeping the first', () => {
    expect(parseCards('Q: What is X?\nA: first\nQ: what  IS x?\nA: second\n1. What is x? — third')).toEqual([
      basic('What is X?', 'first'),
    ]);
  });
});

describe('nothing invented', () => {
  it.each([
    ['empty', ''],
    ['whitespace', '  \n\n\t '],
    ['prose with a question', 'Why does this matter? Because blood pressure kills. Answer: lifestyle.'],
    ['a question with no answer', 'Q: What is the mechanism of metformin?'],
    ['headings only', '# Flashcards\n## Card 1\n**Front:**\n\n**Back:**'],
    ['a label with nothing after it', 'Front:\nBack:'],
    ['braces in prose', 'The set {a, b} and the list [1, 2] are not cards.'],
  ])('%s → []', (_name, text) => {
    expect(parseCards(text)).toEqual([]);
  });
});

describe('many JSON objects', () => {
  it('reads hundreds of objects one per line, not just the first few', () => {
    const text = Array.from({ length: 300 }, (_, i) => `{"front": "Q${i}?", "back": "A${i}"}`).join('\n');
    const cards = parseCards(text);
    expect(cards).toHaveLength(300);
    expect(cards[299]).toEqual(basic('Q299?', 'A299'));
  });
});

describe('markdown tables', () => {
  it('reads rows under a Question/Answer or Front/Back header and skips rows without an answer', () => {
    const text = '| Front | Back |\n|:--|:--|\n| A? | a |\n| B? |  |\n| C? | **c** |\n\nAfter the table.';
    expect(parseCards(text)).toEqual([basic('A?', 'a'), basic('C?', 'c')]);
  });

  it('ignores tables whose header names no front and back', () => {
    expect(parseCards('| Drug | Dose |\n|---|---|\n| Amoxicillin | 500 mg |')).toEqual([]);
  });
});

describe('a last card cut off mid-answer', () => {
  it('is dropped when the text ends on a word a sentence cannot end on', () => {
    expect(parseCards('Q: A?\nA: a\nQ: B?\nA: fluids, antibiotics and')).toEqual([basic('A?', 'a')]);
    expect(parseCards('Q: A?\nA: a\nQ: B?\nA: first,')).toEqual([basic('A?', 'a')]);
  });

  it('is kept when its answer is complete, including short capitalised ones', () => {
    expect(parseCards('Q: Which vitamin prevents night blindness?\nA: Vitamin A')).toEqual([
      basic('Which vitamin prevents night blindness?', 'Vitamin A'),
    ]);
    expect(parseCards('Q: B?\nA: fluids and antibiotics\n\nThanks!')).toEqual([basic('B?', 'fluids and antibiotics')]);
  });

  it('joins a JSON list answer into lines', () => {
    expect(parseCards('[{"front": "Sepsis six?", "back": ["oxygen", "cultures"]}]')).toEqual([
      basic('Sepsis six?', 'oxygen\ncultures'),
    ]);
  });
});
