import type { MayorView } from "../net/view-model.ts";
import { badge, el } from "./dom.ts";

/**
 * The vote race: one labelled horizontal bar per mayor (initials, name, votes, share), a legend line saying what
 * the bars are, and a mark at the majority. Used for the counted election and for the live projection.
 */
export class VoteRace {
  readonly element: HTMLElement;
  private readonly rows = new Map<string, { bar: HTMLElement; count: HTMLElement; share: HTMLElement }>();
  private readonly legend: HTMLElement;

  constructor(mayors: Pick<MayorView, "id" | "name" | "color">[], private readonly total: number, caption: string) {
    this.legend = el("p", { class: "race-legend muted" });
    this.element = el("div", { class: "race", attrs: { role: "group", "aria-label": caption } }, [
      el("p", { class: "race-caption", text: caption }),
      ...mayors.map((m) => {
        const bar = el("div", { class: "race-bar", style: { background: m.color } });
        const count = el("span", { class: "tally-count", text: "0" });
        const share = el("span", { class: "race-share muted" });
        const row = el("div", { class: "race-row", attrs: { "data-mayor": m.id } }, [
          el("span", { class: "race-name" }, [badge(m), el("span", { text: m.name })]),
          el("div", { class: "race-track" }, [bar, el("div", { class: "race-majority", style: { left: "50%" } })]),
          el("span", { class: "race-votes" }, [count, " votes ", share]),
        ]);
        this.rows.set(m.id, { bar, count, share });
        return row;
      }),
      this.legend,
    ]);
  }

  /** Shows the counts so far; `counted` is how many of the total votes are in. */
  set(counts: Map<string, number>, counted: number): void {
    for (const [mayor, row] of this.rows) {
      const votes = counts.get(mayor) ?? 0;
      const share = this.total ? votes / this.total : 0;
      row.count.textContent = String(votes);
      row.share.textContent = `(${Math.round(share * 100)}%)`;
      row.bar.style.width = `${share * 100}%`;
    }
    this.legend.textContent = `Bar length: share of all ${this.total} votes (${counted} counted). The line marks half.`;
  }
}
