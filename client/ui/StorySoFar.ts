import type { RoundStory } from "../../common/schemas/server-messages.ts";
import type { MayorView } from "../net/view-model.ts";
import { el, renderKeyed } from "./dom.ts";
import { renderSpeeches } from "./SpeechColumns.ts";

/** Every resolved round, newest first: what the town concluded and what each mayor said. For late joiners too. */
export function renderStorySoFar(container: HTMLElement, rounds: RoundStory[], mayors: MayorView[]): void {
  renderKeyed(container, JSON.stringify([rounds.map((r) => r.round), mayors.map((m) => [m.id, m.name, m.color])]), () =>
    rounds.length === 0
      ? [el("p", { class: "empty", text: "Nothing has happened yet." })]
      : [...rounds].reverse().map((r) => {
          const speeches = el("div", { class: "speech-columns" });
          renderSpeeches(speeches, mayors, r.speeches, r.round);
          const bars = r.record.barsAfter;
          return el("section", { class: "story-round", attrs: { "data-round": String(r.round) } }, [
            el("h4", { text: `Round ${r.round}` }),
            el("p", { class: "round-summary", text: r.record.summary }),
            el("p", { class: "muted", text: `After the round: ecology ${bars.ecology}, economy ${bars.economy}, research ${bars.research}.` }),
            speeches,
          ]);
        }),
  );
}
