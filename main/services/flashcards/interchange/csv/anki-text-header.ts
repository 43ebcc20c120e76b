// The "#key:value" lines at the head of Anki's "Notes in Plain Text" files (and the legacy first line "tags:…").
// Grammar as Anki reads it: only the lines before the first data row count; a line starting with "#" is a header
// line even when Anki does not know its key; the key is trimmed and case-insensitive, the value is what follows
// the first ":" up to the line end. Column numbers are 1-based.

/** The six separators Anki offers, by the names its "#separator:" line uses. */
export const ANKI_SEPARATORS = {
  comma: ',',
  semicolon: ';',
  tab: '\t',
  space: ' ',
  pipe: '|',
  colon: ':',
} as const;

export type AnkiSeparatorName = keyof typeof ANKI_SEPARATORS;

export interface AnkiTextHeader {
  /** From "#separator:"; undefined when absent or not a separator Anki knows. */
  delimiter?: string;
  /** From "#html:true|false"; undefined when absent (then guessed from the rows, as Anki does). */
  html?: boolean;
  /** "#tags:" (or a legacy first line "tags:"): added to every note. */
  tags: string[];
  /** "#columns:" as written; split with the file's separator once that is known. */
  columns?: string;
  /** "#deck:" / "#notetype:": used for rows whose own column is empty or absent. */
  deck?: string;
  notetype?: string;
  deckColumn?: number;
  tagsColumn?: number;
  notetypeColumn?: number;
  guidColumn?: number;
  /** Header lines that were present but not understood, to tell the user. */
  ignored: string[];
  /** How many lines the header took (0 when the file has none). */
  lineCount: number;
}

/** A separator from its Anki name (any case, spaces around allowed) or from the one character itself. */
export function separatorFromValue(value: string): string | undefined {
  const name = value.trim().toLowerCase();
  if (name in ANKI_SEPARATORS) return ANKI_SEPARATORS[name as AnkiSeparatorName];
  return Object.values(ANKI_SEPARATORS).find((char) => char === value);
}

/** The Anki name of a separator character, for writing "#separator:". */
export function separatorName(delimiter: string): AnkiSeparatorName {
  const entry = Object.entries(ANKI_SEPARATORS).find(([, char]) => char === delimiter);
  if (!entry) throw new Error(`"${delimiter}" is not a separator Anki knows`);
  return entry[0] as AnkiSeparatorName;
}

/** A column number: a positive integer, as Anki's parse::<u32>() accepts (0 means "no column" there). */
function columnNumber(value: string): number | undefined {
  const trimmed = value.trim();
  if (!/^\d{1,6}$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return n > 0 ? n : undefined;
}

const splitTags = (value: string): string[] => value.split(/\s+/).filter((tag) => tag !== '');

function applyLine(header: AnkiTextHeader, key: string, value: string, line: string): void {
  const number = (): number | undefined => columnNumber(value);
  let understood = true;
  switch (key) {
    case 'separator':
      header.delimiter = separatorFromValue(value);
      understood = header.delimiter !== undefined;
      break;
    case 'html': {
      const flag = value.trim().toLowerCase();
      if (flag === 'true' || flag === 'false') header.html = flag === 'true';
      else understood = false;
      break;
    }
    case 'tags':
      header.tags = splitTags(value);
      break;
    case 'columns':
      header.columns = value;
      break;
    case 'deck':
    case 'notetype':
      if (value.trim() !== '') header[key] = value.trim();
      break;
    case 'deck column':
    case 'tags column':
    case 'notetype column':
    case 'guid column': {
      const field = `${key.split(' ')[0]}Column` as 'deckColumn' | 'tagsColumn' | 'notetypeColumn' | 'guidColumn';
      header[field] = number();
      understood = header[field] !== undefined;
      break;
    }
    default:
      // Anki skips keys it does not know (and comments); so do we, but the user is told.
      understood = false;
  }
  if (!understood) header.ignored.push(line);
}

/**
 * Reads the header lines at the start of `text` (BOM already removed) and returns them with the text after them.
 * A file without header lines gives lineCount 0 and the whole text back.
 */
export function readAnkiTextHeader(text: string): { header: AnkiTextHeader; body: string } {
  const header: AnkiTextHeader = { tags: [], ignored: [], lineCount: 0 };
  let at = 0;
  for (;;) {
    const end = text.indexOf('\n', at);
    const raw = text.slice(at, end === -1 ? text.length : end);
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (header.lineCount === 0 && line.startsWith('tags:')) {
      header.tags = splitTags(line.slice('tags:'.length));
    } else if (line.startsWith('#')) {
      const colon = line.indexOf(':');
      if (colon !== -1) applyLine(header, line.slice(1, colon).trim().toLowerCase(), line.slice(colon + 1), line);
    } else break;
    header.lineCount++;
    if (end === -1) return { header, body: '' };
    at = end + 1;
  }
  return { header, body: text.slice(at) };
}
