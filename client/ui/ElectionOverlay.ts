import type { ElectionResult } from "../../common/schemas/campaign.ts";
import type { ElectionNight, RoundDigest } from "../../common/schemas/server-messages.ts";
import type { ContradictionView, MayorView, PromiseView } from "../net/view-model.ts";
import { approvalChart, meanApprovals } from "./ApprovalChart.ts";
import { renderBlocReasons, ruleLine } from "./BlocReasonList.ts";
import { badge, el, setChildren } from "./dom.ts";
import { VoteRace } from "./VoteRace.ts";

export interface ElectionInput {
  night: ElectionNight;
  mayors: MayorView[];
  /** Every resolved round: the chart reads the approvals after each (a digest holds them). */
  rounds: readonly RoundDigest[];
  /** Rounds the campaign was set to last (a collapse ends it sooner). */
  plannedRounds: number;
  promises: PromiseView[];
  contradictions: ContradictionView[];
}

/** Why the campaign ended, in words that fit when it happened. */
export function endingWords(ending: ElectionResult["ending"], played: number, planned: number): string {
  if (ending === "completed") return "The campaign ran its full course.";
  const what = ending === "ecological_collapse" ? "Ecology" : "The economy";
  return played >= planned
    ? `${what} fell below 20 in the last round: the city collapsed as the campaign closed.`
    : `${what} fell below 20 in round ${played} of ${planned}: the city collapsed and the campaign ended early.`;
}

const TALLY_MS = 6000;

/** Election night: the votes counted bloc by bloc, then the winner, why every bloc voted as it did, the curves and the scorecards. */
export class ElectionOverlay {
  readonly element = el("section", { class: "election", attrs: { "aria-label": "Election results" } });
  private shown: ElectionNight | null = null;
  private timer = 0;

  /** `actions` builds the buttons under the results (they depend on who is watching). */
  constructor(private readonly actions: (night: ElectionNight) => HTMLElement[]) {
    this.element.hidden = true;
  }

  show(input: ElectionInput, animate: boolean): void {
    if (this.shown === input.night) return;
    this.shown = input.night;
    window.clearTimeout(this.timer);
    this.element.hidden = false;
    const { night, mayors } = input;
    const total = night.votes.reduce((s, v) => s + v.votes, 0);
    const race = new VoteRace(mayors, total, "Votes counted so far, per mayor");
    const counts = new Map(mayors.map((m) => [m.id, 0]));
    race.set(counts, 0);
    const log = el("ol", { class: "tally-log", attrs: { "aria-label": "Votes as they are counted", tabindex: "0" } });
    const results = el("div", { class: "results" });
    results.hidden = true;
    setChildren(this.element, [
      el("h2", { text: "Election night" }),
      el("p", { class: "muted", text: endingWords(night.ending, input.rounds.length, input.plannedRounds) }),
      ruleLine(night.explanation.rule),
      el("div", { class: "tally" }, [race.element, log]),
      results,
    ]);
    let counted = 0;
    const cast = (i: number) => {
      const vote = night.votes[i];
      if (!vote) {
        this.reveal(results, input);
        return;
      }
      counts.set(vote.mayor, (counts.get(vote.mayor) ?? 0) + vote.votes);
      counted += vote.votes;
      race.set(counts, counted);
      const mayor = mayors.find((m) => m.id === vote.mayor);
      log.prepend(el("li", {}, [el("strong", { text: vote.citizen }), ` casts ${vote.votes} vote${vote.votes === 1 ? "" : "s"} for `, mayor ? badge(mayor) : null, mayor?.name ?? vote.mayor]));
      if (animate) this.timer = window.setTimeout(() => cast(i + 1), Math.min(700, TALLY_MS / Math.max(1, night.votes.length)));
      else cast(i + 1);
    };
    cast(0);
  }

  hide(): void {
    window.clearTimeout(this.timer);
    this.shown = null;
    this.element.hidden = true;
  }

  private reveal(container: HTMLElement, { night, mayors, rounds, promises, contradictions }: ElectionInput): void {
    const winner = mayors.find((m) => m.id === night.winner);
    const name = (id: string) => mayors.find((m) => m.id === id);
    const reasons = el("div", { class: "bloc-reasons" });
    renderBlocReasons(reasons, night.explanation.blocs, mayors, contradictions);
    setChildren(container, [
      el("div", { class: "winner", attrs: { "data-winner": night.winner }, style: { "--mayor": winner?.color ?? "#fff" } }, [
        el("span", { class: "winner-label", text: "Elected mayor" }),
        el("strong", { class: "winner-name", text: winner?.name ?? night.winner }),
      ]),
      night.tieBreak ? el("p", { class: "muted", text: `Tie broken: ${night.tieBreak}` }) : null,
      el("div", { class: "results-actions" }, this.actions(night)),
      el("h3", { text: "Why each bloc voted as it did" }),
      reasons,
      el("div", { class: "results-grid" }, [
        el("table", { class: "standings" }, [
          el("caption", { text: "Final standings. Weighted approval: each citizen's approval times the votes they carry, summed; it breaks ties." }),
          el("thead", {}, [el("tr", {}, ["Rank", "Mayor", "Votes", "Weighted approval", "Kept", "Broken"].map((h) => el("th", { text: h, attrs: { scope: "col" } })))]),
          el(
            "tbody",
            {},
            night.standings.map((s) => {
              const m = name(s.mayor);
              return el("tr", { attrs: { "data-mayor": s.mayor } }, [
                el("td", { text: String(s.rank) }),
                el("td", {}, [m ? badge(m) : null, m?.name ?? s.mayor]),
                el("td", { text: String(s.votes) }),
                el("td", { text: String(s.approvalSum) }),
                el("td", { class: "kept", text: `✔ ${s.kept}` }),
                el("td", { class: "broken", text: `✘ ${s.broken}` }),
              ]);
            }),
          ),
        ]),
        approvalChart(
          "Average approval of each mayor after every round",
          rounds.map((r) => r.round),
          mayors.map((m) => ({ label: m.name, color: m.color, values: meanApprovals(rounds.map((r) => r.record), m.id) })),
        ),
      ]),
      el(
        "div",
        { class: "scorecards" },
        mayors.map((m) => {
          const settled = promises.filter((p) => p.owner === m.id && p.status !== "pending");
          return el("div", { class: "scorecard", style: { "--mayor": m.color } }, [
            el("h4", {}, [badge(m), m.name]),
            settled.length === 0 ? el("p", { class: "muted", text: "No promise was settled." }) : null,
            el("ul", {}, settled.map((p) => el("li", { class: `promise-${p.status}`, text: `${p.status === "kept" ? "✔ kept:" : "✘ broken:"} ${p.text}` }))),
          ]);
        }),
      ),
    ]);
    container.hidden = false;
  }
}
