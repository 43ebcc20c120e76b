// Abbreviations other fields share (ACL, AST, PE, PID, CHF, HR, TB…) are medical only with medical context or
// no competing field; a question that names networking, code, money, sport, television or a spy agency, and
// has no other medical word, uses that field's abbreviation. Examples written for this test.
import { describe, expect, it } from 'vitest';
import { RuleScopeGuard } from '../../../main/services/scope/scope-guard';

const guard = new RuleScopeGuard(undefined, () => ({ notices: [], matched: [] }));

function expectAll(questions: readonly string[], expected: 'medical' | 'out_of_scope'): void {
  const wrong = questions.filter((question) => guard.classify(question).label !== expected);
  expect(wrong, `should be ${expected}`).toEqual([]);
}

describe('an abbreviation in another field', () => {
  it('networking, code, money, sport, television, spy agencies, universities and electronics', () => {
    expectAll(
      [
        'Why does my router drop packets when the ACL has more than 50 rules?',
        'How do I walk the AST of a TypeScript file?',
        'Is a PE ratio of 40 too high for a software stock?',
        'Which PID gains stop my drone from oscillating?',
        'How many CHF is one euro in currency exchange today?',
        'What does HR want from me on my payslip form?',
        'How many GB fit in one TB of disk storage?',
        'Who directed the pilot episode of the TV series ER?',
        'When was MI5 founded and who runs it?',
        'Is an MS in statistics from that university worth the salary bump?',
        'What does PT stand for in basketball box-score stats?',
        '¿Cómo se configura una ACL en un router?',
      ],
      'out_of_scope',
    );
  });

  it('says which field in the reason', () => {
    expect(guard.classify('How do I walk the AST of a TypeScript file?').reason).toMatch(
      /‘AST’ here is about databases and programming \(typescript.*\); an abbreviation of that field/,
    );
  });

  it('lower-case abbreviations other fields share yield too (icu, std, cbc)', () => {
    expectAll(
      ['Which icu release ships with my Java runtime?', 'Is CBC mode still safe for AES encryption?'],
      'out_of_scope',
    );
  });
});

describe('the same abbreviations in medicine', () => {
  it('with no competing field', () => {
    expectAll(
      [
        'First-line treatment of an acute PE',
        'How long after ACL reconstruction can I jog?',
        'Raised AST after starting a statin',
        'Does a high PSA always mean prostate cancer?',
        'What is a normal GCS?',
        'PID in young women',
        'CHF exacerbation: which diuretic first?',
      ],
      'medical',
    );
  });

  it('with a competing field but a medical word beside it', () => {
    expectAll(
      [
        'I tore my ACL playing football, how long is recovery?',
        'Can a PE happen after a long flight to a business conference?',
        'Which app tracks BP and heart rate best?',
      ],
      'medical',
    );
  });

  it('abbreviations no other field uses stay medical whatever the context', () => {
    expectAll(['ADHD in college students', 'Does COPD affect my salary insurance?'], 'medical');
  });

  it('a plural is no abbreviation: "Alps" is not ALP', () => {
    expectAll(['Which boots are best for hiking in the Alps?'], 'out_of_scope');
  });

  it('a topic claim ("medical question") is no medical context', () => {
    expectAll(['This is a medical question: how do I draw an ER diagram for my database?'], 'out_of_scope');
  });
});
