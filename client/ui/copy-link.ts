import { el } from "./dom.ts";
import { toast } from "./toasts.ts";

/**
 * A button that copies a link (to join, or to watch) and says so; where the clipboard is refused it shows the link.
 * Its accessible name starts with the visible text, as speech control needs, then says what the link does.
 */
export function copyLink(text: string, link: string, cls: string, purpose: string): HTMLButtonElement {
  const button = el("button", { class: cls, text, attrs: { type: "button", "aria-label": `${text}: ${purpose}`, title: purpose, "data-link": link } });
  button.addEventListener("click", () => {
    navigator.clipboard?.writeText(link).then(
      () => toast(`Link copied: ${link}`, "info"),
      () => toast(`Share this link: ${link}`, "info"),
    ) ?? toast(`Share this link: ${link}`, "info");
  });
  return button;
}
