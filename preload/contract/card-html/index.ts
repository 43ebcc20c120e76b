// Card field HTML shared by main (import, export) and the renderer (display): sanitizer and media URLs.
export { sanitizeCardHtml, sanitizeCardTree, MAX_CARD_HTML_CHARS } from './sanitize';
export type { CardHtmlOptions, SanitizedCardHtml, SanitizedCardTree } from './sanitize';
export { CardHtmlError, MAX_CARD_HTML_DEPTH, audioElement, type MediaLookup } from './rewrite-tree';
export { CARD_CLASS_NAMES, CARD_HTML_SCHEMA } from './schema';
export { filterStyle } from './style-filter';
export { MEDIA_HOST, MEDIA_URL_PATTERN, MEDIA_URL_PREFIX, isMediaHash, mediaHashOfUrl, mediaUrl } from './media-url';
export {
  cardSideLine,
  cardSideSummary,
  type CardFormat,
  type CardSideSummary,
  type CardTextOptions,
} from './card-text';
