import { el } from "./dom.ts";

/**
 * Asks a yes/no question in a modal dialog (focus trapped, Escape answers no) and resolves with the answer.
 * A native <dialog>, so screen readers announce it and the page behind stays inert.
 */
export function confirmDialog(question: string, detail: string, yes: string, no: string): Promise<boolean> {
  return new Promise((answer) => {
    const dialog = el("dialog", { class: "confirm", attrs: { "aria-labelledby": "confirm-question" } });
    const close = (value: boolean) => {
      dialog.close();
      dialog.remove();
      answer(value);
    };
    dialog.append(
      el("h2", { text: question, attrs: { id: "confirm-question" } }),
      el("p", { class: "muted", text: detail }),
      el("div", { class: "confirm-actions" }, [
        el("button", { class: "ghost", text: no, attrs: { type: "button", "data-confirm": "no" }, on: { click: () => close(false) } }),
        el("button", { class: "danger", text: yes, attrs: { type: "button", "data-confirm": "yes" }, on: { click: () => close(true) } }),
      ]),
    );
    dialog.addEventListener("cancel", (event) => {
      event.preventDefault();
      close(false);
    });
    document.body.append(dialog);
    dialog.showModal();
    dialog.querySelector<HTMLButtonElement>("[data-confirm=no]")?.focus();
  });
}
