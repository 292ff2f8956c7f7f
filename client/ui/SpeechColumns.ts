import type { Speech } from "../../common/schemas/campaign.ts";
import type { MayorView } from "../net/view-model.ts";
import { el, renderKeyed, swatch } from "./dom.ts";

/** The round's speeches side by side, revealed all at once. */
export function renderSpeeches(container: HTMLElement, mayors: MayorView[], speeches: Speech[], round: number): void {
  renderKeyed(container, JSON.stringify([round, speeches, mayors.map((m) => [m.id, m.name, m.color])]), () =>
    mayors.map((m) => {
      const speech = speeches.find((s) => s.mayor === m.id && s.round === round);
      return el("article", { class: "speech-column", attrs: { "data-mayor": m.id, tabindex: "0", "aria-label": `${m.name}'s speech` }, style: { "--mayor": m.color } }, [
        el("header", {}, [swatch(m.color), el("span", { text: m.name })]),
        speech ? el("p", { class: "speech-text", text: speech.text }) : el("p", { class: "speech-silent", text: "stayed silent" }),
      ]);
    }),
  );
}
