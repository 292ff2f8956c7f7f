import { finalRanking } from "../rating/final-ranking.ts";
import type { ElectionResult } from "../schemas/campaign.ts";
import type { MayorId } from "../schemas/game.ts";
import type { PlayerId } from "../schemas/identity.ts";
import type { Placing } from "../schemas/rating.ts";
import { MIN_ENTRIES, type Table, type Tournament } from "../schemas/tournament.ts";
import { metPairs, pairRound } from "./pairing.ts";
import { placementPoints } from "./points.ts";
import { refuse, type TournamentStep } from "./refusal.ts";
import { started } from "./registration.ts";
import { tournamentStandings } from "./standings.ts";

const currentTables = (t: Tournament): Table[] => t.rounds.at(-1)?.tables ?? [];
const inProgress = (t: Tournament) => currentTables(t).some((table) => table.result === null);
const present = (t: Tournament) => t.entries.filter((e) => !e.absent);
const humans = (table: Table) => table.seats.filter((s) => s.bot === null).map((s) => s.mayor);

/** Pairs the next round among present players, by their current standing. */
function paired(t: Tournament): Tournament {
  const here = new Set(present(t).map((e) => e.player));
  const order = tournamentStandings(t).filter((s) => here.has(s.player)).map((s) => s.player);
  const round = t.rounds.length + 1;
  const tables = pairRound(round, order, metPairs(t.rounds), t.settings.tableSize);
  return { ...t, rounds: [...t.rounds, { round, tables }] };
}

function withTable(t: Tournament, table: Table): Tournament {
  const last = t.rounds.at(-1)!;
  const tables = last.tables.map((x) => (x.id === table.id ? table : x));
  return { ...t, rounds: [...t.rounds.slice(0, -1), { ...last, tables }] };
}

function markAbsent(t: Tournament, players: readonly MayorId[]): Tournament {
  return { ...t, entries: t.entries.map((e) => (players.includes(e.player) ? { ...e, absent: true } : e)) };
}

/** `by` is the host, or "schedule" when the settings' start time has come (the room owns the clock). */
export function start(t: Tournament, by: PlayerId | "schedule"): TournamentStep {
  if (started(t)) return refuse("already_started");
  if (by === "schedule" ? t.settings.startsAt === null : by !== t.host) return refuse("not_host");
  if (t.entries.length < MIN_ENTRIES) return refuse("too_few_players");
  return { ok: true, tournament: paired({ ...t, status: "running" }) };
}

/** Pairs the next round once every campaign of the current one has a result. */
export function pairNextRound(t: Tournament): TournamentStep {
  if (t.status !== "running") return refuse("not_running");
  if (inProgress(t)) return refuse("round_in_progress");
  if (t.rounds.length >= t.settings.rounds) return refuse("no_rounds_left");
  if (present(t).length < MIN_ENTRIES) return refuse("too_few_players");
  return { ok: true, tournament: paired(t) };
}

/** Records which campaign plays a table of the current round, so the lobby can show and link it. */
export function linkCampaign(t: Tournament, tableId: string, campaignId: string): TournamentStep {
  if (t.status !== "running") return refuse("not_running");
  const table = currentTables(t).find((x) => x.id === tableId);
  if (!table) return refuse("unknown_table");
  return { ok: true, tournament: withTable(t, { ...table, campaignId }) };
}

/**
 * Scores a table of the current round from its campaign's election. `abandoned` are the players who left for good
 * (added to those already known): they are placed last, earn no points and are not paired again until they rejoin.
 */
export function recordResult(t: Tournament, tableId: string, result: ElectionResult, abandoned: readonly MayorId[]): TournamentStep {
  if (t.status !== "running") return refuse("not_running");
  const table = currentTables(t).find((x) => x.id === tableId);
  if (!table) return refuse("unknown_table");
  if (table.result) return refuse("result_recorded");
  const seats = table.seats.map((s) => s.mayor).sort();
  const elected = result.standings.map((s) => s.mayor).sort();
  const left = [...new Set([...table.abandoned, ...abandoned])];
  const players = humans(table);
  if (seats.join() !== elected.join() || left.some((m) => !players.includes(m))) return refuse("result_mismatch");
  const placings = placementPoints(finalRanking(result, left), table.seats.length);
  return { ok: true, tournament: markAbsent(withTable(t, { ...table, abandoned: left, result: placings }), left) };
}

/**
 * A player gone for good (the round's deadline passed, or they left the tournament lobby): not paired again until
 * they rejoin, and placed last at their unfinished table. A table every player abandoned is settled at once with
 * the bots ahead, since no election will come from it.
 */
export function abandon(t: Tournament, player: PlayerId): TournamentStep {
  if (t.status !== "running") return refuse("not_running");
  if (!t.entries.some((e) => e.player === player)) return refuse("not_registered");
  const gone = markAbsent(t, [player]);
  const table = currentTables(t).find((x) => x.result === null && humans(x).includes(player));
  if (!table) return { ok: true, tournament: gone };
  const left = table.abandoned.includes(player) ? table.abandoned : [...table.abandoned, player];
  const players = humans(table);
  if (players.some((m) => !left.includes(m))) return { ok: true, tournament: withTable(gone, { ...table, abandoned: left }) };
  const bots = table.seats.length - players.length;
  const placings: Placing[] = table.seats.map((s) => ({ mayor: s.mayor, rank: s.bot === null ? bots + 1 : 1, votes: 0, abandoned: s.bot === null }));
  const settled = placementPoints(placings, table.seats.length);
  return { ok: true, tournament: withTable(gone, { ...table, abandoned: left, result: settled }) };
}

export function rejoin(t: Tournament, player: PlayerId): TournamentStep {
  if (t.status !== "running") return refuse("not_running");
  if (!t.entries.some((e) => e.player === player)) return refuse("not_registered");
  return { ok: true, tournament: { ...t, entries: t.entries.map((e) => (e.player === player ? { ...e, absent: false } : e)) } };
}

/** Ends the tournament once its last round is scored, or earlier when too few players remain to pair another. */
export function finish(t: Tournament): TournamentStep {
  if (t.status !== "running") return refuse("not_running");
  if (inProgress(t)) return refuse("round_in_progress");
  if (t.rounds.length < t.settings.rounds && present(t).length >= MIN_ENTRIES) return refuse("rounds_left");
  return { ok: true, tournament: { ...t, status: "finished" } };
}
