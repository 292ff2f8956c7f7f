import type { LedgerView } from "../net/ledger.ts";
import type { CampaignView, ContradictionView, PromiseView } from "../net/view-model.ts";
import { badge, el, renderKeyed } from "./dom.ts";

const STATUS_ICON = { pending: "◷", kept: "✔", broken: "✘" } as const;
const STATUS_WORD = { pending: "open", kept: "kept", broken: "broken" } as const;

/** "Broken by the contradiction of round 2: “no more factories”", pointing at that contradiction's row. */
function brokenByLine(p: PromiseView, contradictions: readonly ContradictionView[]): HTMLElement | null {
  const c = contradictions.find((x) => x.id === p.brokenBy);
  if (c === undefined) return null;
  return el("div", { class: "promise-link", attrs: { "data-broken-by": c.id } }, [
    el("a", { text: `Broken by the contradiction of round ${c.round}: “${c.quote}”`, attrs: { href: `#contradiction-${c.id}` } }),
  ]);
}

function promiseRow(p: PromiseView, contradictions: readonly ContradictionView[]): HTMLElement {
  const said = p.repeated.length === 0 ? "" : `, said again in round ${p.repeated.join(", ")}`;
  const when = `round ${p.round}${said}${p.deadline ? `, due by round ${p.deadline}` : ""}`;
  return el("li", { class: `promise promise-${p.status}`, attrs: { "data-promise": p.id, "data-status": p.status } }, [
    el("span", { class: "promise-icon", text: STATUS_ICON[p.status], attrs: { "aria-hidden": "true" } }),
    el("div", { class: "promise-body" }, [
      el("div", { class: "promise-text", text: p.text }),
      el("div", { class: "promise-meta" }, [
        el("span", { class: `promise-status status-${p.status}`, text: STATUS_WORD[p.status] }),
        el("span", { text: when }),
        el("span", { text: p.domain }),
        p.kind === "implicit" ? el("span", { text: "implied" }) : null,
        p.target ? el("span", { text: `to ${p.target}` }) : null,
        el("span", { text: p.checkable ? "checkable" : "too vague to check" }),
      ]),
      p.verdict ? el("div", { class: "verdict", text: p.verdict }) : null,
      brokenByLine(p, contradictions),
    ]),
  ]);
}

function contradictionRow(c: ContradictionView): HTMLElement {
  return el("li", { class: `contradiction severity-${c.severity}`, attrs: { id: `contradiction-${c.id}` } }, [
    el("span", { class: "promise-icon", text: "⚠", attrs: { "aria-hidden": "true" } }),
    el("div", { class: "promise-body" }, [
      el("div", { class: "quote", text: `“${c.quote}”` }),
      el("div", { class: "verdict", text: `Contradiction (${c.severity}), round ${c.round}: ${c.description}` }),
    ]),
  ]);
}

/** The fact-check panel: every mayor's promises with the engine's verdicts, and the contradictions found. */
export function renderLedger(container: HTMLElement, view: Pick<CampaignView, "mayors"> & LedgerView): void {
  renderKeyed(container, JSON.stringify([view.mayors.map((m) => [m.id, m.name, m.color]), view.promises, view.contradictions]), () => {
    if (view.promises.length === 0 && view.contradictions.length === 0) {
      return [el("p", { class: "empty", text: "No promises yet. Every promise made in a speech lands here and is checked against the facts." })];
    }
    return view.mayors.map((m) => {
      const promises = view.promises.filter((p) => p.owner === m.id).sort((a, b) => b.round - a.round);
      const contradictions = view.contradictions.filter((c) => c.owner === m.id);
      const count = (s: PromiseView["status"]) => promises.filter((p) => p.status === s).length;
      return el("section", { class: "ledger-mayor", attrs: { "data-mayor": m.id } }, [
        el("h4", {}, [
          badge(m),
          el("span", { text: m.name }),
          el("span", { class: "ledger-count", text: `${count("pending")} pending · ${count("kept")} kept · ${count("broken")} broken` }),
        ]),
        el("ul", {}, [...contradictions.map(contradictionRow), ...promises.map((p) => promiseRow(p, contradictions))]),
      ]);
    });
  });
}
