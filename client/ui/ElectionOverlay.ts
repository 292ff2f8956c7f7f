import type { ElectionResult } from "../../common/schemas/campaign.ts";
import type { MayorView, PromiseView } from "../net/view-model.ts";
import { approvalChart } from "./ApprovalChart.ts";
import { el, setChildren, swatch } from "./dom.ts";

export interface ElectionInput {
  result: ElectionResult;
  mayors: MayorView[];
  rounds: { round: number; approvalAfter: Record<string, Record<string, number>> }[];
  promises: PromiseView[];
}

const ENDINGS: Record<ElectionResult["ending"], string> = {
  completed: "The campaign ran its full course.",
  ecological_collapse: "Ecological collapse ended the campaign early.",
  economic_collapse: "Economic collapse ended the campaign early.",
};

const TALLY_MS = 6000;

/** Election night: the votes counted one by one, then the winner, the approval curves and the promise scorecard. */
export class ElectionOverlay {
  readonly element = el("section", { class: "election", attrs: { "aria-label": "Election" } });
  private shown: ElectionResult | null = null;
  private timer = 0;

  constructor(private readonly actions: HTMLElement[]) {
    this.element.hidden = true;
  }

  show(input: ElectionInput, animate: boolean): void {
    if (this.shown === input.result) return;
    this.shown = input.result;
    window.clearTimeout(this.timer);
    this.element.hidden = false;
    const { result, mayors } = input;
    const counts = new Map(mayors.map((m) => [m.id, 0]));
    const total = result.votes.reduce((s, v) => s + v.votes, 0);
    const columns = new Map(
      mayors.map((m) => {
        const bar = el("div", { class: "tally-bar", style: { background: m.color } });
        const count = el("span", { class: "tally-count", text: "0" });
        const column = el("div", { class: "tally-column", attrs: { "data-mayor": m.id } }, [count, el("div", { class: "tally-track" }, [bar]), el("span", { class: "tally-name" }, [swatch(m.color), m.name])]);
        return [m.id, { column, bar, count }];
      }),
    );
    const log = el("ol", { class: "tally-log" });
    const results = el("div", { class: "results" });
    results.hidden = true;
    setChildren(this.element, [
      el("h2", { text: "Election night" }),
      el("p", { class: "muted", text: `${ENDINGS[result.ending]} Every citizen's bloc votes for the mayor they approve of most.` }),
      el("div", { class: "tally" }, [el("div", { class: "tally-columns" }, [...columns.values()].map((c) => c.column)), log]),
      results,
    ]);
    const cast = (i: number) => {
      const vote = result.votes[i];
      if (!vote) {
        this.reveal(results, input);
        return;
      }
      counts.set(vote.mayor, (counts.get(vote.mayor) ?? 0) + vote.votes);
      const column = columns.get(vote.mayor);
      if (column) {
        column.count.textContent = String(counts.get(vote.mayor));
        column.bar.style.height = `${(counts.get(vote.mayor)! / Math.max(1, total)) * 100}%`;
      }
      const mayor = mayors.find((m) => m.id === vote.mayor);
      log.prepend(el("li", {}, [el("strong", { text: vote.citizen }), ` casts ${vote.votes} vote${vote.votes === 1 ? "" : "s"} for `, swatch(mayor?.color ?? "#888"), mayor?.name ?? vote.mayor]));
      if (animate) this.timer = window.setTimeout(() => cast(i + 1), Math.min(700, TALLY_MS / Math.max(1, result.votes.length)));
      else cast(i + 1);
    };
    cast(0);
  }

  hide(): void {
    window.clearTimeout(this.timer);
    this.shown = null;
    this.element.hidden = true;
  }

  private reveal(container: HTMLElement, { result, mayors, rounds, promises }: ElectionInput): void {
    const winner = mayors.find((m) => m.id === result.winner);
    const name = (id: string) => mayors.find((m) => m.id === id);
    setChildren(container, [
      el("div", { class: "winner", attrs: { "data-winner": result.winner }, style: { "--mayor": winner?.color ?? "#fff" } }, [
        el("span", { class: "winner-label", text: "Elected mayor" }),
        el("strong", { class: "winner-name", text: winner?.name ?? result.winner }),
      ]),
      result.tieBreak ? el("p", { class: "muted", text: `Tie broken: ${result.tieBreak}` }) : null,
      el("div", { class: "results-grid" }, [
        el("table", { class: "standings" }, [
          el("thead", {}, [el("tr", {}, ["#", "Mayor", "Votes", "Support", "Kept", "Broken"].map((h) => el("th", { text: h })))]),
          el(
            "tbody",
            {},
            result.standings.map((s) =>
              el("tr", { attrs: { "data-mayor": s.mayor } }, [
                el("td", { text: String(s.rank) }),
                el("td", {}, [swatch(name(s.mayor)?.color ?? "#888"), name(s.mayor)?.name ?? s.mayor]),
                el("td", { text: String(s.votes) }),
                el("td", { text: String(s.approvalSum), attrs: { title: "Bloc-weighted approval" } }),
                el("td", { class: "kept", text: String(s.kept) }),
                el("td", { class: "broken", text: String(s.broken) }),
              ]),
            ),
          ),
        ]),
        el("figure", { class: "chart-box" }, [approvalChart(rounds, mayors), el("figcaption", { text: "Average approval after each round" })]),
      ]),
      el(
        "div",
        { class: "scorecards" },
        mayors.map((m) => {
          const settled = promises.filter((p) => p.owner === m.id && p.status !== "pending");
          return el("div", { class: "scorecard", style: { "--mayor": m.color } }, [
            el("h4", {}, [swatch(m.color), m.name]),
            settled.length === 0 ? el("p", { class: "muted", text: "No promise was settled." }) : null,
            el("ul", {}, settled.map((p) => el("li", { class: `promise-${p.status}`, text: `${p.status === "kept" ? "✔" : "✘"} ${p.text}` }))),
          ]);
        }),
      ),
      el("div", { class: "results-actions" }, this.actions),
    ]);
    container.hidden = false;
  }
}
