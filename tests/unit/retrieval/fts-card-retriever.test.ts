// The FTS5 card retriever over a real data file: ranking by field, cloze and HTML cards as text,
// media-only cards skipped, deck filter, relevance threshold, and edits seen at once.
import { describe, expect, it } from 'vitest';
import { FtsCardRetriever, isRelevant, RELEVANCE_THRESHOLD } from '../../../main/services/retrieval';
import { useFlashcards } from '../flashcards/helpers';

const setup = useFlashcards();

describe('FtsCardRetriever', () => {
  it('ranks a hit on the front above one on the back above one in the tags', () => {
    const { service, db } = setup();
    const deck = service.createDeck('Renal');
    const inTags = service.createCard({
      deckId: deck.id,
      front: 'Loop diuretic example?',
      back: 'Furosemide',
      tags: ['hypokalemia'],
    });
    const inBack = service.createCard({ deckId: deck.id, front: 'ECG U waves?', back: 'Seen in hypokalemia' });
    const inFront = service.createCard({ deckId: deck.id, front: 'Hypokalemia: ECG?', back: 'U waves' });
    const hits = new FtsCardRetriever(db).search('hypokalemia');
    expect(hits.map((hit) => hit.cardId)).toEqual([inFront.id, inBack.id, inTags.id]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    expect(hits[1]!.score).toBeGreaterThan(hits[2]!.score);
    expect(hits[0]).toMatchObject({ deckId: deck.id, deckName: 'Renal', front: 'Hypokalemia: ECG?', back: 'U waves' });
    expect(hits[0]!.updatedAt).toBe(inFront.updatedAt);
  });

  it('finds cards by abbreviation, lay words and misspellings', () => {
    const { service, db } = setup();
    const deck = service.createDeck('Cardio');
    const mi = service.createCard({
      deckId: deck.id,
      front: 'Management of myocardial infarction?',
      back: 'Aspirin and primary PCI',
    });
    const hypok = service.createCard({ deckId: deck.id, front: 'Causes of hypokalemia?', back: 'Diuretics, vomiting' });
    service.createCard({ deckId: deck.id, front: 'Causes of gout?', back: 'Hyperuricemia' });
    const retriever = new FtsCardRetriever(db);
    expect(retriever.search('MI treatment')[0]?.cardId).toBe(mi.id);
    expect(retriever.search('what to do for a heart attack')[0]?.cardId).toBe(mi.id);
    expect(retriever.search('what causes hypoK')[0]?.cardId).toBe(hypok.id);
    expect(retriever.search('causes of low potassium')[0]?.cardId).toBe(hypok.id);
    expect(retriever.search('hypokalaemia')[0]?.cardId).toBe(hypok.id);
    expect(retriever.search('causes of hypokalemai')[0]?.cardId).toBe(hypok.id);
    expect(retriever.search('myocardail infarction')[0]?.cardId).toBe(mi.id);
  });

  it('returns cloze cards as text without markup and finds their hidden words', () => {
    const { service, db } = setup();
    const deck = service.createDeck('Physiology');
    const cloze = service.createCard({
      deckId: deck.id,
      noteType: 'cloze',
      front: 'The {{c1::sinoatrial node::pacemaker}} sets the heart rate',
      back: '',
    });
    const hits = new FtsCardRetriever(db).search('sinoatrial node');
    expect(hits.map((hit) => hit.cardId)).toEqual([cloze.id]);
    expect(hits[0]!.front).toBe('The sinoatrial node sets the heart rate');
  });

  it('reads HTML cards by their text and skips cards whose question is only media', () => {
    const { service, db } = setup();
    const deck = service.createDeck('Imported');
    const html = service.createCard({ deckId: deck.id, front: 'x', back: 'y' });
    const imageOnly = service.createCard({ deckId: deck.id, front: 'image', back: 'z', tags: ['aorta'] });
    const asHtml = db.prepare(
      `UPDATE cards SET content_format = 'html', front = ?, back = ?, front_text = ?, back_text = ? WHERE id = ?`,
    );
    asHtml.run('<b>Aorta</b> layers?', '<ul><li>intima</li></ul>', 'Aorta layers?', 'intima', html.id);
    asHtml.run('<img src="app://media/abc">', 'Aorta', '', 'Aorta', imageOnly.id);
    const hits = new FtsCardRetriever(db).search('aorta');
    expect(hits.map((hit) => hit.cardId)).toEqual([html.id]);
    expect(hits[0]).toMatchObject({ front: 'Aorta layers?', back: 'intima' });
  });

  it('keeps to one deck when asked and leaves deleted cards and decks out', () => {
    const { service, db } = setup();
    const one = service.createDeck('One');
    const two = service.createDeck('Two');
    const inOne = service.createCard({ deckId: one.id, front: 'Gout treatment?', back: 'Colchicine' });
    const inTwo = service.createCard({ deckId: two.id, front: 'Gout diagnosis?', back: 'Crystals' });
    const retriever = new FtsCardRetriever(db);
    expect(retriever.search('gout', { deckId: one.id }).map((h) => h.cardId)).toEqual([inOne.id]);
    expect(
      retriever
        .search('gout')
        .map((h) => h.cardId)
        .sort(),
    ).toEqual([inOne.id, inTwo.id].sort());
    service.deleteCard(inOne.id);
    expect(retriever.search('gout').map((h) => h.cardId)).toEqual([inTwo.id]);
    db.prepare('UPDATE decks SET deleted_at = 1 WHERE id = ?').run(two.id);
    expect(retriever.search('gout')).toEqual([]);
  });

  it('scores a card that answers above the threshold and one about something else below it', () => {
    const { service, db } = setup();
    const deck = service.createDeck('Mixed');
    service.createCard({ deckId: deck.id, front: 'Treatment of asthma?', back: 'Inhaled corticosteroid' });
    service.createCard({ deckId: deck.id, front: 'Treatment of gout?', back: 'Colchicine' });
    const retriever = new FtsCardRetriever(db);
    const asthma = retriever.search('how is asthma treated');
    expect(isRelevant(asthma[0]!)).toBe(true);
    // The gout card shares a word with the question, not its subject.
    const absent = retriever.search('treatment of gout in kawasaki disease');
    expect(absent.length).toBeGreaterThan(0);
    expect(absent.every((hit) => !isRelevant(hit))).toBe(true);
    expect(retriever.search('treatment of gout in kawasaki disease', { minScore: RELEVANCE_THRESHOLD })).toEqual([]);
    expect(retriever.search('treatment of kawasaki disease')).toEqual([]);
    expect(retriever.search('asthma', { limit: 1 })).toHaveLength(1);
  });

  it('sees a card added or edited after an earlier search (the vocabulary is re-read)', () => {
    const { service, db } = setup();
    const deck = service.createDeck('New');
    service.createCard({ deckId: deck.id, front: 'Pheochromocytoma symptoms?', back: 'Headache, sweating' });
    const retriever = new FtsCardRetriever(db);
    expect(retriever.search('pheochromocytomas')).toHaveLength(1);
    // A new word one letter from an old one is searched as typed, not "corrected" to the old one.
    const added = service.createCard({ deckId: deck.id, front: 'Paraganglioma site?', back: 'Outside the adrenal' });
    expect(retriever.search('paraganglioma').map((h) => h.cardId)).toEqual([added.id]);
    service.updateCard(added.id, { front: 'Chromaffin tumour outside the adrenal?' });
    expect(retriever.search('paraganglioma')).toEqual([]);
  });
});
