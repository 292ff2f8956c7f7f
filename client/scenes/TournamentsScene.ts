import { tournamentOver, type TournamentSettings, type TournamentSummary } from "../../common/schemas/tournament.ts";
import { fetchTournaments } from "../net/competition-api.ts";
import { ensureIdentity, guestName, IDENTITY_NOTE } from "../net/identity.ts";
import { el, renderKeyed, setChildren } from "../ui/dom.ts";
import { pageHead } from "../ui/page-head.ts";
import { tournamentForm } from "../ui/tournament-form.ts";
import { toast } from "../ui/toasts.ts";

const REFRESH_MS = 5000;
const STATUS: Record<TournamentSummary["status"], string> = {
  registration: "registration open",
  closed: "registration closed",
  running: "playing",
  finished: "finished",
  interrupted: "stopped early (the server restarted)",
};

/** The tournaments page (/tournaments): the open, running and finished ones, and a host's form to create a new one. */
export class TournamentsScene {
  readonly element = el("div", { class: "page screen" });
  private readonly list = el("ul", { class: "list tournament-list" });
  private readonly name = el("input", { class: "name-input", attrs: { maxlength: "24", value: guestName(), autocomplete: "nickname", "data-field": "host-name" } });
  private timer = 0;

  constructor(host: HTMLElement, create: (settings: TournamentSettings) => void) {
    const form = tournamentForm(
      (settings) => void this.create(settings, create),
      (message) => toast(message),
    );
    setChildren(this.element, [
      pageHead("Tournaments", "Join an open tournament: open it, type your name and press Register. Or host your own with the form below, then share its link."),
      el("section", { class: "page-card" }, [el("h2", { text: "Tournaments" }), this.list]),
      el("section", { class: "page-card" }, [
        el("h2", { text: "Host a tournament" }),
        el("label", { class: "field" }, [el("span", { text: "Your name (as host)" }), this.name]),
        form,
        el("p", { class: "muted", text: IDENTITY_NOTE }),
      ]),
    ]);
    host.append(this.element);
    void this.refresh();
  }

  destroy(): void {
    window.clearTimeout(this.timer);
    this.element.remove();
  }

  /** The host is an identity: one is issued (or renamed) before the tournament is created under it. */
  private async create(settings: TournamentSettings, create: (settings: TournamentSettings) => void): Promise<void> {
    try {
      await ensureIdentity(this.name.value.trim() || guestName());
      create(settings);
    } catch (error) {
      toast((error as Error).message);
    }
  }

  private async refresh(): Promise<void> {
    const tournaments = await fetchTournaments().catch((error: Error) => {
      toast(`The tournaments cannot be listed: ${error.message}`);
      return null;
    });
    if (tournaments) this.render(tournaments);
    this.timer = window.setTimeout(() => void this.refresh(), REFRESH_MS);
  }

  private render(tournaments: TournamentSummary[]): void {
    renderKeyed(this.list, JSON.stringify(tournaments), () =>
      tournaments.length === 0
        ? [el("li", { class: "empty", text: "No tournament yet. Host the first one below." })]
        : tournaments.map(tournamentLine),
    );
  }
}

/** One tournament of the list; one that is over opens its results from the history (by id: its lobby is closed). */
function tournamentLine(t: TournamentSummary): HTMLElement {
  const over = tournamentOver(t.status);
  const open = t.status === "registration" ? "Open to register" : over ? "Results" : "Open";
  return el("li", { class: "list-item", attrs: { "data-tournament": t.code } }, [
    el("span", { class: "code-chip", text: t.code }),
    el("span", { class: "grow" }, [
      el("strong", { text: t.name }),
      el("span", { class: "muted", text: ` · ${STATUS[t.status]}${t.status === "running" ? ` (round ${t.currentRound}/${t.rounds})` : ""} · ${t.entries} players · ${t.tableSize} per campaign${t.rated ? " · rated" : ""}` }),
    ]),
    el("a", { class: "button ghost small", text: open, attrs: { href: over ? `/tournament/${t.id}` : `/tournament/${t.code}`, "aria-label": `${open}: ${t.name}` } }),
  ]);
}
