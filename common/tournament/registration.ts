import type { PlayerId } from "../schemas/identity.ts";
import { MAX_ENTRIES, tournamentOver, type Tournament, type TournamentSettings } from "../schemas/tournament.ts";
import { refuse, type TournamentStep } from "./refusal.ts";

export interface NewTournament {
  id: string;
  code: string;
  host: PlayerId;
  settings: TournamentSettings;
}

export function createTournament({ id, code, host, settings }: NewTournament): Tournament {
  return { id, code, host, settings, status: "registration", entries: [], rounds: [] };
}

/** Past registration for good: playing, or over. */
export const started = (t: Tournament) => t.status === "running" || tournamentOver(t.status);

export interface Registration {
  player: PlayerId;
  name: string;
  /** The player's rating ordinal now (0 for a new identity). */
  seed: number;
}

export function register(t: Tournament, { player, name, seed }: Registration): TournamentStep {
  if (started(t)) return refuse("already_started");
  if (t.status !== "registration") return refuse("registration_closed");
  if (t.entries.some((e) => e.player === player)) return refuse("already_registered");
  if (t.entries.length >= MAX_ENTRIES) return refuse("tournament_full");
  return { ok: true, tournament: { ...t, entries: [...t.entries, { player, name, seed, absent: false }] } };
}

/** The host removes an entry, or a player leaves, before the start; afterwards a player who goes is absent instead. */
export function removeEntry(t: Tournament, by: PlayerId, player: PlayerId): TournamentStep {
  if (by !== t.host && by !== player) return refuse("not_host");
  if (started(t)) return refuse("already_started");
  if (!t.entries.some((e) => e.player === player)) return refuse("not_registered");
  return { ok: true, tournament: { ...t, entries: t.entries.filter((e) => e.player !== player) } };
}

export function closeRegistration(t: Tournament, by: PlayerId): TournamentStep {
  if (by !== t.host) return refuse("not_host");
  if (started(t)) return refuse("already_started");
  if (t.status !== "registration") return refuse("registration_closed");
  return { ok: true, tournament: { ...t, status: "closed" } };
}
