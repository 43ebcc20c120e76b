// Pure multi-select for the card list: click, Ctrl/Cmd-click toggles, Shift-click selects a range.
export interface Selection {
  ids: ReadonlySet<number>;
  /** Row index of the last plain or toggle click: where a Shift range starts. */
  anchor: number | null;
}

export const emptySelection: Selection = { ids: new Set(), anchor: null };

export interface ClickModifiers {
  toggle: boolean;
  range: boolean;
}

/** The selection after clicking row `index` (card `id`); `idAt` gives the loaded card id of a row. */
export function clickSelect(
  selection: Selection,
  index: number,
  id: number,
  modifiers: ClickModifiers,
  idAt: (row: number) => number | null,
): Selection {
  if (modifiers.range && selection.anchor !== null) {
    const ids = new Set(selection.ids);
    const [from, to] = selection.anchor <= index ? [selection.anchor, index] : [index, selection.anchor];
    for (let row = from; row <= to; row += 1) {
      const rowId = idAt(row);
      if (rowId !== null) ids.add(rowId);
    }
    return { ids, anchor: selection.anchor };
  }
  if (modifiers.toggle) {
    const ids = new Set(selection.ids);
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    return { ids, anchor: index };
  }
  return { ids: new Set([id]), anchor: index };
}

/** Drops ids that are gone (moved, deleted). */
export function withoutIds(selection: Selection, gone: Iterable<number>): Selection {
  const ids = new Set(selection.ids);
  for (const id of gone) ids.delete(id);
  return { ids, anchor: ids.size === 0 ? null : selection.anchor };
}
