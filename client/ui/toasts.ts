import { el } from "./dom.ts";

const SHOW_MS = 6000;

/** Shows a message in plain words at the top of the screen for a few seconds. */
export function toast(message: string, kind: "error" | "info" = "error"): void {
  const host = document.getElementById("toasts");
  if (!host) return;
  const item = el("div", { class: `toast toast-${kind}`, text: message, attrs: { role: kind === "error" ? "alert" : "status" } });
  host.append(item);
  while (host.children.length > 4) host.firstElementChild?.remove();
  setTimeout(() => item.classList.add("toast-out"), SHOW_MS);
  setTimeout(() => item.remove(), SHOW_MS + 400);
}

/** Removes every toast: a new screen starts without the last one's errors. */
export function clearToasts(): void {
  document.getElementById("toasts")?.replaceChildren();
}
