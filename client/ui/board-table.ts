import { el } from "./dom.ts";

/** Column heads; a short visible word carries its full name for screen readers and the pointer. */
export function columnHeads(columns: ([string] | [string, string])[]): HTMLTableCellElement[] {
  return columns.map(([text, full]) => el("th", { text, attrs: { scope: "col", ...(full ? { title: full, "aria-label": full } : {}) } }));
}

/** A wide table that scrolls sideways on a narrow screen, reachable by keyboard (a focusable, named region). */
export function scrollable(name: string, children: HTMLElement[]): HTMLElement {
  return el("div", { class: "board-wrap", attrs: { role: "region", "aria-label": name, tabindex: "0" } }, children);
}
