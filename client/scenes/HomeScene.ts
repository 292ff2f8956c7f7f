import type { CampaignSummary, LiveCampaign } from "../../common/schemas/history.ts";
import { JOIN_CODE_LENGTH } from "../../common/schemas/messages.ts";
import { fetchFinished, fetchLive } from "../net/api.ts";
import { ensureIdentity, guestName, IDENTITY_NOTE, loadIdentity, type Identity } from "../net/identity.ts";
import { loadName, saveName } from "../net/player-name.ts";
import type { Stage } from "../stage.ts";
import { badge, el, renderKeyed, setChildren } from "../ui/dom.ts";
import { howToPlay } from "../ui/HowToPlay.ts";
import { campaignProgress } from "../ui/phase-words.ts";
import { Skyline } from "../ui/Skyline.ts";
import { toast } from "../ui/toasts.ts";

export interface HomeActions {
  quickMatch(name: string): Promise<void>;
  createPrivate(name: string): Promise<void>;
  join(code: string, name: string): Promise<void>;
  watch(code: string): Promise<void>;
}

const REFRESH_MS = 4000;

/** The town hall: pick a name, play, join by code, watch a live campaign or replay a finished one. */
export class HomeScene {
  readonly element: HTMLElement;
  private readonly skyline: Skyline;
  private readonly live = el("ul", { class: "list live-list" });
  private readonly finished = el("ul", { class: "list finished-list" });
  private readonly name: HTMLInputElement;
  private readonly code: HTMLInputElement;
  private readonly identity = el("p", { class: "identity-note muted", text: IDENTITY_NOTE });
  private readonly pages = el("nav", { class: "row", attrs: { "aria-label": "Pages" } });
  private readonly buttons: HTMLButtonElement[] = [];
  private timer = 0;

  constructor(parent: HTMLElement, stage: Stage, private readonly actions: HomeActions, presetCode = "") {
    this.skyline = new Skyline(stage);
    this.name = el("input", { class: "name-input", attrs: { maxlength: "24", placeholder: "Your name", "aria-label": "Your name", value: loadName(), autocomplete: "nickname" } });
    this.code = el("input", { class: "code-input", attrs: { maxlength: String(JOIN_CODE_LENGTH), placeholder: "CODE", "aria-label": "Join code", value: presetCode, autocomplete: "off", spellcheck: "false" } });
    this.code.addEventListener("input", () => (this.code.value = this.code.value.toUpperCase().replace(/[^A-Z]/g, "")));
    const button = (text: string, cls: string, run: () => Promise<void>, id: string) => {
      const b = el("button", { class: cls, text, attrs: { type: "button", "data-action": id } });
      b.addEventListener("click", () => void this.busy(run));
      this.buttons.push(b);
      return b;
    };
    this.element = el("div", { class: "home screen" }, [
      el("section", { class: "home-hero" }, [
        el("h1", { class: "title" }, [el("span", { text: "ECOTOPIA" }), el("small", { text: "Campaign" })]),
        el("p", { class: "tagline", text: "Rival mayors. One city on the edge of collapse. Citizens who remember every word you said." }),
        el("div", { class: "home-card" }, [
          el("label", { class: "field" }, [el("span", { text: "Your name" }), this.name]),
          el("div", { class: "row" }, [
            button("Quick match", "primary", async () => this.actions.quickMatch(await this.playerName()), "quick"),
            button("Create a private match", "secondary", async () => this.actions.createPrivate(await this.playerName()), "create"),
          ]),
          el("div", { class: "row join-row" }, [
            this.code,
            button("Join", "secondary", async () => this.actions.join(this.joinCode(), await this.playerName()), "join"),
            button("Watch", "ghost", () => this.actions.watch(this.joinCode()), "watch"),
          ]),
          this.identity,
          this.pages,
        ]),
        howToPlay(!loadName()),
      ]),
      el("section", { class: "home-lists" }, [
        el("div", { class: "home-card" }, [el("h3", { text: "Live campaigns" }), this.live]),
        el("div", { class: "home-card" }, [el("h3", { text: "Recent campaigns" }), this.finished]),
      ]),
    ]);
    parent.append(this.element);
    this.showIdentity(loadIdentity());
    if (!loadIdentity()) void this.firstVisit();
    void this.refresh();
  }

  destroy(): void {
    window.clearTimeout(this.timer);
    this.skyline.destroy();
    this.element.remove();
  }

  /** The name to play under, with this browser's identity renamed to it (a campaign is still playable without one). */
  private async playerName(): Promise<string> {
    const name = this.name.value.trim() || guestName();
    this.name.value = name;
    saveName(name);
    await ensureIdentity(name).then(
      (identity) => this.showIdentity(identity),
      (error: Error) => toast(`You play this campaign as a guest without a saved identity: ${error.message}`, "info"),
    );
    return name;
  }

  /** A first visit gets its identity at once, under the name typed so far or a guest name, changed when it plays. */
  private async firstVisit(): Promise<void> {
    const identity = await ensureIdentity(this.name.value.trim() || guestName()).catch(() => null);
    if (!identity) return;
    if (!this.name.value.trim()) this.name.value = identity.name;
    this.showIdentity(identity);
  }

  private showIdentity(identity: Identity | null): void {
    setChildren(this.pages, [
      el("a", { class: "button ghost small", text: "Leaderboard", attrs: { href: "/leaderboard" } }),
      el("a", { class: "button ghost small", text: "Tournaments", attrs: { href: "/tournaments" } }),
      identity ? el("a", { class: "button ghost small", text: "Your page", attrs: { href: `/player/${identity.id}`, "data-me": identity.id } }) : null,
    ]);
  }

  private joinCode(): string {
    const code = this.code.value.trim().toUpperCase();
    if (code.length !== JOIN_CODE_LENGTH) throw new Error(`A join code has ${JOIN_CODE_LENGTH} letters.`);
    return code;
  }

  private async busy(run: () => Promise<void>): Promise<void> {
    for (const b of this.buttons) b.disabled = true;
    try {
      await run();
    } catch (error) {
      toast((error as Error).message);
    } finally {
      for (const b of this.buttons) b.disabled = false;
    }
  }

  private async refresh(): Promise<void> {
    const [live, finished] = await Promise.allSettled([fetchLive(), fetchFinished()]);
    if (live.status === "fulfilled") this.renderLive(live.value);
    if (finished.status === "fulfilled") this.renderFinished(finished.value);
    this.timer = window.setTimeout(() => void this.refresh(), REFRESH_MS);
  }

  private renderLive(rooms: LiveCampaign[]): void {
    renderKeyed(this.live, JSON.stringify(rooms), () =>
      rooms.length === 0
        ? [el("li", { class: "empty", text: "No public campaign right now. Start a quick match!" })]
        : rooms.map((r) =>
            el("li", { class: "list-item" }, [
              el("span", { class: "code-chip", text: r.code }),
              el("span", { class: "chips" }, r.mayors.map((m) => el("span", { class: "chip" }, [badge(m), m.name]))),
              el("span", { class: "muted", text: campaignProgress(r.phase, r.round, r.rounds) }),
              el("button", {
                class: "ghost small",
                text: "Watch",
                attrs: { type: "button", "aria-label": `Watch campaign ${r.code}`, "data-watch": r.code },
                on: { click: () => void this.busy(() => this.actions.watch(r.code)) },
              }),
            ]),
          ),
    );
  }

  private renderFinished(campaigns: CampaignSummary[]): void {
    renderKeyed(this.finished, JSON.stringify(campaigns), () =>
      campaigns.length === 0
        ? [el("li", { class: "empty", text: "Finished campaigns appear here, ready to replay." })]
        : campaigns.map((c) => {
            const winner = c.mayors.find((m) => m.id === c.winner);
            const item = el("li", { class: "list-item" });
            setChildren(item, [
              el("span", { class: "chips" }, c.mayors.map((m) => el("span", { class: m.id === c.winner ? "chip chip-winner" : "chip" }, [badge(m), m.id === c.winner ? `${m.name} ★` : m.name]))),
              el("span", { class: "muted", text: `${c.rounds} rounds · ${winner ? `${winner.name} won` : ""}${c.ending === "completed" ? "" : " · collapse"}` }),
              el("a", { class: "button ghost small", text: "Replay", attrs: { href: `/replay/${c.id}`, "data-replay": c.id } }),
              el("a", { class: "button ghost small", text: "Report", attrs: { href: `/report/${c.id}`, "data-report": c.id } }),
            ]);
            return item;
          }),
    );
  }
}
