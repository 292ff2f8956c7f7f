import type { ElectionResult } from "../../common/schemas/campaign.ts";
import type { MayorId } from "../../common/schemas/game.ts";
import type { PlayerId } from "../../common/schemas/identity.ts";
import type { Table, Tournament, TournamentSettings } from "../../common/schemas/tournament.ts";
import type { TournamentStep } from "../../common/tournament/refusal.ts";
import { createTournament, register } from "../../common/tournament/registration.ts";

export const playerId = (n: number): PlayerId => `p${n.toString(16).padStart(16, "0")}`;
export const HOST = playerId(0xffff);

export function tournamentSettings(overrides: Partial<TournamentSettings> = {}): TournamentSettings {
  return {
    name: "Spring Cup",
    rounds: 3,
    tableSize: 3,
    campaign: { rounds: 3, seconds: { policy: 10, speech: 15, reactions: 3 } },
    rated: true,
    startsAt: null,
    ...overrides,
  };
}

/** The tournament a successful step gives; a refusal fails the test with its code. */
export function ok(step: TournamentStep): Tournament {
  if (!step.ok) throw new Error(`refused: ${step.code}`);
  return step.tournament;
}

/** A tournament open for registration with players 1..count registered, seeded by their number. */
export function openTournament(count: number, overrides: Partial<TournamentSettings> = {}): Tournament {
  let t = createTournament({ id: "6f1c2b9e-8a43-4d6b-9c1e-2f5a7b3d9e10", code: "CUP1", host: HOST, settings: tournamentSettings(overrides) });
  for (let n = 1; n <= count; n++) t = ok(register(t, { player: playerId(n), name: `Player ${n}`, seed: 0 }));
  return t;
}

/** An election at `table` where the mayors finish in the given order (best first), each with distinct votes. */
export function electionIn(table: Table, order: readonly MayorId[]): ElectionResult {
  const standings = order.map((mayor, i) => ({ mayor, rank: i + 1, votes: 2 * (order.length - i), approvalSum: 100 - i, kept: 0, broken: 0 }));
  if (standings.length !== table.seats.length) throw new Error("an election needs every seat");
  return { ending: "completed", votes: [], standings, winner: order[0]!, tieBreak: null };
}
