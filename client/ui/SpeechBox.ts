import { SPEECH_MAX_CHARS } from "../../common/schemas/game.ts";
import { loadDraft, saveDraft } from "../net/speech-draft.ts";
import { el } from "./dom.ts";

export interface SpeechBoxHandlers {
  deliver(text: string): void;
  silent(): void;
}

/**
 * The speech composer: a 1,200-character box whose draft survives a reload; once delivered it shows the speech,
 * still secret from the others.
 */
export class SpeechBox {
  readonly element: HTMLElement;
  private readonly input: HTMLTextAreaElement;
  private readonly counter: HTMLElement;
  private readonly deliverButton: HTMLButtonElement;
  private readonly silentButton: HTMLButtonElement;
  private readonly sent: HTMLElement;
  private readonly context: HTMLElement;
  private round = 0;

  constructor(handlers: SpeechBoxHandlers, private readonly code: string) {
    this.input = el("textarea", {
      class: "speech-input",
      attrs: { maxlength: String(SPEECH_MAX_CHARS), rows: "7", placeholder: "Speak to the town. Promise what you will do, e.g. “I will plant a forest by round 3” — the fact-checkers are listening.", "aria-label": "Your speech" },
    });
    this.counter = el("span", { class: "counter" });
    this.deliverButton = el("button", { class: "primary", text: "Deliver speech", attrs: { type: "button", "data-action": "deliver" } });
    this.silentButton = el("button", { class: "ghost", text: "Stay silent", attrs: { type: "button" } });
    this.sent = el("div", { class: "speech-sent" });
    this.context = el("div", { class: "speech-context" });
    this.deliverButton.addEventListener("click", () => {
      const text = this.input.value.trim();
      if (text) handlers.deliver(text);
    });
    this.silentButton.addEventListener("click", () => handlers.silent());
    this.input.addEventListener("input", () => {
      this.count();
      saveDraft(this.code, this.round, this.input.value);
    });
    this.element = el("section", { class: "speech-box" }, [
      el("h3", { text: "Your speech" }),
      this.context,
      this.input,
      el("div", { class: "speech-actions" }, [this.counter, this.silentButton, this.deliverButton]),
      this.sent,
    ]);
    this.count();
  }

  /** `spoken` is this round's delivered speech; `silent` when the mayor chose to say nothing. */
  update(round: number, spoken: string | null, silent: boolean, context: string): void {
    if (round !== this.round) {
      this.round = round;
      this.input.value = loadDraft(this.code, round);
      this.count();
    }
    this.context.textContent = context;
    const finished = spoken !== null || silent;
    if (finished && this.input.value) {
      this.input.value = "";
      saveDraft(this.code, round, "");
    }
    this.input.hidden = finished;
    this.deliverButton.hidden = finished;
    this.silentButton.hidden = finished;
    this.counter.hidden = finished;
    this.sent.hidden = !finished;
    this.sent.replaceChildren(
      el("p", { class: "speech-sent-label", text: spoken !== null ? "Delivered. It stays secret until every mayor has spoken." : "You stay silent this round." }),
      el("p", { class: "speech-text", text: spoken ?? "" }),
    );
  }

  private count(): void {
    const n = this.input.value.length;
    this.counter.textContent = `${n} / ${SPEECH_MAX_CHARS}`;
    this.counter.classList.toggle("counter-near", n > SPEECH_MAX_CHARS * 0.9);
    this.deliverButton.disabled = this.input.value.trim() === "";
  }
}
