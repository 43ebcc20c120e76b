// An FTS5 index's vocabulary (every term with the number of rows holding it), read through an
// fts5vocab table: how rare a query word is in the student's decks or past answers (its weight), and
// the nearest real term for a misspelt word. Kept in memory and re-read only after the index changed.
import type { Database, Statement } from 'better-sqlite3';
import { FuzzyIndex } from '../scope/fuzzy';
import type { TokenPattern } from './word-forms';

/** Which index: its FTS5 table, and how many live rows it holds (what a term's share is taken of). */
export interface IndexedTable {
  table: 'cards_fts' | 'messages_fts';
  countSql: string;
}

export const CARDS_INDEX: IndexedTable = { table: 'cards_fts', countSql: 'SELECT count(*) AS n FROM cards_fts' };

export class IndexVocabulary {
  private readonly termsStmt: Statement<[], { term: string; doc: number }>;
  private readonly countStmt: Statement<[], { n: number }>;
  private readonly versionStmt: Statement<[], { version: string | null }>;
  private version: string | null | undefined = undefined;
  private terms: string[] = [];
  private docs: Int32Array = new Int32Array(0);
  private total = 0;
  private fuzzy: FuzzyIndex | null = null;

  constructor(db: Database, index: IndexedTable = CARDS_INDEX) {
    const { table } = index;
    // A temp table: it lives with this connection only, so the data file's schema is unchanged.
    db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.retrieval_${table}_vocab USING fts5vocab(main, ${table}, row)`);
    this.termsStmt = db.prepare(`SELECT term, doc FROM temp.retrieval_${table}_vocab`);
    this.countStmt = db.prepare(index.countSql);
    // FTS5 rewrites its averages record (id 1: row and token counts) and structure record (id 10:
    // segments and a write counter) on every change to the index, so together they tell whether the
    // vocabulary read earlier is still the index's. One primary-key read instead of a rescan.
    this.versionStmt = db.prepare(
      `SELECT group_concat(hex(block), '.') AS version FROM (SELECT block FROM ${table}_data WHERE id IN (1, 10) ORDER BY id)`,
    );
  }

  /** Re-reads the vocabulary when the index changed since the last read. */
  refresh(): void {
    const version = this.versionStmt.get()?.version ?? null;
    if (version === this.version) return;
    // Sorted here, in the order lowerBound compares (UTF-16 code units), not SQLite's byte order.
    const rows = this.termsStmt.all().sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
    this.terms = rows.map((row) => row.term);
    this.docs = Int32Array.from(rows, (row) => row.doc);
    this.total = this.countStmt.get()?.n ?? 0;
    this.fuzzy = null;
    this.version = version;
  }

  /** Live rows (cards, or answered messages) in the index. */
  get cardCount(): number {
    return this.total;
  }

  /** Cards holding a term matched by the pattern (a prefix's terms summed, at most every card). */
  docFreq(pattern: TokenPattern): number {
    let at = this.lowerBound(pattern.text);
    if (!pattern.prefix) return this.terms[at] === pattern.text ? (this.docs[at] as number) : 0;
    let sum = 0;
    for (; at < this.terms.length && (this.terms[at] as string).startsWith(pattern.text); at++) {
      sum += this.docs[at] as number;
      if (sum >= this.total) return this.total;
    }
    return sum;
  }

  /** The index term closest to a misspelt word (edit distance 1 up to 7 letters, 2 from 8), if any. */
  nearest(word: string): { term: string; distance: number } | undefined {
    this.fuzzy ??= new FuzzyIndex(this.terms);
    return this.fuzzy.nearest(word);
  }

  private lowerBound(text: string): number {
    let low = 0;
    let high = this.terms.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.terms[mid] as string) < text) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
