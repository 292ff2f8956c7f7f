import type { Tournament } from "../schemas/tournament.ts";
import type { TournamentRefusalCode } from "../schemas/tournament-room.ts";

/** Each refusal code (common/schemas/tournament-room.ts) with a sentence a player can read. */
const MESSAGES: Record<TournamentRefusalCode, string> = {
  not_host: "Only the host can do that.",
  registration_closed: "Registration is closed.",
  already_registered: "You are already registered.",
  tournament_full: "The tournament is full.",
  not_registered: "That player is not registered.",
  already_started: "The tournament has already started.",
  not_running: "The tournament is not running.",
  too_few_players: "Not enough players to pair a round.",
  round_in_progress: "Campaigns of this round are still being played.",
  no_rounds_left: "Every round has been played.",
  rounds_left: "Rounds remain to be played.",
  unknown_table: "No such table in the current round.",
  result_recorded: "That table's result is already recorded.",
  result_mismatch: "That result does not match the table's seats.",
};

export type TournamentStep = { ok: true; tournament: Tournament } | { ok: false; code: TournamentRefusalCode; message: string };

export function refuse(code: TournamentRefusalCode): TournamentStep {
  return { ok: false, code, message: MESSAGES[code] };
}
