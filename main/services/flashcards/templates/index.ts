// Anki card templates: parse, render a note's cards, cloze deletions.
export { renderNoteCards, type CardTemplate, type RenderableNote, type RenderedCard } from './render-card';
export { parseTemplate, TemplateError, type TemplateNode } from './template-parser';
export { isFieldEmpty, stripHtml } from './field-empty';
export { clozeCardNumbers, renderClozeAnswer, renderClozeQuestion } from './cloze-render';
