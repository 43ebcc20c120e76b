// Anki note types → this app's: the one imported before from the same Anki note type with the same
// fields is reused (its templates and CSS brought up to date), otherwise a new one is created.
import type { AnkiNoteType } from '../flashcards/interchange/anki/package';
import { sortFieldIn, type NoteRepository, type NoteTypeRecord } from '../flashcards/notes';

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

export class NoteTypeMapper {
  private readonly mapped = new Map<number, NoteTypeRecord>();
  private readonly types: Map<number, AnkiNoteType>;

  constructor(
    private readonly repository: NoteRepository,
    types: readonly AnkiNoteType[],
  ) {
    this.types = new Map(types.map((type) => [type.id, type]));
  }

  /** The app's note type for an Anki note type id, or null when the package does not define it. */
  typeFor(ankiTypeId: number): NoteTypeRecord | null {
    const known = this.mapped.get(ankiTypeId);
    if (known) return known;
    const source = this.types.get(ankiTypeId);
    if (!source) return null;
    const templates = source.templates.map((t) => ({ name: t.name, front: t.qfmt, back: t.afmt }));
    const reusable = this.repository
      .typesFromSource(source.id)
      .find((type) => type.kind === source.kind && sameList(type.fields, source.fieldNames));
    let type: NoteTypeRecord;
    if (reusable) {
      const sortField = sortFieldIn(source.sortFieldIndex, source.fieldNames.length);
      const changed =
        reusable.name !== source.name ||
        reusable.css !== source.css ||
        reusable.sortField !== sortField ||
        JSON.stringify(reusable.templates) !== JSON.stringify(templates);
      const update = { name: source.name, templates, css: source.css, sortField };
      if (changed) this.repository.updateType(reusable.id, { ...update, fields: reusable.fields });
      type = changed ? { ...reusable, ...update } : reusable;
    } else {
      type = this.repository.insertType({
        name: source.name || 'Note type',
        kind: source.kind,
        fields: source.fieldNames,
        templates,
        css: source.css,
        sortField: source.sortFieldIndex,
        sourceId: source.id,
      });
    }
    this.mapped.set(ankiTypeId, type);
    return type;
  }
}
