import { STRATEGY_LABELS, Strategy } from "../../common/schemas/strategy.ts";
import { MAX_ROUNDS, MIN_ROUNDS } from "../../common/schemas/game.ts";
import { PhaseSeconds, type ClientMessage } from "../../common/schemas/messages.ts";
import { saveName } from "../net/player-name.ts";
import { copyLink } from "../ui/copy-link.ts";
import { badge, el, renderKeyed, setChildren } from "../ui/dom.ts";
import { howToPlay } from "../ui/HowToPlay.ts";
import type { Live } from "./live.ts";

export interface LobbyActions {
  profile(change: ClientMessage<"profile">): void;
  ready(ready: boolean): void;
  settings(change: ClientMessage<"settings">): void;
  bot(strategy: Strategy): void;
  removeBot(mayor: string): void;
  start(): void;
  leave(): void;
}

const COLORS = ["#e4572e", "#17bebb", "#ffc914", "#76b041", "#a05195", "#2e86de", "#f0812f", "#ef476f", "#06d6a0", "#c0c0c0"];
const PHASE_FIELDS = [
  { key: "policy", label: "Policy", setting: "policySeconds" },
  { key: "speech", label: "Speech", setting: "speechSeconds" },
  { key: "reactions", label: "Reactions", setting: "reactionsSeconds" },
] as const;

/** The lobby: the code to share, the seats, your name and colour, ready, the rules for everyone, and the host's settings. */
export class LobbyScene {
  readonly element: HTMLElement;
  private readonly seats = el("div", { class: "seats" });
  private readonly profile = el("div", { class: "lobby-profile" });
  private readonly host = el("div", { class: "lobby-host" });
  private readonly rules = el("div", { class: "lobby-rules" });
  private readonly footer = el("div", { class: "lobby-footer" });

  constructor(parent: HTMLElement, code: string, private readonly actions: LobbyActions) {
    this.element = el("div", { class: "lobby screen" }, [
      el("div", { class: "lobby-card" }, [
        el("header", { class: "lobby-head" }, [
          el("div", {}, [el("div", { class: "brand", text: "ECOTOPIA" }), el("h2", { text: "Campaign lobby" })]),
          el("div", { class: "code-block" }, [
            el("span", { class: "muted", text: "Join code" }),
            el("div", { class: "big-code", text: code, attrs: { "data-code": code } }),
            el("div", { class: "row" }, [
              copyLink("Copy invite link", `${location.origin}/c/${code}`, "ghost small", "the link that joins this campaign"),
              copyLink("Copy watch link", `${location.origin}/watch/${code}`, "ghost small", "the link that watches this campaign"),
            ]),
          ]),
        ]),
        el("div", { class: "lobby-body" }, [
          el("div", {}, [el("h3", { text: "Mayors" }), this.seats, this.rules, howToPlay(true)]),
          el("div", {}, [this.profile, this.host]),
        ]),
        this.footer,
      ]),
    ]);
    parent.append(this.element);
  }

  update({ view, me, story }: Live): void {
    const isHost = me !== null && view.hostId === me.id;
    renderKeyed(this.seats, JSON.stringify([view.mayors, view.hostId, me?.id, isHost]), () =>
      view.mayors.map((m) =>
        el("div", { class: `seat${m.id === me?.id ? " seat-me" : ""}`, attrs: { "data-mayor": m.id } }, [
          badge(m),
          el("span", { class: "seat-name", text: m.name }),
          m.id === view.hostId ? el("span", { class: "tag tag-host", text: "host" }) : null,
          m.id === me?.id ? el("span", { class: "tag tag-you", text: "you" }) : null,
          m.isBot ? el("span", { class: "tag tag-bot", text: "bot" }) : null,
          !m.connected && !m.isBot ? el("span", { class: "tag", text: "away" }) : null,
          el("span", { class: m.ready ? "ready yes" : "ready no", text: m.ready ? "✔ ready" : "not ready" }),
          isHost && m.isBot
            ? el("button", {
                class: "ghost small",
                text: "Remove",
                attrs: { type: "button", "data-action": "remove-bot", "aria-label": `Remove ${m.name}` },
                on: { click: () => this.actions.removeBot(m.id) },
              })
            : null,
        ]),
      ),
    );
    const s = view.settings;
    renderKeyed(this.rules, JSON.stringify(s), () => [
      el("h3", { text: "This campaign" }),
      el("p", {
        class: "rules-line",
        text: `${s.rounds} rounds. Each round: ${s.policySeconds} s to act, ${s.speechSeconds} s for speeches, ${s.reactionsSeconds} s of reactions; a phase ends early once every mayor is done. ${s.rated ? "Rated: the result changes every mayor's rating." : "Unrated: ratings stay as they are."}`,
      }),
    ]);
    renderKeyed(this.profile, JSON.stringify([me, view.mayors.map((m) => m.color)]), () => (me ? this.profileForm(me.name, me.color, me.ready, view.mayors.filter((m) => m.id !== me.id).map((m) => m.color)) : []));
    renderKeyed(this.host, JSON.stringify([isHost, view.settings, view.mayors.length]), () => (isHost ? this.hostForm(view.settings, view.mayors.length) : []));
    const readyCount = view.mayors.filter((m) => m.ready).length;
    renderKeyed(this.footer, JSON.stringify([isHost, readyCount, story.spectator, view.spectators]), () => [
      el("button", { class: "ghost", text: "Leave", attrs: { type: "button" }, on: { click: () => this.actions.leave() } }),
      el("span", {
        class: "muted",
        text: story.spectator
          ? "You are watching this lobby. The campaign starts when the host says so."
          : isHost
            ? `${readyCount} ready. At least two ready mayors are needed; mayors who are not ready stay out.`
            : "Waiting for the host to start the campaign.",
      }),
      view.spectators > 0 ? el("span", { class: "muted", text: `${view.spectators} watching` }) : null,
      isHost
        ? el("button", { class: "primary", text: "Start the campaign", attrs: { type: "button", "data-action": "start", ...(readyCount < 2 ? { disabled: "" } : {}) }, on: { click: () => this.actions.start() } })
        : null,
    ]);
  }

  destroy(): void {
    this.element.remove();
  }

  private profileForm(name: string, color: string, ready: boolean, taken: string[]): HTMLElement[] {
    const input = el("input", { class: "name-input", attrs: { value: name, maxlength: "24", "aria-label": "Your name" } });
    const commit = () => {
      const next = input.value.trim();
      if (next && next !== name) {
        saveName(next);
        this.actions.profile({ name: next });
      }
    };
    input.addEventListener("change", commit);
    const picker = el("input", { attrs: { type: "color", value: color, "aria-label": "Pick any colour" } });
    picker.addEventListener("change", () => this.actions.profile({ color: picker.value }));
    return [
      el("h3", { text: "You" }),
      el("label", { class: "field" }, [el("span", { text: "Name" }), input]),
      el("div", { class: "field" }, [
        el("span", { text: "Colour" }),
        el("div", { class: "palette" }, [
          ...COLORS.map((c) => {
            const used = taken.some((t) => t.toLowerCase() === c);
            const button = el("button", {
              class: `color${c === color.toLowerCase() ? " color-on" : ""}`,
              style: { background: c },
              attrs: { type: "button", "aria-label": `Colour ${c}${used ? " (taken)" : ""}`, "aria-pressed": String(c === color.toLowerCase()), ...(used ? { disabled: "" } : {}) },
            });
            button.addEventListener("click", () => this.actions.profile({ color: c }));
            return button;
          }),
          picker,
        ]),
      ]),
      el("button", {
        class: ready ? "ready-toggle on" : "ready-toggle",
        text: ready ? "Ready ✔ (press to wait)" : "I'm ready",
        attrs: { type: "button", "data-action": "ready" },
        on: { click: () => this.actions.ready(!ready) },
      }),
    ];
  }

  private hostForm(settings: Live["view"]["settings"], seated: number): HTMLElement[] {
    const rounds = Array.from({ length: MAX_ROUNDS - MIN_ROUNDS + 1 }, (_, i) => MIN_ROUNDS + i);
    const strategy = el("select", { attrs: { "aria-label": "Bot strategy" } }, Strategy.options.map((s) => el("option", { text: STRATEGY_LABELS[s], attrs: { value: s } })));
    const container = el("div", {});
    setChildren(container, [
      el("h3", { text: "Host settings" }),
      el("div", { class: "field" }, [
        el("span", { text: "Rounds" }),
        el(
          "div",
          { class: "segmented" },
          rounds.map((n) =>
            el("button", { class: n === settings.rounds ? "on" : "", text: String(n), attrs: { type: "button", "data-rounds": String(n) }, on: { click: () => this.actions.settings({ rounds: n }) } }),
          ),
        ),
      ]),
      ...PHASE_FIELDS.map(({ key, label, setting }) => {
        const limits = PhaseSeconds.shape[key];
        const input = el("input", { attrs: { type: "number", min: String(limits.minValue), max: String(limits.maxValue), value: String(settings[setting]), "aria-label": `${label} seconds` } });
        input.addEventListener("change", () => {
          const value = Math.round(Number(input.value));
          if (value >= (limits.minValue ?? 0) && value <= (limits.maxValue ?? Infinity)) this.actions.settings({ seconds: { [key]: value } });
        });
        return el("label", { class: "field" }, [el("span", { text: `${label} (s)` }), input]);
      }),
      el("div", { class: "field" }, [
        el("span", { text: "Rating" }),
        el("button", {
          class: settings.rated ? "on" : "",
          text: settings.rated ? "Rated ✔" : "Unrated",
          attrs: { type: "button", "data-action": "rated", "aria-pressed": String(settings.rated), title: "Rated only when every seat is a different player with an identity; bots make it unrated" },
          on: { click: () => this.actions.settings({ rated: !settings.rated }) },
        }),
      ]),
      el("div", { class: "field" }, [
        el("span", { text: "Bot" }),
        strategy,
        el("button", {
          class: "ghost small",
          text: "Add bot",
          attrs: { type: "button", ...(seated >= 6 ? { disabled: "" } : {}) },
          on: { click: () => this.actions.bot(Strategy.parse(strategy.value)) },
        }),
      ]),
    ]);
    return [container];
  }
}
