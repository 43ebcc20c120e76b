// The model's question: cleaned into one question, rejected when it names the answer, and held back
// word by word while streaming so no key term ever reaches the screen.
import { describe, expect, it } from 'vitest';
import { answerWords, cleanQuestion, leakedTerms, LeakGuard, questionPrompt } from '../../../main/services/quiz';

const sides = { prompt: 'Drug of choice for absence seizures?', answer: 'Ethosuximide' };

describe('questionPrompt', () => {
  it('quotes the front and never the back', () => {
    const prompt = questionPrompt(sides);
    expect(prompt).toContain('absence seizures');
    expect(prompt).not.toMatch(/ethosuximide/i);
  });
});

describe('cleanQuestion', () => {
  it('keeps the first question, without labels or quotes', () => {
    expect(cleanQuestion('\n  Question: "Which drug treats absence seizures first?" It is…\nMore text')).toBe(
      'Which drug treats absence seizures first?',
    );
  });

  it('refuses empty, one-word and overlong replies', () => {
    expect(cleanQuestion('  \n ')).toBeNull();
    expect(cleanQuestion('Seizures?')).toBeNull();
    expect(cleanQuestion(`Why ${'very '.repeat(80)}long?`)).toBeNull();
  });
});

describe('leakedTerms', () => {
  it('finds the answer in a question, in any spelling', () => {
    const answer = answerWords(sides);
    expect(leakedTerms('Is ETHOSUXIMIDE the drug of choice?', answer)).toEqual(['ethosuximide']);
    expect(leakedTerms('Is ethosuximid used first?', answer)).toEqual(['ethosuximide']);
    expect(leakedTerms('Which drug is first line for absence seizures?', answer)).toEqual([]);
  });

  it('counts an abbreviation of the answer as a leak', () => {
    const answer = answerWords({ prompt: 'Cause of Q waves on ECG?', answer: 'Old myocardial infarction' });
    expect(leakedTerms('Is it an old MI?', answer)).toEqual(['old', 'myocardial', 'infarction']);
  });
});

describe('LeakGuard', () => {
  it('releases whole words and the last one at the end', () => {
    const guard = new LeakGuard(sides);
    expect(guard.push('Which dr')).toBe('Which ');
    expect(guard.push('ug treats')).toBe('drug ');
    expect(guard.push(' absence seiz')).toBe('treats absence ');
    expect(guard.push('ures? ')).toBe('seizures? ');
    expect(guard.finish()).toBe('');
    expect(guard.leaked).toBe(false);
  });

  it('never releases any part of a key term, and nothing after it', () => {
    const guard = new LeakGuard(sides);
    const shown = [guard.push('Is etho'), guard.push('suxi'), guard.push('mide the'), guard.push(' answer?')];
    expect(shown.join('') + guard.finish()).toBe('Is ');
    expect(guard.leaked).toBe(true);
  });
});
