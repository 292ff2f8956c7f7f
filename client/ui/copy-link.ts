import { el } from "./dom.ts";
import { toast } from "./toasts.ts";

/** A button that copies a link (to join, or to watch) and says so; where the clipboard is refused it shows the link. */
export function copyLink(text: string, link: string, cls: string, label: string): HTMLButtonElement {
  const button = el("button", { class: cls, text, attrs: { type: "button", "aria-label": label, title: label, "data-link": link } });
  button.addEventListener("click", () => {
    navigator.clipboard?.writeText(link).then(
      () => toast(`Link copied: ${link}`, "info"),
      () => toast(`Share this link: ${link}`, "info"),
    ) ?? toast(`Share this link: ${link}`, "info");
  });
  return button;
}
