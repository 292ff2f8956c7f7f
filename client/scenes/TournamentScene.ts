import type { PlayerId } from "../../common/schemas/identity.ts";
import { MAX_DEADLINE_SECONDS, MIN_DEADLINE_SECONDS, type TournamentServerMessage, type TournamentServerMessageType } from "../../common/schemas/tournament-room.ts";
import { tournamentOver, type TournamentSettings } from "../../common/schemas/tournament.ts";
import { fetchTournament, fetchTournaments } from "../net/competition-api.ts";
import { ensureIdentity, guestName, IDENTITY_NOTE, loadIdentity } from "../net/identity.ts";
import { TournamentLink } from "../net/tournament-link.ts";
import { copyLink } from "../ui/copy-link.ts";
import { el, renderKeyed, setChildren } from "../ui/dom.ts";
import { pageHead } from "../ui/page-head.ts";
import { entriesList, liveTables, roundResults, standingsTable, TIE_BREAKS, type BoardActions, type BoardView } from "../ui/TournamentBoard.ts";
import { tournamentNow } from "../ui/tournament-now.ts";
import { toast } from "../ui/toasts.ts";

export interface TournamentExits {
  /** Takes this player's seat in a campaign of the tournament; leaving it comes back here. */
  play(roomId: string, tournament: string): void;
  watch(roomId: string, tournament: string): void;
  home(): void;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Campaigns this tab has already been sent into, so coming back to the lobby does not send the player in again. */
const OPENED_KEY = "ecotopia.tournament-opened";

function openedBefore(roomId: string): boolean {
  const opened = (sessionStorage.getItem(OPENED_KEY) ?? "").split(" ");
  if (opened.includes(roomId)) return true;
  sessionStorage.setItem(OPENED_KEY, [...opened.slice(-20), roomId].join(" ").trim());
  return false;
}

/**
 * A tournament's page (/tournament/<code>): live, it joins the tournament's lobby room and shows the registrations,
 * the host's controls, every campaign of the round in play and the standings; a finished one (or /tournament/<id>)
 * is read from the history API.
 */
export class TournamentScene {
  readonly element = el("div", { class: "page screen tournament", attrs: { "aria-busy": "true" } });
  private readonly now = el("p", { class: "now-line", attrs: { role: "status" } });
  private readonly head = el("div");
  private readonly join = el("section", { class: "page-card join-card" });
  private readonly hostCard = el("section", { class: "page-card host-card" });
  private readonly entries = el("section", { class: "page-card" });
  private readonly tables = el("section", { class: "page-card" });
  private readonly standings = el("section", { class: "page-card" });
  private link: TournamentLink | null = null;
  private view: BoardView | null = null;
  private me: PlayerId | null = null;
  private destroyed = false;
  private readonly board: BoardActions;

  constructor(host: HTMLElement, key: string, private readonly exits: TournamentExits, create?: TournamentSettings) {
    setChildren(this.element, [this.head, this.now, this.join, this.hostCard, this.tables, this.entries, this.standings]);
    host.append(this.element);
    this.board = {
      remove: (player) => this.link?.send("remove", { player }),
      watch: (roomId) => this.leaveFor(() => this.exits.watch(roomId, this.link?.code ?? key)),
      play: (roomId) => this.leaveFor(() => this.exits.play(roomId, this.link?.code ?? key)),
    };
    void this.open(key, create);
  }

  destroy(): void {
    this.destroyed = true;
    void this.link?.close();
    this.element.remove();
  }

  private async open(key: string, create?: TournamentSettings): Promise<void> {
    const listener = { message: this.onMessage.bind(this), lost: (reason: string) => this.lost(reason) };
    try {
      if (UUID.test(key)) return this.showStored(key);
      this.link = create ? await TournamentLink.create(create, listener) : await TournamentLink.join(key, listener);
      if (this.destroyed) void this.link.close();
      else history.replaceState(null, "", `/tournament/${this.link.code}`);
    } catch (error) {
      // A finished tournament's lobby is closed: its page is read from the history instead.
      const stored = create ? undefined : (await fetchTournaments().catch(() => [])).find((t) => t.code === key);
      const shown = stored ? await this.showStored(stored.id).then(() => true, () => false) : false;
      if (shown) return;
      toast((error as Error).message);
      this.exits.home();
    }
  }

  /** A tournament read from the history: nothing live, nobody present. */
  private async showStored(id: string): Promise<void> {
    this.show({ ...(await fetchTournament(id)), live: [], present: [] });
  }

  private onMessage<T extends TournamentServerMessageType>(type: T, message: TournamentServerMessage<T>): void {
    if (type === "welcome") this.me = (message as TournamentServerMessage<"welcome">).player;
    else if (type === "view") this.show({ ...(message as TournamentServerMessage<"view">) });
    else if (type === "error") toast((message as TournamentServerMessage<"error">).message);
    else if (type === "seat") {
      const seat = message as TournamentServerMessage<"seat">;
      if (!openedBefore(seat.roomId)) this.board.play(seat.roomId);
    }
  }

  private lost(reason: string): void {
    toast(reason);
    this.link = null;
    this.render();
  }

  private leaveFor(go: () => void): void {
    void this.link?.close();
    this.link = null;
    go();
  }

  private show(view: BoardView): void {
    if (this.destroyed) return;
    this.view = view;
    this.element.removeAttribute("aria-busy");
    this.render();
  }

  private render(): void {
    const view = this.view;
    if (!view) return;
    const t = view.tournament;
    const me = this.me ?? (this.link ? null : loadIdentity()?.id ?? null);
    const isHost = this.link !== null && me === t.host;
    const link = `${location.origin}/tournament/${t.code}`;
    const s = t.settings;
    renderKeyed(this.head, JSON.stringify([t.code, s.name, t.status]), () => [
      pageHead(
        s.name,
        el("div", { class: "page-intro" }, [
          el("p", {
            text: `${s.rounds} tournament round${s.rounds === 1 ? "" : "s"} of ${s.tableSize}-mayor campaigns (${s.campaign.rounds} rounds each), ${s.rated ? "rated" : "unrated"}. Code `,
          }, [el("span", { class: "code-chip", text: t.code })]),
          tournamentOver(t.status) ? null : el("div", { class: "row" }, [copyLink("Copy tournament link", link, "ghost small", "the link that opens this tournament")]),
        ]),
      ),
    ]);
    this.now.textContent = tournamentNow(view, me);
    this.renderJoin(view, me);
    this.renderHost(view, isHost);
    renderKeyed(this.tables, JSON.stringify([view.live, me, t.rounds.length, t.rounds.flatMap((r) => r.tables.map((x) => x.result))]), () => [
      el("h2", { text: t.status === "running" ? `Campaigns of round ${t.rounds.length}` : "Campaigns" }),
      liveTables(view.live, me, this.board),
      roundResults(t),
    ]);
    renderKeyed(this.entries, JSON.stringify([t.entries, view.present, me, isHost, t.status]), () => [
      el("h2", { text: `Registered: ${t.entries.length}` }),
      entriesList(view, me, isHost, this.board),
    ]);
    renderKeyed(this.standings, JSON.stringify([view.standings, me]), () => [
      el("h2", { text: "Standings" }),
      standingsTable(view.standings, t, me),
      el("p", { class: "muted", text: TIE_BREAKS }),
    ]);
  }

  /** Registration: a name and a button; the identity is issued on the spot for a first visit. */
  private renderJoin(view: BoardView, me: PlayerId | null): void {
    const t = view.tournament;
    const entered = t.entries.some((e) => e.player === me);
    const open = this.link !== null && t.status === "registration";
    const canWithdraw = this.link !== null && entered && (t.status === "registration" || t.status === "closed");
    this.join.hidden = !open && !canWithdraw;
    renderKeyed(this.join, JSON.stringify([open, entered, canWithdraw, me]), () => {
      if (entered) {
        return [
          el("h2", { text: "You are registered" }),
          el("button", { class: "ghost", text: "Withdraw", attrs: { type: "button", "data-action": "withdraw" }, on: { click: () => this.link?.send("withdraw", {}) } }),
        ];
      }
      const name = el("input", { class: "name-input", attrs: { maxlength: "24", "aria-label": "Your name", value: guestName(), autocomplete: "nickname" } });
      const button = el("button", { class: "primary", text: "Register", attrs: { type: "button", "data-action": "register" } });
      button.addEventListener("click", () => {
        button.disabled = true;
        void this.register(name.value.trim() || guestName()).finally(() => (button.disabled = false));
      });
      return [
        el("h2", { text: "Take part" }),
        el("div", { class: "row" }, [el("label", { class: "field grow" }, [el("span", { text: "Your name" }), name]), button]),
        el("p", { class: "muted", text: IDENTITY_NOTE }),
      ];
    });
  }

  private async register(name: string): Promise<void> {
    try {
      const before = loadIdentity()?.token;
      const identity = await ensureIdentity(name);
      // The room knows who you are from the token you joined with: a new identity joins again to carry it.
      if (identity.token !== before || this.me !== identity.id) await this.link?.rejoin();
      this.link?.send("register", {});
    } catch (error) {
      toast((error as Error).message);
    }
  }

  private renderHost(view: BoardView, isHost: boolean): void {
    const t = view.tournament;
    this.hostCard.hidden = !isHost || tournamentOver(t.status);
    renderKeyed(this.hostCard, JSON.stringify([isHost, t.status, t.entries.length]), () => {
      if (!isHost) return [];
      const button = (text: string, action: "close" | "start", cls: string) =>
        el("button", { class: cls, text, attrs: { type: "button", "data-action": action }, on: { click: () => this.link?.send(action, {}) } });
      const seconds = el("input", { attrs: { type: "number", min: String(MIN_DEADLINE_SECONDS), max: String(MAX_DEADLINE_SECONDS), value: "600", "aria-label": "Round deadline in seconds" } });
      const deadline = el("button", {
        class: "ghost",
        text: "Set the round's deadline",
        attrs: { type: "button", "data-action": "deadline" },
        on: {
          click: () => {
            const value = Math.round(Number(seconds.value));
            if (value >= MIN_DEADLINE_SECONDS && value <= MAX_DEADLINE_SECONDS) this.link?.send("deadline", { seconds: value });
            else toast(`A deadline is between ${MIN_DEADLINE_SECONDS} and ${MAX_DEADLINE_SECONDS} seconds.`);
          },
        },
      });
      return [
        el("h2", { text: "Host controls" }),
        t.status === "running"
          ? el("div", { class: "row" }, [el("label", { class: "field" }, [el("span", { text: "Deadline (s)" }), seconds]), deadline])
          : el("div", { class: "row" }, [
              t.status === "registration" ? button("Close registration", "close", "ghost") : null,
              button(`Start with ${t.entries.length} players`, "start", "primary"),
            ]),
        el("p", {
          class: "muted",
          text:
            t.status === "running"
              ? "A round pairs the next once every campaign has ended. A deadline scores last, and stops pairing, every player not in their campaign when it passes."
              : "Remove an entry with its Remove button. Bots fill the seats of tables short of players; they are labelled and never rated.",
        }),
      ];
    });
  }
}
