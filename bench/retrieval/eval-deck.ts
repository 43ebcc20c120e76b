// The retrieval eval's deck, generated deterministically from the fact tables: per disease a card for
// each fact (definition, cause, presentation, diagnosis, treatment, complication, risk factors), its
// abbreviation, a cloze and a reversed card; per drug its mechanism, class, uses, adverse effects,
// cautions, monitoring, a cloze and a reversed card. Each card records the facts it states, so a
// question labeled with a fact counts every card that answers it as relevant.
import { CARDIO_RESP } from './facts/diseases-cardio-resp';
import { GI_RENAL_ENDO } from './facts/diseases-gi-renal-endo';
import { NEURO_HEME_ID } from './facts/diseases-neuro-heme-id';
import { OTHER_CONDITIONS } from './facts/diseases-other';
import { DRUGS } from './facts/drugs';

export interface EvalCard {
  /** Stable id: "<entry>:<aspect>". */
  key: string;
  deck: string;
  front: string;
  back: string;
  noteType: 'basic' | 'cloze';
  tags: string[];
  /** Fact ids ("mi:treatment") this card states. */
  facts: string[];
}

function rows(table: string, columns: number): string[][] {
  return table
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const cells = line.split('|').map((cell) => cell.trim());
      if (cells.length !== columns) throw new Error(`fact row needs ${columns} columns: ${line.slice(0, 60)}`);
      return cells;
    });
}

/** A stable choice among phrasings, so the deck reads like one written by people, not one template. */
function pick<T>(key: string, options: readonly T[]): T {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return options[hash % options.length] as T;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const deckName = (system: string) => system.charAt(0).toUpperCase() + system.slice(1);

function diseaseCards(cells: string[]): EvalCard[] {
  const [key, name, abbr, system, definition, cause, presentation, diagnosis, treatment, complication, risk] =
    cells as [string, string, string, string, string, string, string, string, string, string, string];
  const deck = deckName(system);
  const tags = [system.replace(/\s+/g, '_'), key];
  const card = (aspect: string, front: string, back: string, facts = [`${key}:${aspect}`]): EvalCard => ({
    key: `${key}:${aspect}`,
    deck,
    front,
    back,
    noteType: 'basic',
    tags,
    facts,
  });
  const cards: EvalCard[] = [
    card('def', pick(key + 'd', [`What is ${name}?`, `Define ${name}.`, `${name}: definition?`]), definition),
    card('cause', pick(key + 'c', [`What causes ${name}?`, `Cause of ${name}?`, `Etiology of ${name}?`]), cause),
    card(
      'presentation',
      pick(key + 'p', [`How does ${name} present?`, `Clinical features of ${name}?`, `Symptoms and signs of ${name}?`]),
      presentation,
    ),
    card(
      'diagnosis',
      pick(key + 'g', [`How is ${name} diagnosed?`, `Investigations for ${name}?`, `Diagnosis of ${name}?`]),
      diagnosis,
    ),
    card(
      'treatment',
      pick(key + 't', [`What is the treatment of ${name}?`, `Management of ${name}?`, `How is ${name} treated?`]),
      treatment,
    ),
    card(
      'complication',
      pick(key + 'x', [`Major complications of ${name}?`, `Complications of ${name}?`]),
      complication,
    ),
    card('risk', pick(key + 'r', [`Risk factors for ${name}?`, `Who is at risk of ${name}?`]), risk),
    {
      key: `${key}:cloze`,
      deck,
      front: `{{c1::${name}}} classically presents with ${lowerFirst(presentation)}.`,
      back: '',
      noteType: 'cloze',
      tags,
      facts: [`${key}:presentation`, `${key}:name`],
    },
    card('reverse', `Which condition presents with: ${lowerFirst(presentation)}?`, name, [`${key}:presentation`]),
  ];
  if (abbr !== 'none') {
    const first = (abbr.split(',')[0] as string).trim();
    cards.push(card('abbr', `What does ${first} stand for?`, name, [`${key}:abbr`, `${key}:name`]));
  }
  return cards;
}

function drugCards(cells: string[]): EvalCard[] {
  const [key, name, drugClass, mechanism, indication, adverse, caution, monitoring] = cells as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const tags = ['pharmacology', key];
  const card = (aspect: string, front: string, back: string, facts = [`${key}:${aspect}`]): EvalCard => ({
    key: `${key}:${aspect}`,
    deck: 'Pharmacology',
    front,
    back,
    noteType: 'basic',
    tags,
    facts,
  });
  return [
    card('mechanism', pick(key + 'm', [`Mechanism of action of ${name}?`, `How does ${name} work?`]), mechanism),
    card('class', pick(key + 'k', [`Drug class of ${name}?`, `${name} belongs to which drug class?`]), drugClass),
    card('indication', pick(key + 'i', [`Indications for ${name}?`, `What is ${name} used for?`]), indication),
    card('adverse', pick(key + 'a', [`Adverse effects of ${name}?`, `Side effects of ${name}?`]), adverse),
    card('contraindication', `Contraindications and cautions for ${name}?`, caution),
    card('monitoring', `${name}: what to monitor (or the antidote)?`, monitoring),
    {
      key: `${key}:cloze`,
      deck: 'Pharmacology',
      front: `{{c1::${name}}} is a ${drugClass} used for ${lowerFirst(indication)}.`,
      back: '',
      noteType: 'cloze',
      tags,
      facts: [`${key}:class`, `${key}:indication`],
    },
    card('reverse', `Which drug: ${lowerFirst(mechanism)}?`, name, [`${key}:mechanism`]),
  ];
}

/** Every card of the eval deck, in a fixed order. */
export function evalDeckCards(): EvalCard[] {
  const diseases = [CARDIO_RESP, GI_RENAL_ENDO, NEURO_HEME_ID, OTHER_CONDITIONS].flatMap((table) => rows(table, 11));
  const cards = [...diseases.flatMap(diseaseCards), ...rows(DRUGS, 8).flatMap(drugCards)];
  const keys = new Set<string>();
  for (const card of cards) {
    if (keys.has(card.key)) throw new Error(`duplicate card key ${card.key}`);
    keys.add(card.key);
  }
  return cards;
}
