import type { CampaignView, MayorView } from "../net/view-model.ts";
import { badge, el, renderKeyed } from "./dom.ts";

/** What a mayor is up to in the current phase, in a few words. */
function mayorStatus(mayor: MayorView, view: CampaignView): string {
  if (!mayor.connected && !mayor.isBot) return "away";
  switch (view.phase) {
    case "lobby":
      return mayor.ready ? "ready" : "not ready";
    case "policy":
      return mayor.done ? "done" : `${mayor.actionsLeft} action${mayor.actionsLeft === 1 ? "" : "s"} left`;
    case "speech":
      return mayor.spoke ? "spoke" : mayor.done ? "silent" : "writing…";
    case "resolving":
      return "waiting";
    case "reactions":
      return "listening";
    case "ended":
      return view.winner === mayor.id ? "winner" : "";
  }
}

/** The candidates: colour, name, what they are doing now, and their fact-check score. */
export function renderMayors(container: HTMLElement, view: CampaignView, me: string | null): void {
  const key = JSON.stringify([view.mayors, view.phase, view.winner, me, view.hostId]);
  renderKeyed(container, key, () =>
    view.mayors.map((m) =>
      el("div", { class: `mayor-row${m.id === me ? " mayor-me" : ""}`, attrs: { "data-mayor": m.id } }, [
        badge(m),
        el("span", { class: "mayor-name", text: m.name }),
        m.id === me ? el("span", { class: "tag tag-you", text: "you" }) : null,
        m.isBot ? el("span", { class: "tag tag-bot", text: "bot", attrs: { title: `${m.strategy} strategy` } }) : null,
        el("span", { class: `mayor-status status-${mayorStatus(m, view).replace(/\W+/g, "-")}`, text: mayorStatus(m, view) }),
        el("span", { class: "score", attrs: { title: "Promises kept / broken" } }, [
          el("span", { class: "kept", text: `✔${m.kept}` }),
          el("span", { class: "broken", text: `✘${m.broken}` }),
        ]),
      ]),
    ),
  );
}
