/**
 * The concepts ticked for a bulk edit. A click toggles one row and makes it the anchor; a shift-click
 * sets every row from the anchor to it to the state the clicked row takes (as in a file manager).
 */
export interface ConceptSelection {
  ids: ReadonlySet<number>
  /** List index of the last plain click. */
  anchor: number | null
}

export const emptySelection: ConceptSelection = { ids: new Set(), anchor: null }

export function toggleRow(
  selection: ConceptSelection,
  index: number,
  id: number,
  shift: boolean,
  idAt: (index: number) => number | undefined
): ConceptSelection {
  const ids = new Set(selection.ids)
  const on = !ids.has(id)
  if (!shift || selection.anchor === null) {
    if (on) ids.add(id)
    else ids.delete(id)
    return { ids, anchor: index }
  }
  const [from, to] = selection.anchor < index ? [selection.anchor, index] : [index, selection.anchor]
  for (let i = from; i <= to; i++) {
    // Rows of pages not loaded yet have no id: a range that wide is what "select all shown" is for.
    const rowId = idAt(i)
    if (rowId === undefined) continue
    if (on) ids.add(rowId)
    else ids.delete(rowId)
  }
  if (on) ids.add(id)
  else ids.delete(id)
  return { ids, anchor: selection.anchor }
}

/** "Select all shown": every concept the list holds now (all pages), or none when they all are ticked. */
export function toggleAll(selection: ConceptSelection, shown: readonly number[]): ConceptSelection {
  const all = shown.length > 0 && shown.every((id) => selection.ids.has(id))
  return { ids: all ? new Set() : new Set(shown), anchor: null }
}
