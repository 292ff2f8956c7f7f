import type { CampaignView, MayorView } from "../net/view-model.ts";
import { badge, el } from "./dom.ts";
import { copyLink } from "./copy-link.ts";

const TICK_MS = 250;

/** Who read the round, in words: the server's provider names are for operators. */
const READERS: Record<string, string> = { local: "built-in fact-checker", mistral: "Mistral fact-checker", mixed: "Mistral, with the built-in backup" };

const PHASE_WORDS: Record<CampaignView["phase"], string> = {
  lobby: "Lobby",
  policy: "Act on the city",
  speech: "Write your speech",
  resolving: "The town is listening…",
  reactions: "Reactions",
  ended: "Election",
};

/** Round, phase and the countdown; the provider who read the round; who you are (or that you only watch). */
export class TopBar {
  readonly element: HTMLElement;
  private readonly phase = el("span", { class: "phase-name" });
  private readonly round = el("span", { class: "round" });
  private readonly fill = el("div", { class: "countdown-fill" });
  private readonly seconds = el("span", { class: "countdown-seconds" });
  private readonly who = el("div", { class: "who" });
  private readonly provider = el("span", { class: "provider" });
  private readonly watchers = el("span", { class: "watchers" });
  private readonly link = el("span", { class: "link-status" });
  private view: CampaignView | null = null;
  private readonly timer: number;

  constructor(code: string, extra: HTMLElement[]) {
    this.element = el("header", { class: "topbar" }, [
      el("div", { class: "brand", text: "ECOTOPIA" }),
      copyLink(code, `${location.origin}/watch/${code}`, "code-chip", "copy the link to watch this campaign"),
      el("div", { class: "phase-block" }, [
        el("div", { class: "phase-line" }, [this.round, this.phase, this.seconds]),
        el("div", { class: "countdown" }, [this.fill]),
      ]),
      this.link,
      this.provider,
      this.watchers,
      this.who,
      ...extra,
    ]);
    // Four updates a second are plenty for a countdown, and every frame repainted costs a software compositor dearly.
    this.timer = window.setInterval(() => this.tick(), TICK_MS);
  }

  /** `label` replaces the seat badge for spectators and replays. */
  update(view: CampaignView, me: MayorView | null, label: string | null): void {
    this.view = view;
    this.round.textContent = view.round > 0 ? `Round ${view.round} / ${view.settings.rounds}` : "";
    this.phase.textContent = PHASE_WORDS[view.phase];
    this.element.dataset.phase = view.phase;
    this.provider.textContent = view.provider ? `Checked by the ${READERS[view.provider] ?? view.provider}` : "";
    this.watchers.textContent = view.spectators > 0 ? `${view.spectators} watching` : "";
    this.who.replaceChildren(
      label
        ? el("span", { class: "tag tag-spectator", text: label })
        : me
          ? el("span", { class: "who-me" }, [badge(me), el("span", { text: me.name })])
          : "",
    );
    this.tick();
  }

  setLink(status: "online" | "reconnecting" | "lost"): void {
    this.link.textContent = status === "online" ? "" : status === "reconnecting" ? "Reconnecting…" : "Disconnected";
    this.link.className = `link-status link-${status}`;
  }

  destroy(): void {
    window.clearInterval(this.timer);
  }

  private tick(): void {
    const view = this.view;
    if (!view || view.phaseEndsAt === 0 || view.phaseDurationMs === 0) {
      this.fill.style.width = view?.phase === "resolving" ? "100%" : "0%";
      this.fill.classList.toggle("countdown-busy", view?.phase === "resolving");
      this.seconds.textContent = "";
      return;
    }
    this.fill.classList.remove("countdown-busy");
    const left = Math.max(0, Math.min(view.phaseDurationMs, view.phaseEndsAt - Date.now()));
    this.fill.style.width = `${(left / view.phaseDurationMs) * 100}%`;
    this.fill.classList.toggle("countdown-low", left < 10_000);
    this.seconds.textContent = `${Math.ceil(left / 1000)}s`;
  }
}
