/**
 * Picking a canned reason with one key (1–9): the digit picks the reason at that place in its
 * type's list. A digit typed into a text field that already holds text is the moderator typing,
 * not a pick; into an empty one (the dialog focuses its note) it picks.
 */
export function pickedIndex(event: KeyboardEvent): number | null {
  if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return null;
  if (!/^[1-9]$/.test(event.key)) return null;
  const target = event.target;
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) {
    if (target.value.length > 0) return null;
  } else if (target instanceof HTMLElement && (target.isContentEditable || target.tagName === 'SELECT')) {
    return null;
  }
  return Number(event.key) - 1;
}
