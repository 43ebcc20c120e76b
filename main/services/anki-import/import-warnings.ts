// Warnings of one import: single messages as they come, repeated cases counted and summed up once.

/** Names listed in one warning before "…". */
const NAMES_SHOWN = 5;

export class ImportWarnings {
  readonly list: string[] = [];
  private readonly counts = { unknownType: 0, emptyCards: 0 };
  private readonly problems = new Map<string, number>();
  private readonly missing = new Set<string>();
  private readonly droppedTagNames = new Set<string>();

  add(message: string): void {
    this.list.push(message);
  }

  count(kind: keyof ImportWarnings['counts']): void {
    this.counts[kind]++;
  }

  /** A note that could not be rendered as written (counted per message). */
  problem(message: string): void {
    this.problems.set(message, (this.problems.get(message) ?? 0) + 1);
  }

  missingMedia(names: readonly string[]): void {
    for (const name of names) this.missing.add(name);
  }

  droppedTags(tags: readonly string[]): void {
    for (const tag of tags) this.droppedTagNames.add(tag);
  }

  /** Every warning, the counted ones summed up at the end. */
  all(): string[] {
    const out = [...this.list];
    if (this.counts.unknownType > 0) {
      out.push(`${this.counts.unknownType} note(s) were skipped: their note type is not in the package`);
    }
    for (const [problem, notes] of this.problems) {
      out.push(`${notes} note(s) show a notice instead of their cards: ${problem}`);
    }
    if (this.counts.emptyCards > 0) {
      out.push(
        `${this.counts.emptyCards} card(s) were left out: their template shows nothing for the note (an empty card in Anki)`,
      );
    }
    if (this.missing.size > 0) {
      out.push(
        `${this.missing.size} media file(s) the cards use are not available (shown as placeholders): ${shortList([...this.missing])}`,
      );
    }
    if (this.droppedTagNames.size > 0) {
      out.push(
        `${this.droppedTagNames.size} tag(s) were left out (longer than a tag may be, with spaces, or more tags ` +
          `than a card may carry): ${shortList([...this.droppedTagNames])}`,
      );
    }
    return out;
  }
}

function shortList(names: readonly string[]): string {
  return names.slice(0, NAMES_SHOWN).join(', ') + (names.length > NAMES_SHOWN ? ', …' : '');
}
