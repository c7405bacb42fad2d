/**
 * The saved state of a checklist: which boxes are ticked, as a JSON array of booleans
 * keyed by page path and list position. A list whose length changed since the state was
 * saved keeps the ticks of the items that still exist.
 */
export function storageKeyFor(pathname: string, listIndex: number): string {
  return `checklist:${pathname}#${listIndex}`;
}

export function parseState(saved: string | null): boolean[] {
  if (!saved) return [];
  try {
    const value: unknown = JSON.parse(saved);
    return Array.isArray(value) ? value.map((v) => v === true) : [];
  } catch {
    return [];
  }
}

/** Ticks the boxes the saved state says; leaves the authored state where nothing was saved. */
export function restoreChecked(boxes: { checked: boolean }[], saved: string | null): void {
  if (saved === null) return;
  const state = parseState(saved);
  boxes.forEach((box, i) => {
    box.checked = state[i] ?? false;
  });
}

export function toggledState(boxes: readonly { checked: boolean }[]): string {
  return JSON.stringify(boxes.map((b) => b.checked));
}
