/**
 * The unsent speech of this tab, kept in sessionStorage under the room and the round so a reload gets it back and a
 * new round starts blank.
 */
const PREFIX = "ecotopia.draft";

const key = (code: string, round: number) => `${PREFIX}.${code}.${round}`;

export function loadDraft(code: string, round: number, storage: Storage = sessionStorage): string {
  return storage.getItem(key(code, round)) ?? "";
}

/** Saves the draft, or forgets it when empty; drafts of other rounds of the room go, so storage does not grow. */
export function saveDraft(code: string, round: number, text: string, storage: Storage = sessionStorage): void {
  for (let i = storage.length - 1; i >= 0; i--) {
    const other = storage.key(i);
    if (other?.startsWith(`${PREFIX}.${code}.`) && other !== key(code, round)) storage.removeItem(other);
  }
  if (text) storage.setItem(key(code, round), text);
  else storage.removeItem(key(code, round));
}
