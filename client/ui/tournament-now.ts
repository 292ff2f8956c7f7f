import type { PlayerId } from "../../common/schemas/identity.ts";
import { MIN_ENTRIES } from "../../common/schemas/tournament.ts";
import type { BoardView } from "./TournamentBoard.ts";

/**
 * What the person looking at a tournament page should do now, in one sentence: it depends on the tournament's
 * status and on who they are (the host, a registered player, a player whose campaign is on, a visitor).
 */
export function tournamentNow(view: BoardView, me: PlayerId | null): string {
  const t = view.tournament;
  const entry = t.entries.find((e) => e.player === me);
  const host = me !== null && me === t.host;
  const round = `Round ${Math.max(1, t.rounds.length)} of ${t.settings.rounds}`;
  const startsAt = t.settings.startsAt ? ` It starts by itself at ${new Date(t.settings.startsAt).toLocaleString()}.` : "";
  switch (t.status) {
    case "finished":
      return "The tournament is over: the final standings are below, and every campaign can be replayed.";
    case "interrupted":
      return `The server stopped during ${round.toLowerCase()} and could not pick this tournament up again, so it ended there: the standings below are as they stood, and every finished campaign can be replayed.`;
    case "running": {
      const mine = me !== null && view.live.some((table) => table.phase !== "ended" && table.mayors.some((m) => m.player === me));
      if (mine) return `${round}: your campaign is on. Press “Play your campaign” to take your seat.`;
      if (entry?.absent) return `${round} is being played without you, since you left a campaign. You are back: you will be paired again next round.`;
      if (entry) return `${round} is being played. Your next campaign opens here by itself once every table of this round has ended; meanwhile, watch any table.`;
      return `${round} is being played. Press Watch on any table to follow its campaign live.`;
    }
    case "closed":
      if (host) return `Registration is closed. Press Start to pair round 1 (at least ${MIN_ENTRIES} players).${startsAt}`;
      if (entry) return `Registration is closed and you are in. Keep this page open: your campaign opens by itself at the start.${startsAt}`;
      return `Registration is closed. The campaigns appear here once it starts, and you can watch any of them.${startsAt}`;
    case "registration":
      if (host) return `Share the link; registrations appear below as they come. Register yourself to play too. Close registration when everyone is in, then Start (at least ${MIN_ENTRIES} players).${startsAt}`;
      if (entry) return `You are registered. Keep this page open: when the host starts, your campaign opens by itself.${startsAt}`;
      return `Type your name and press Register to take part, then keep this page open until the start.${startsAt}`;
  }
}
