import { z } from "zod";
import { LeaderboardLine, PlayerProfile } from "../../common/schemas/players-api.ts";
import { TournamentSummary, TournamentView } from "../../common/schemas/tournament.ts";
import { id, requestJson } from "./api.ts";

/** The ratings and tournaments routes, apart from api.ts so that only the pages that show them load their schemas. */
export const fetchLeaderboard = () => requestJson("/api/leaderboard?limit=100", z.array(LeaderboardLine));
export const fetchPlayer = (player: string) => requestJson(`/api/players/${id(player)}`, PlayerProfile);
export const fetchTournaments = () => requestJson("/api/tournaments?limit=30", z.array(TournamentSummary));
export const fetchTournament = (tournament: string) => requestJson(`/api/tournaments/${id(tournament)}`, TournamentView);
