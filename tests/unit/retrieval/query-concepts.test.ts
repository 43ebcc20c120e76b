// Query building: synonym and abbreviation expansion, stop words, stems, spelling correction and an
// FTS5 expression that no input can turn into FTS5 syntax.
import { describe, expect, it } from 'vitest';
import { buildConcepts, ftsExpression, type Vocabulary } from '../../../main/services/retrieval/query-concepts';
import { IndexVocabulary } from '../../../main/services/retrieval/index-vocabulary';
import { SynonymLexicon } from '../../../main/services/retrieval/synonym-lexicon';
import { otherSpelling, wordPatterns } from '../../../main/services/retrieval/word-forms';
import { openDatabase } from '../../../main/services/store';

const lexicon = new SynonymLexicon();
const labels = (query: string, vocabulary?: Vocabulary) =>
  buildConcepts(query, lexicon, vocabulary).map((c) => c.label);
const phrases = (query: string) => ftsExpression(buildConcepts(query, lexicon)) ?? '';

describe('query concepts', () => {
  it('expands abbreviations and lay words to the clinical terms', () => {
    expect(phrases('MI')).toContain('"myocardial infarct"*');
    expect(phrases('heart attack')).toContain('"mi"');
    expect(phrases('hypoK')).toContain('"hypokalem"*');
    expect(phrases('low potassium')).toContain('"hypokalem"*');
    // One concept, however many of its spellings were typed.
    expect(labels('MI myocardial infarction heart attack')).toEqual(['mi']);
  });

  it('reads abbreviations that are English words only in capitals', () => {
    expect(phrases('AS murmur')).toContain('"aortic stenosis"*');
    expect(phrases('as murmur')).not.toContain('aortic');
    // Nor is it searched as a word of the cards, where it would find every "as" and "mg".
    expect(phrases('aortic stenosis').split(' OR ')).not.toContain('"as"');
    expect(phrases('myasthenia gravis').split(' OR ')).not.toContain('"mg"');
  });

  it('drops stop words and question chatter, keeps what is asked as an aspect', () => {
    const concepts = buildConcepts('What is the treatment of the gout?', lexicon);
    expect(concepts.map((c) => [c.label, c.aspect])).toEqual([
      ['treatment', true],
      ['gout', false],
    ]);
    expect(buildConcepts('what is it and how', lexicon)).toEqual([]);
  });

  it('searches stems as prefixes, short plurals exactly, and the other spelling', () => {
    expect(wordPatterns('infarctions')).toEqual([{ text: 'infarct', prefix: true }]);
    expect(wordPatterns('diabetes')).toEqual([{ text: 'diabet', prefix: true }]);
    expect(wordPatterns('tests')).toEqual([
      { text: 'test', prefix: false },
      { text: 'tests', prefix: false },
    ]);
    expect(wordPatterns('diagnosis')).toEqual([{ text: 'diagnosis', prefix: true }]);
    expect(wordPatterns('mi')).toEqual([{ text: 'mi', prefix: false }]);
    expect(otherSpelling('anaemia')).toBe('anemia');
    expect(otherSpelling('hypokalemia')).toBe('hypokalaemia');
    expect(phrases('oedema')).toContain('"edema"*');
  });

  it('corrects a word the index lacks to its nearest index term with the same first letter', () => {
    const db = openDatabase(':memory:');
    db.exec(`INSERT INTO cards_fts (rowid, front, back, tags) VALUES (1, 'pheochromocytoma', 'rabies', '')`);
    const vocabulary = new IndexVocabulary(db);
    vocabulary.refresh();
    expect(labels('pheochromocytma', vocabulary)).toEqual(['pheochromocytoma']);
    // "babies" is one letter from "rabies" but starts with another letter: not a typo of it.
    expect(labels('babies', vocabulary)).toEqual(['child']);
    db.close();
  });

  it('quotes every token, so FTS5 operators and quotes typed by the user stay words', () => {
    const db = openDatabase(':memory:');
    db.exec(`INSERT INTO cards_fts (rowid, front, back, tags) VALUES (1, 'near column', 'x', '')`);
    const hostile = [
      '"unbalanced',
      'NEAR(a b',
      'front: x',
      '* OR *',
      'a AND NOT b',
      '^start -minus +plus {col}:x',
      '(((',
    ];
    for (const query of hostile) {
      const expression = ftsExpression(buildConcepts(query, lexicon));
      if (expression === null) continue;
      expect(() => db.prepare('SELECT rowid FROM cards_fts WHERE cards_fts MATCH ?').all(expression)).not.toThrow();
      for (const phrase of expression.split(' OR ')) expect(phrase).toMatch(/^"[\p{L}\p{N} ]+"\*?$/u);
    }
    db.close();
  });
});
