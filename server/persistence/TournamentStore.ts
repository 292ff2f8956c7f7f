import type { Tournament, TournamentSummary } from "../../common/schemas/tournament.ts";

/** Tournaments as plain models (common/schemas/tournament.ts); every write is one transaction and idempotent. */
export interface TournamentStore {
  /** Stores the tournament as it now is: entries, tables, seats and results. The room saves after each transition. */
  saveTournament(tournament: Tournament): Promise<void>;
  /** Keeps the host's deadline for the round in play (ISO time; null: none), so that a reopened tournament keeps it. */
  keepRoundDeadline(id: string, endsAt: string | null): Promise<void>;
  getTournament(id: string): Promise<Tournament | null>;
  /** Most recent first. */
  listTournaments(options: { limit: number }): Promise<TournamentSummary[]>;
}
