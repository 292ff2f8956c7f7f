import { playerLabels } from "../../common/identity/labels.ts";
import type { PlayerId } from "../../common/schemas/identity.ts";
import { STRATEGY_LABELS } from "../../common/schemas/strategy.ts";
import type { LiveTable, TournamentLobbyView } from "../../common/schemas/tournament-room.ts";
import type { Tournament, TournamentStanding } from "../../common/schemas/tournament.ts";
import { columnHeads, scrollable } from "./board-table.ts";
import { el } from "./dom.ts";
import { campaignProgress } from "./phase-words.ts";
import { place } from "./place.ts";

/** A tournament as a page shows it: a live lobby's view, or a finished one from the API (no live tables, nobody present). */
export type BoardView = Pick<TournamentLobbyView, "tournament" | "standings" | "live" | "present">;

export interface BoardActions {
  remove(player: PlayerId): void;
  watch(roomId: string): void;
  play(roomId: string): void;
}

export const TIE_BREAKS =
  "Each campaign gives points by final place: at a table of n mayors the winner earns n − 1 and the last earns 0 (ties share, a mayor who left earns 0). " +
  "Level on points? Then the points of every opponent met decide, then the votes won.";

const labelsOf = (t: Tournament) => playerLabels(t.entries.map((e) => ({ id: e.player, name: e.name })));

/** Where a registered player is: in this lobby, seated in a live campaign, or neither. */
function whereabouts(view: BoardView, player: PlayerId): string {
  if (view.present.includes(player)) return "here";
  return view.live.some((t) => t.phase !== "ended" && t.mayors.some((m) => m.player === player && m.connected)) ? "playing" : "away";
}

/** The registrations, live: who is in the lobby now, and for the host a way to remove an entry before the start. */
export function entriesList(view: BoardView, me: PlayerId | null, isHost: boolean, actions: BoardActions): HTMLElement {
  const { tournament } = view;
  const labels = labelsOf(tournament);
  const removable = isHost && (tournament.status === "registration" || tournament.status === "closed");
  if (tournament.entries.length === 0) return el("p", { class: "empty", text: "Nobody has registered yet." });
  return el(
    "ul",
    { class: "list entries" },
    tournament.entries.map((e) =>
      el("li", { class: "list-item", attrs: { "data-entry": e.player } }, [
        el("span", { class: "grow" }, [
          labels.get(e.player) ?? e.name,
          e.player === me ? el("span", { class: "tag tag-you", text: "you" }) : null,
          e.player === tournament.host ? el("span", { class: "tag tag-host", text: "host" }) : null,
          e.absent ? el("span", { class: "tag tag-absent", text: "absent" }) : null,
        ]),
        el("span", { class: "muted", text: whereabouts(view, e.player) }),
        removable
          ? el("button", {
              class: "ghost small",
              text: "Remove",
              attrs: { type: "button", "data-remove": e.player, "aria-label": `Remove ${labels.get(e.player) ?? e.name}` },
              on: { click: () => actions.remove(e.player) },
            })
          : null,
      ]),
    ),
  );
}

/** Every campaign of the round in play, as it stands, each one click from watching (or, for its player, playing). */
export function liveTables(live: LiveTable[], me: PlayerId | null, actions: BoardActions): HTMLElement {
  if (live.length === 0) return el("p", { class: "empty", text: "No campaign is being played right now." });
  return el(
    "div",
    { class: "tables" },
    live.map((t) => {
      const mine = me !== null && t.mayors.some((m) => m.player === me);
      const name = `Table ${t.table.replace(/^r\d+t/, "")}`;
      return el("section", { class: "table-card", attrs: { "data-table": t.table, "aria-label": name } }, [
        el("div", { class: "row" }, [el("strong", { text: name }), el("span", { class: "muted", text: campaignProgress(t.phase, t.round, t.rounds) })]),
        el(
          "ul",
          { class: "chips" },
          t.mayors.map((m) =>
            el("li", { class: "chip" }, [
              m.name,
              m.bot ? el("span", { class: "tag tag-bot", text: "bot" }) : null,
              !m.bot && !m.connected ? el("span", { class: "tag", text: "away" }) : null,
              m.player === me ? el("span", { class: "tag tag-you", text: "you" }) : null,
            ]),
          ),
        ),
        mine
          ? el("button", { class: "primary", text: "Play your campaign", attrs: { type: "button", "data-play": t.roomId }, on: { click: () => actions.play(t.roomId) } })
          : el("button", {
              class: "secondary",
              text: "Watch",
              attrs: { type: "button", "data-watch": t.roomId, "aria-label": `Watch ${name.toLowerCase()}` },
              on: { click: () => actions.watch(t.roomId) },
            }),
      ]);
    }),
  );
}

/** The columns a narrow screen folds under the player's name (`.standing-more`), so the table fits a 360-px phone. */
const FOLDED = "wide-only";

/**
 * The standings table, best first; each name leads to the player's page. On a narrow screen the tie-break columns
 * fold into one line under the name: place, player and points stay side by side, with nothing to scroll sideways.
 */
export function standingsTable(standings: TournamentStanding[], tournament: Tournament, me: PlayerId | null): HTMLElement {
  if (standings.length === 0) return el("p", { class: "empty", text: "Standings appear once players register." });
  const labels = labelsOf(tournament);
  const head = columnHeads([["Place"], ["Player"], ["Points"], ["Opp. points", "Opponents' points"], ["Votes"], ["Games", "Campaigns played"]]);
  head.slice(3).forEach((th) => th.classList.add(FOLDED));
  head[2]!.classList.add("board-points");
  const rows = standings.map((s) =>
    el("tr", { class: s.player === me ? "board-me" : "", attrs: { "data-player": s.player } }, [
      el("td", { class: "board-place", text: place(s.rank) }),
      el("th", { class: "board-name", attrs: { scope: "row" } }, [
        el("a", { text: labels.get(s.player) ?? s.name, attrs: { href: `/player/${s.player}` } }),
        s.absent ? el("span", { class: "tag tag-absent", text: "absent" }) : null,
        el("span", {
          class: "standing-more",
          text: `${s.opponentsPoints} opp. pts · ${s.votes} votes · ${s.played} played`,
          attrs: { title: "Opponents' points, votes won, campaigns played" },
        }),
      ]),
      el("td", { class: "board-points", text: String(s.points) }),
      ...[s.opponentsPoints, s.votes, s.played].map((n) => el("td", { class: FOLDED, text: String(n) })),
    ]),
  );
  return scrollable("Standings", [
    el("table", { class: "board standings" }, [
      el("caption", { class: "sr-only", text: "Tournament standings, best first" }),
      el("thead", {}, [el("tr", {}, head)]),
      el("tbody", {}, rows),
    ]),
  ]);
}

/** Each finished table of every round: who placed where, with the replay of its campaign. */
export function roundResults(tournament: Tournament): HTMLElement | null {
  const labels = labelsOf(tournament);
  const done = tournament.rounds.flatMap((r) => r.tables.filter((t) => t.result).map((t) => ({ round: r.round, table: t })));
  if (done.length === 0) return null;
  return el(
    "ul",
    { class: "list" },
    done.map(({ round, table }) =>
      el("li", { class: "list-item", attrs: { "data-result": table.id } }, [
        el("span", { class: "grow" }, [
          el("strong", { text: `Round ${round}, table ${table.id.replace(/^r\d+t/, "")}: ` }),
          [...table.result!]
            .sort((a, b) => a.rank - b.rank)
            .map((p) => {
              const seat = table.seats.find((s) => s.mayor === p.mayor);
              const who = seat?.bot ? `${STRATEGY_LABELS[seat.bot]} (bot)` : (labels.get(p.mayor) ?? p.mayor);
              return `${place(p.rank)} ${who}, ${p.points} pts`;
            })
            .join(" · "),
        ]),
        table.campaignId ? el("a", { class: "button ghost small", text: "Replay", attrs: { href: `/replay/${table.campaignId}`, "aria-label": `Replay round ${round}, table ${table.id}` } }) : null,
      ]),
    ),
  );
}
