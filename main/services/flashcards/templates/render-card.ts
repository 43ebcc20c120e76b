// Renders a note's cards the way Anki does: one card per template whose front shows a non-empty
// field (standard note types), or one card per cloze number (cloze note types). Output is HTML that
// still has to go through the card sanitizer before display.
import { clozeCardNumbers, renderClozeAnswer, renderClozeQuestion } from './cloze-render';
import { isFieldEmpty, stripHtml } from './field-empty';
import { parseTemplate, type TemplateNode } from './template-parser';

export interface CardTemplate {
  name: string;
  /** Anki's qfmt. */
  front: string;
  /** Anki's afmt. */
  back: string;
}

export interface RenderableNote {
  kind: 'standard' | 'cloze';
  noteTypeName: string;
  /** Field names in the note type's order, with this note's values (HTML). */
  fields: readonly { name: string; value: string }[];
  tags: readonly string[];
  deckName: string;
  templates: readonly CardTemplate[];
}

export interface RenderedCard {
  /** Template index (standard) or cloze number − 1 (cloze), as Anki's card ord. */
  ord: number;
  templateName: string;
  question: string;
  answer: string;
}

type Side = 'question' | 'answer';

interface RenderState {
  note: RenderableNote;
  template: CardTemplate;
  side: Side;
  /** 1-based cloze number of the card being rendered (cloze note types). */
  clozeNumber: number;
  frontSide: string;
  /** Set when a real field with content was shown: a front without one makes no card. */
  showedField: boolean;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function specialField(name: string, state: RenderState): string | null {
  switch (name) {
    case 'FrontSide':
      return state.side === 'answer' ? state.frontSide : '';
    case 'Tags':
      return escapeHtml(state.note.tags.join(' '));
    case 'Type':
      return escapeHtml(state.note.noteTypeName);
    case 'Deck':
      return escapeHtml(state.note.deckName);
    case 'Subdeck':
      return escapeHtml(state.note.deckName.split('::').at(-1) ?? '');
    case 'Card':
      return escapeHtml(state.template.name);
    case 'CardFlag':
      return '';
    default:
      return null;
  }
}

function fieldValue(name: string, state: RenderState): string | null {
  return state.note.fields.find((field) => field.name === name)?.value ?? null;
}

/** Filters apply from the one nearest the field name outwards, as in Anki. */
function applyFilters(value: string, filters: readonly string[], state: RenderState): string {
  let out = value;
  for (const filter of [...filters].reverse()) {
    if (filter === 'text') out = escapeHtml(stripHtml(out));
    else if (filter === 'cloze')
      out =
        state.side === 'question'
          ? renderClozeQuestion(out, state.clozeNumber)
          : renderClozeAnswer(out, state.clozeNumber);
    else if (filter === 'cloze-only')
      out = [...out.matchAll(new RegExp(`\\{\\{c${state.clozeNumber}::([\\s\\S]*?)(?:::[\\s\\S]*?)?\\}\\}`, 'g'))]
        .map((match) => match[1])
        .join(', ');
    // No typing box here: the front must not give the answer away; the back shows the field.
    else if (filter === 'type') out = state.side === 'question' ? '' : out;
    // A disclosure element needs no script, so the sanitizer can keep it.
    else if (filter === 'hint')
      out = isFieldEmpty(out) ? '' : `<details class="hint"><summary>Show hint</summary>${out}</details>`;
    else if (filter.startsWith('tts')) out = '';
    // Unknown filters (furigana, kana, kanji, add-on filters) leave the field as it is.
  }
  return out;
}

function renderNodes(nodes: readonly TemplateNode[], state: RenderState): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.text;
    else if (node.kind === 'section') {
      const value = specialField(node.name, state) ?? fieldValue(node.name, state) ?? '';
      if (isFieldEmpty(value) === node.negated) out += renderNodes(node.children, state);
    } else {
      const special = specialField(node.name, state);
      if (special !== null) {
        out += special;
        continue;
      }
      const value = fieldValue(node.name, state);
      if (value === null) {
        out += `{unknown field ${escapeHtml(node.name)}}`;
        continue;
      }
      const rendered = applyFilters(value, node.filters, state);
      if (!isFieldEmpty(rendered)) state.showedField = true;
      out += rendered;
    }
  }
  return out;
}

function renderCard(
  note: RenderableNote,
  template: CardTemplate,
  clozeNumber: number,
): { question: string; answer: string; showedField: boolean } {
  const state: RenderState = { note, template, side: 'question', clozeNumber, frontSide: '', showedField: false };
  const question = renderNodes(parseTemplate(template.front), state);
  const showedField = state.showedField;
  const answer = renderNodes(parseTemplate(template.back), { ...state, side: 'answer', frontSide: question });
  return { question, answer, showedField };
}

/** The note's cards, in ord order. Throws TemplateError for a template Anki would also refuse. */
export function renderNoteCards(note: RenderableNote): RenderedCard[] {
  if (note.kind === 'cloze') {
    const template = note.templates[0];
    if (!template) return [];
    return clozeCardNumbers(note.fields.map((field) => field.value)).map((n) => ({
      ord: n - 1,
      templateName: template.name,
      ...pick(renderCard(note, template, n)),
    }));
  }
  const cards: RenderedCard[] = [];
  note.templates.forEach((template, ord) => {
    const rendered = renderCard(note, template, 0);
    if (rendered.showedField) cards.push({ ord, templateName: template.name, ...pick(rendered) });
  });
  return cards;
}

function pick({ question, answer }: { question: string; answer: string }): { question: string; answer: string } {
  return { question, answer };
}
