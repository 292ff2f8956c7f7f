import { explainElection } from "../../common/engine/explain-election.ts";
import { replay } from "../../common/engine/replay.ts";
import type { CampaignHistory, RoundHistory } from "../../common/schemas/history.ts";
import type { Contradiction } from "../../common/schemas/game.ts";
import { fetchCampaign } from "../net/api.ts";
import { approvalChart, meanApprovals } from "../ui/ApprovalChart.ts";
import { renderBlocReasons, ruleLine } from "../ui/BlocReasonList.ts";
import { badge, el, setChildren } from "../ui/dom.ts";
import { endingWords } from "../ui/ElectionOverlay.ts";
import { toast } from "../ui/toasts.ts";

const SEVERITY = { high: 3, medium: 2, low: 1 } as const;
const COSTLY_SHOWN = 6;

/** What a contradiction cost: the approval its mayor lost in reactions in the round it was found. */
function costOf(c: Contradiction, rounds: RoundHistory[]): number {
  const round = rounds.find((r) => r.round === c.round);
  return -(round?.reactions.filter((ch) => ch.mayor === c.owner && ch.delta < 0).reduce((s, ch) => s + ch.delta, 0) ?? 0);
}

/**
 * The post-match report of a stored campaign (/report/<id>), shareable by link: the result and why every bloc voted
 * as it did, approval per mayor and per citizen, each mayor's promise scorecard and the contradictions that cost most.
 */
export class ReportScene {
  readonly element = el("main", { class: "report screen", attrs: { "aria-busy": "true" } });
  private destroyed = false;

  constructor(host: HTMLElement, id: string, onExit: () => void) {
    host.append(this.element);
    fetchCampaign(id).then(
      (history) => !this.destroyed && this.render(history, onExit),
      (error: Error) => {
        toast(`This report cannot be shown: ${error.message}`);
        onExit();
      },
    );
  }

  destroy(): void {
    this.destroyed = true;
    this.element.remove();
  }

  private render(history: CampaignHistory, onExit: () => void): void {
    const { mayors, rounds } = history;
    const name = (id: string) => mayors.find((m) => m.id === id)?.name ?? id;
    const winner = mayors.find((m) => m.id === history.winner);
    const roundNumbers = rounds.map((r) => r.round);
    const campaign = replay(history.settings, history.events);
    const explanation = campaign.result ? explainElection(campaign, campaign.result) : null;
    const reasons = el("div", { class: "bloc-reasons" });
    renderBlocReasons(reasons, explanation?.blocs ?? [], mayors, campaign.contradictions);
    const contradictions = rounds
      .flatMap((r) => r.contradictions)
      .map((c) => ({ c, cost: costOf(c, rounds) }))
      .sort((a, b) => SEVERITY[b.c.severity] - SEVERITY[a.c.severity] || b.cost - a.cost)
      .slice(0, COSTLY_SHOWN);
    const citizens = history.citizens.filter((c) => rounds.some((r) => r.approvalAfter[c.name]));
    const home = el("button", { class: "ghost", text: "Town hall", attrs: { type: "button" }, on: { click: onExit } });
    this.element.removeAttribute("aria-busy");
    setChildren(this.element, [
      el("header", { class: "report-head" }, [
        el("div", {}, [el("div", { class: "brand", text: "ECOTOPIA" }), el("h1", { text: `Campaign ${history.code}: the report` })]),
        el("div", { class: "row" }, [el("a", { class: "button secondary", text: "Replay it", attrs: { href: `/replay/${history.id}` } }), home]),
      ]),
      el("section", { class: "report-card" }, [
        el("h2", {}, ["Elected: ", winner ? badge(winner) : null, winner?.name ?? "nobody"]),
        el("p", { class: "muted", text: history.ending ? endingWords(history.ending, rounds.length, history.settings.rounds) : "The campaign did not finish." }),
        history.tieBreak ? el("p", { class: "muted", text: `Tie broken: ${history.tieBreak}` }) : null,
        el("ol", { class: "report-standings" }, history.standings.map((s) => el("li", {}, [badge(mayors.find((m) => m.id === s.mayor) ?? { name: s.mayor, color: "#888888" }), `${name(s.mayor)}: ${s.votes} votes, ✔ ${s.kept} kept, ✘ ${s.broken} broken`]))),
      ]),
      el("section", { class: "report-card" }, [el("h2", { text: "Why each bloc voted as it did" }), explanation ? ruleLine(explanation.rule) : null, reasons]),
      el("section", { class: "report-card" }, [
        el("h2", { text: "Approval" }),
        approvalChart("Average approval of each mayor after every round", roundNumbers, mayors.map((m) => ({ label: m.name, color: m.color, values: meanApprovals(rounds, m.id) }))),
        el(
          "div",
          { class: "report-citizens" },
          citizens.map((c) =>
            approvalChart(
              `${c.name} (${c.role}, ${c.bloc} votes): approval of each mayor`,
              roundNumbers,
              mayors.map((m) => ({ label: m.name, color: m.color, values: rounds.map((r) => r.approvalAfter[c.name]?.[m.id] ?? null) })),
            ),
          ),
        ),
      ]),
      el("section", { class: "report-card" }, [
        el("h2", { text: "Promise scorecard" }),
        el(
          "div",
          { class: "scorecards" },
          mayors.map((m) => {
            const own = history.promises.filter((p) => p.owner === m.id);
            return el("div", { class: "scorecard", style: { "--mayor": m.color } }, [
              el("h3", {}, [badge(m), m.name]),
              own.length === 0 ? el("p", { class: "muted", text: "Made no promise." }) : null,
              el("ul", {}, own.map((p) => el("li", { class: `promise-${p.status}`, text: `${p.status === "kept" ? "✔ kept" : p.status === "broken" ? "✘ broken" : "◷ open"} (round ${p.round}): ${p.text}` }))),
            ]);
          }),
        ),
      ]),
      el("section", { class: "report-card" }, [
        el("h2", { text: "The contradictions that cost most" }),
        contradictions.length === 0
          ? el("p", { class: "muted", text: "No mayor was caught contradicting themselves." })
          : el(
              "ol",
              { class: "costly" },
              contradictions.map(({ c, cost }) =>
                el("li", {}, [
                  el("strong", { text: `${name(c.owner)}, round ${c.round} (${c.severity}): ` }),
                  el("q", { text: c.speechQuote }),
                  el("div", { class: "muted", text: `${c.description} That round the town took ${cost} approval points from ${name(c.owner)}.` }),
                ]),
              ),
            ),
      ]),
    ]);
  }
}
