// What survives in a card field: formatting tags, tables, images and audio from app://media only.
// Every key is set, so nothing falls back to hast-util-sanitize's GitHub defaults (links, ids, inputs).
import type { Schema } from 'hast-util-sanitize';
import { MEDIA_URL_PATTERN } from './media-url';
import { PLAIN_COLOR } from './style-filter';

/**
 * Classes a field or a rendered template may carry; the app's stylesheet gives them meaning
 * (card-style: the wrapper carrying the note type's own card style).
 */
export const CARD_CLASS_NAMES = ['cloze', 'cloze-inactive', 'hint', 'media-missing', 'card-style'] as const;

const FORMATTING = ['b', 'strong', 'i', 'em', 'u', 's', 'strike', 'del', 'ins', 'mark', 'small', 'sub', 'sup'];
const BLOCKS = ['br', 'hr', 'div', 'span', 'p', 'blockquote', 'pre', 'code', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const LISTS = ['ul', 'ol', 'li'];
// Hint fields render as a closed <details> the student opens (no script involved).
const DISCLOSURE = ['details', 'summary'];
const TABLES = ['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'];
// Anki's editor wrote <font color> for years; only the colour is kept.
const LEGACY = ['font'];
const MEDIA = ['img', 'audio'];

const MEDIA_SRC: [string, RegExp] = ['src', MEDIA_URL_PATTERN];
const SIZE: [string, RegExp] = ['width', /^\d{1,4}%?$/];
const SPAN_COUNT = /^[1-9]\d{0,2}$/;

export const CARD_HTML_SCHEMA: Schema = {
  allowComments: false,
  allowDoctypes: false,
  tagNames: [...FORMATTING, ...BLOCKS, ...LISTS, ...DISCLOSURE, ...TABLES, ...LEGACY, ...MEDIA],
  // Removed with everything inside them (other unknown elements are unwrapped, keeping their text).
  strip: [
    'script',
    'style',
    'template',
    'noscript',
    'noembed',
    'noframes',
    'iframe',
    'object',
    'embed',
    'svg',
    'math',
    'textarea',
    'title',
    'select',
    'xmp',
    'plaintext',
  ],
  ancestors: {
    li: ['ol', 'ul'],
    summary: ['details'],
    caption: ['table'],
    thead: ['table'],
    tbody: ['table'],
    tfoot: ['table'],
    tr: ['table'],
    th: ['table'],
    td: ['table'],
  },
  attributes: {
    // style values are reduced by style-filter.ts before this schema runs.
    '*': ['style', 'title', ['className', ...CARD_CLASS_NAMES]],
    img: [MEDIA_SRC, 'alt', SIZE, ['height', SIZE[1]]],
    audio: [MEDIA_SRC, 'controls', ['preload', 'none']],
    th: [
      ['colSpan', SPAN_COUNT],
      ['rowSpan', SPAN_COUNT],
    ],
    td: [
      ['colSpan', SPAN_COUNT],
      ['rowSpan', SPAN_COUNT],
    ],
    ol: [['start', /^\d{1,6}$/]],
    font: [['color', PLAIN_COLOR]],
  },
  clobber: [],
  clobberPrefix: '',
  // Relative URLs are always let through by the library, so the exact app://media pattern above decides.
  protocols: { src: ['app'] },
  required: {},
};
