// A forgiving JSON reader for model output: trailing commas, single quotes, unquoted keys, missing commas,
// Python literals and a truncated end (open arrays keep their finished elements). Iterative depth is capped.
import { MAX_JSON_DEPTH } from './limits';

export type LooseValue = string | number | boolean | null | LooseValue[] | LooseObject;

/** An object; `complete` is false when the input ended (or broke) before its closing brace. */
export class LooseObject {
  constructor(
    readonly fields: Map<string, LooseValue>,
    readonly complete: boolean,
    /** Offset of its opening brace in the text. */
    readonly start: number,
  ) {}
}

export interface LooseParse {
  value: LooseValue;
  /** Offset just past the value (or where reading stopped). */
  end: number;
}

const QUOTES: Record<string, string> = { '"': '"', "'": "'", '\u201C': '\u201D' };
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '/': '/' };

class StopReading extends Error {}

class LooseReader {
  private pos: number;
  /** Set once the input ended or broke: every open container closes with what it has. */
  private stopped = false;

  constructor(
    private readonly text: string,
    start: number,
  ) {
    this.pos = start;
  }

  read(): LooseParse | null {
    try {
      const value = this.value(0);
      return { value, end: this.pos };
    } catch (error) {
      if (error instanceof StopReading) return null;
      throw error;
    }
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos] ?? '')) this.pos++;
  }

  private value(depth: number): LooseValue {
    if (depth > MAX_JSON_DEPTH) throw new StopReading();
    this.skipSpace();
    const ch = this.text[this.pos];
    if (ch === undefined) throw new StopReading();
    if (ch === '[') return this.array(depth);
    if (ch === '{') return this.object(depth);
    if (ch in QUOTES) return this.string();
    const word = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|True|False|None)/.exec(
      this.text.slice(this.pos, this.pos + 40),
    );
    if (!word) throw new StopReading();
    this.pos += word[0].length;
    if (word[0] === 'true' || word[0] === 'True') return true;
    if (word[0] === 'false' || word[0] === 'False') return false;
    if (word[0] === 'null' || word[0] === 'None') return null;
    return Number(word[0]);
  }

  private array(depth: number): LooseValue[] {
    this.pos++; // [
    const items: LooseValue[] = [];
    for (;;) {
      this.skipSpace();
      const ch = this.text[this.pos];
      if (ch === undefined) return this.stop(items);
      if (ch === ']') {
        this.pos++;
        return items;
      }
      if (ch === ',') {
        this.pos++; // also swallows trailing and doubled commas
        continue;
      }
      const before = this.pos;
      let item: LooseValue;
      try {
        item = this.value(depth + 1);
      } catch (error) {
        if (!(error instanceof StopReading) || items.length === 0) throw error;
        this.pos = before;
        return this.stop(items);
      }
      // A value that was cut short is dropped unless it is an object that had already closed.
      if (!this.stopped || (item instanceof LooseObject && item.complete)) items.push(item);
      if (this.stopped) return items;
    }
  }

  private object(depth: number): LooseObject {
    const start = this.pos++; // {
    const fields = new Map<string, LooseValue>();
    for (;;) {
      this.skipSpace();
      const ch = this.text[this.pos];
      if (ch === undefined) return this.stop(new LooseObject(fields, false, start));
      if (ch === '}') {
        this.pos++;
        return new LooseObject(fields, true, start);
      }
      if (ch === ',') {
        this.pos++;
        continue;
      }
      const key = this.key();
      this.skipSpace();
      if (key === null || (this.text[this.pos] !== ':' && this.text[this.pos] !== '=')) {
        if (fields.size === 0) throw new StopReading();
        return this.stop(new LooseObject(fields, false, start));
      }
      this.pos++; // :
      let item: LooseValue;
      try {
        item = this.value(depth + 1);
      } catch (error) {
        if (!(error instanceof StopReading) || fields.size === 0) throw error;
        return this.stop(new LooseObject(fields, false, start));
      }
      fields.set(key, item);
      if (this.stopped) return new LooseObject(fields, false, start);
    }
  }

  private key(): string | null {
    const ch = this.text[this.pos];
    if (ch !== undefined && ch in QUOTES) return this.string();
    const bare = /^[A-Za-z_$][\w$-]{0,40}/.exec(this.text.slice(this.pos, this.pos + 42));
    if (!bare) return null;
    this.pos += bare[0].length;
    return bare[0];
  }

  private string(): string {
    const open = this.text[this.pos] ?? '"';
    const close = QUOTES[open] ?? '"';
    this.pos++;
    let out = '';
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos++] ?? '';
      if (ch === close) return out;
      if (ch !== '\\') {
        out += ch;
        continue;
      }
      const next = this.text[this.pos++] ?? '';
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos, this.pos + 4))) {
        out += String.fromCharCode(parseInt(this.text.slice(this.pos, this.pos + 4), 16));
        this.pos += 4;
      } else {
        out += ESCAPES[next] ?? next;
      }
    }
    // Unterminated string: the input was cut inside it.
    this.stopped = true;
    return out;
  }

  private stop<T>(value: T): T {
    this.stopped = true;
    return value;
  }
}

/** Reads one loose JSON value starting at `start` (which must be `[` or `{`); null when nothing usable is there. */
export function readLooseJson(text: string, start: number): LooseParse | null {
  return new LooseReader(text, start).read();
}
